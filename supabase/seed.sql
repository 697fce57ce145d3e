-- Dream Flow demo data, written by `invoke seed --sql supabase/seed.sql --users 5 --days 14 --seed 42 --today 2026-12-06`: regenerate it rather than edit it.
-- The same rows as `invoke seed` with those options (history ending 2026-12-06T23:59:59+00:00); demo login demo+42@dreamflow.test / dreamflow-demo.
delete from auth.users as u where u.raw_app_meta_data @> '{"dreamflow_seed": 42}'::jsonb;
insert into auth.users (instance_id, id, aud, role, email, email_confirmed_at, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, confirmation_token, recovery_token, email_change_token_new, email_change_token_current, email_change, phone_change, phone_change_token, reauthentication_token) values
('00000000-0000-0000-0000-000000000000', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 'authenticated', 'authenticated', 'demo+42@dreamflow.test', '2026-10-24 21:53:26+00:00'::timestamptz, '{"provider": "email", "providers": ["email"], "dreamflow_seed": 42}', '{"display_name": "Paul Ball", "email_verified": true}', '2026-10-24 21:43:48+00:00'::timestamptz, '2026-10-24 21:53:26+00:00'::timestamptz, '', '', '', '', '', '', '', ''),
('00000000-0000-0000-0000-000000000000', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 'authenticated', 'authenticated', 'jennifer.clements.1+42@dreamflow.test', '2026-10-27 18:07:28+00:00'::timestamptz, '{"provider": "email", "providers": ["email"], "dreamflow_seed": 42}', '{"display_name": "Jennifer Clements", "email_verified": true}', '2026-10-27 18:02:24+00:00'::timestamptz, '2026-10-27 18:07:28+00:00'::timestamptz, '', '', '', '', '', '', '', ''),
('00000000-0000-0000-0000-000000000000', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'authenticated', 'authenticated', 'yvonne.hampton.2+42@dreamflow.test', '2026-08-16 20:02:38+00:00'::timestamptz, '{"provider": "email", "providers": ["email"], "dreamflow_seed": 42}', '{"display_name": "Yvonne Hampton", "email_verified": true}', '2026-08-16 19:56:11+00:00'::timestamptz, '2026-08-16 20:02:38+00:00'::timestamptz, '', '', '', '', '', '', '', ''),
('00000000-0000-0000-0000-000000000000', '759cde66-bacf-43d0-8b1f-9163ce9ff57f', 'authenticated', 'authenticated', 'daniel.pena.3+42@dreamflow.test', '2026-11-29 22:23:28+00:00'::timestamptz, '{"provider": "email", "providers": ["email"], "dreamflow_seed": 42}', '{"display_name": "Daniel Pena", "email_verified": true}', '2026-11-29 22:16:58+00:00'::timestamptz, '2026-11-29 22:23:28+00:00'::timestamptz, '', '', '', '', '', '', '', ''),
('00000000-0000-0000-0000-000000000000', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 'authenticated', 'authenticated', 'matthew.rubio.4+42@dreamflow.test', '2026-10-23 22:11:24+00:00'::timestamptz, '{"provider": "email", "providers": ["email"], "dreamflow_seed": 42}', '{"display_name": "Matthew Rubio", "email_verified": true}', '2026-10-23 22:04:51+00:00'::timestamptz, '2026-10-23 22:11:24+00:00'::timestamptz, '', '', '', '', '', '', '', '');
insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at) values
('bdd640fb-0667-4ad1-9c80-317fa3b1799d', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', '{"sub": "bdd640fb-0667-4ad1-9c80-317fa3b1799d", "email": "demo+42@dreamflow.test", "email_verified": true, "phone_verified": false}', 'email', '2026-10-24 21:53:26+00:00'::timestamptz, '2026-10-24 21:43:48+00:00'::timestamptz, '2026-10-24 21:53:26+00:00'::timestamptz),
('3b8faa18-37f8-488b-97fc-695a07a0ca6e', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', '{"sub": "3b8faa18-37f8-488b-97fc-695a07a0ca6e", "email": "jennifer.clements.1+42@dreamflow.test", "email_verified": true, "phone_verified": false}', 'email', '2026-10-27 18:07:28+00:00'::timestamptz, '2026-10-27 18:02:24+00:00'::timestamptz, '2026-10-27 18:07:28+00:00'::timestamptz),
('6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', '{"sub": "6c307511-b2b9-437a-a8df-6ec4ce4a2bbd", "email": "yvonne.hampton.2+42@dreamflow.test", "email_verified": true, "phone_verified": false}', 'email', '2026-08-16 20:02:38+00:00'::timestamptz, '2026-08-16 19:56:11+00:00'::timestamptz, '2026-08-16 20:02:38+00:00'::timestamptz),
('759cde66-bacf-43d0-8b1f-9163ce9ff57f', '759cde66-bacf-43d0-8b1f-9163ce9ff57f', '{"sub": "759cde66-bacf-43d0-8b1f-9163ce9ff57f", "email": "daniel.pena.3+42@dreamflow.test", "email_verified": true, "phone_verified": false}', 'email', '2026-11-29 22:23:28+00:00'::timestamptz, '2026-11-29 22:16:58+00:00'::timestamptz, '2026-11-29 22:23:28+00:00'::timestamptz),
('c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', '{"sub": "c5e7ce8a-3a57-4a8e-a948-8d990bbb2599", "email": "matthew.rubio.4+42@dreamflow.test", "email_verified": true, "phone_verified": false}', 'email', '2026-10-23 22:11:24+00:00'::timestamptz, '2026-10-23 22:04:51+00:00'::timestamptz, '2026-10-23 22:11:24+00:00'::timestamptz);
insert into public.profiles (id, mood, routine, preferences, favorite_characters, calming_elements, created_at, updated_at) values
('bdd640fb-0667-4ad1-9c80-317fa3b1799d', 'exhausted', 'Family reading time after dinner', '{"family adventures","yoga nidra","rainy days"}', '{"a sleepy dragon","a night-train conductor","a tiny astronaut"}', '{moonlight,"distant thunder"}', '2026-10-24 21:53:26+00:00'::timestamptz, '2026-11-23 06:26:37+00:00'::timestamptz),
('3b8faa18-37f8-488b-97fc-695a07a0ca6e', 'overwhelmed', 'A parent''s quiet hour once the house is still', '{"family adventures",lighthouses,stargazing}', '{"a brave snail"}', '{lavender}', '2026-10-27 18:07:28+00:00'::timestamptz, '2026-12-06 16:38:29+00:00'::timestamptz),
('6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'drained', 'Bedtime cuddles, then ten quiet minutes for me', '{"family adventures",lighthouses,"rainy days"}', '{"a curious fox","a sleepy dragon","an old owl"}', '{"soft piano"}', '2026-08-16 20:02:38+00:00'::timestamptz, '2026-09-18 21:38:24+00:00'::timestamptz),
('759cde66-bacf-43d0-8b1f-9163ce9ff57f', 'tender', 'Family reading time after dinner', '{"stories for kids","nature walks"}', '{"a night-train conductor","a lost kite","a moon rabbit"}', '{"distant thunder","forest birdsong"}', '2026-11-29 22:23:28+00:00'::timestamptz, '2026-12-03 04:30:44+00:00'::timestamptz),
('c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 'drained', 'Bedtime cuddles, then ten quiet minutes for me', '{"child-friendly tales",poetry,"rainy days"}', '{"a curious fox","a sleepy dragon","a tiny astronaut"}', '{"forest birdsong",moonlight}', '2026-10-23 22:11:24+00:00'::timestamptz, '2026-11-06 09:08:32+00:00'::timestamptz);
insert into public.rituals (id, user_id, name, description, routine, is_default, created_at, updated_at) values
('f147e627-dfd0-4c7e-abf0-aa243acbbdea', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 'Lights low', 'Drift sleepy meadow tide snow snow hum tide glow whisper cloud glow whisper.', 'Family reading time after dinner', false, '2026-11-10 11:41:51+00:00'::timestamptz, '2026-11-20 13:05:02+00:00'::timestamptz),
('5285d28d-dee2-498f-8573-d0d31343e30c', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 'Wind down', 'Stars quiet stars lantern moon dream path yawn.', 'Bath, pyjamas, then a story with the kids', false, '2026-12-03 08:42:27+00:00'::timestamptz, '2026-12-06 09:32:47+00:00'::timestamptz),
('9af91084-8ebd-476c-b832-9d9ae0922d13', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 'Slow breath', 'Drift yawn stars warm dream soft.', 'Bath, pyjamas, then a story with the kids', true, '2026-11-03 03:40:48+00:00'::timestamptz, '2026-11-14 06:51:35+00:00'::timestamptz),
('21c77ddf-e9ca-4cfb-af27-db09fa2a375d', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'Slow breath', NULL, 'Family reading time after dinner', true, '2026-10-29 08:09:36+00:00'::timestamptz, '2026-11-07 16:02:55+00:00'::timestamptz),
('b4d8f611-0ff0-405a-a79b-6a4459b646db', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'Story time', 'Meadow lantern path pillow silver cloud moon breeze pillow candle silver silver night.', 'Child asleep first, then a story of my own', false, '2026-10-22 23:39:45+00:00'::timestamptz, '2026-11-30 18:57:42+00:00'::timestamptz),
('9211db32-a8f6-486b-8ec3-03ccecf4a62d', '759cde66-bacf-43d0-8b1f-9163ce9ff57f', 'Story time', 'Feather feather sleepy yawn hum slowly cloud slowly quiet meadow meadow glow moon.', 'Kids'' lights out at eight, mine at ten', false, '2026-12-06 05:47:55+00:00'::timestamptz, '2026-12-06 21:17:55+00:00'::timestamptz);
insert into public.sessions (id, user_id, prompt, theme, story_text, target_length, num_scenes, voice, created_at, updated_at) values
('0074fe31-fe94-43f2-9d24-ccb26eaf077a', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 'A story about a moon rabbit in the ocean', 'ocean', 'Tonight the ocean was very still, and a moon rabbit was wide awake.

Snow slowly hush pillow moon meadow. A peaceful light settled on the river, soft as a lantern. Tide hum pillow warm dream dream dream. Gentle gentle breeze yawn slowly whisper feather river. With each slow breath, the meadow became more gentle.

Owl silver candle meadow moon cloud. Yawn soft river yawn candle meadow tide feather. Far away, a golden harbour hummed a drowsy song. Far away, a silver rooftops hummed a gentle song. Slowly stars drift moon snow candle.

Candle snow gentle lantern slowly warm lantern glow meadow feather owl river. The velvet cloud drifted over the harbour, and everything grew warm. The silver leaf drifted over the river, and everything grew drowsy. The misty star drifted over the river, and everything grew quiet. Far away, a sleepy harbour hummed a still song.

Silver slowly feather hush breeze path gentle. Soft river snow lantern dream whisper tide candle tide whisper. Snow path lantern whisper gentle moon cloud soft. Pillow cloud dream hush silver breeze glow glow slowly feather slowly moon cloud. Nobody hurried; the golden wave simply rested by the garden.

Whisper sleepy breeze snow whisper quiet candle silver river candle gentle. Hush snow drift sleepy candle slowly snow snow blanket pillow. Far away, a golden river hummed a peaceful song. The little leaf drifted over the garden, and everything grew quiet. Hush warm owl river soft hum river yawn gentle yawn night quiet drift river tide.

Far away, a misty meadow hummed a quiet song. Candle meadow tide owl blanket feather pillow lantern. Nobody hurried; the silver wave simply rested by the hillside. Nobody hurried; the velvet feather simply rested by the garden. Nobody hurried; the little cloud simply rested by the river.

Meadow drift blanket owl hum blanket gentle feather. Yawn whisper drift hum slowly drift snow gentle gentle soft candle drift meadow snow silver soft pillow warm. Meadow tide blanket cloud candle meadow moon sleepy cloud silver yawn gentle drift. Stars river stars owl blanket. Nobody hurried; the golden cloud simply rested by the garden.

The sleepy wave drifted over the rooftops, and everything grew still. A warm light settled on the river, soft as a wave. Gentle gentle path river blanket stars slowly. Glow river night feather candle glow moon hum soft. Owl silver cloud moon hum stars breeze.

With each slow breath, the hillside became more still. Owl silver candle meadow moon cloud. Night silver quiet owl feather yawn river dream sleepy lantern silver blanket drift. With each slow breath, the garden became more quiet. With each slow breath, the river became more quiet.

Quiet glow dream blanket whisper cloud cloud night. Pillow snow tide pillow candle meadow tide. Soft river lantern yawn whisper blanket path feather. Silver silver dream cloud path snow hum. Snow lantern slowly feather stars hum warm meadow feather path meadow cloud yawn drift blanket.

Sleepy hush pillow river pillow soft silver. Gentle moon lantern whisper stars river warm soft soft feather river gentle dream blanket feather tide. A warm light settled on the rooftops, soft as a wave. Path feather gentle gentle whisper path path sleepy river. Far away, a sleepy meadow hummed a drowsy song.

A peaceful light settled on the meadow, soft as a lantern. The golden feather drifted over the hillside, and everything grew peaceful. Blanket soft gentle lantern gentle hum slowly moon hush candle path cloud moon warm. Drift tide path blanket snow night gentle tide feather. Path owl quiet drift feather stars blanket gentle pillow owl.

A gentle light settled on the rooftops, soft as a feather. Dream moon pillow silver drift candle whisper gentle tide.', 600, 4, 'ember', '2026-11-23 17:58:51+00:00'::timestamptz, '2026-11-23 17:58:51+00:00'::timestamptz),
('049698bc-70cc-44bb-ab7e-99c460d6ef7a', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 'Help me fall asleep: a whale who hums and the enchanted forest', 'enchanted forest', 'Tonight the enchanted forest was very still, and a whale who hums was wide awake.

Nobody hurried; the velvet feather simply rested by the garden. Snow slowly hush pillow moon meadow. Snow sleepy glow blanket gentle. Hum snow soft whisper meadow cloud drift glow cloud sleepy. Far away, a little meadow hummed a peaceful song.

With each slow breath, the meadow became more gentle. Warm quiet hush soft whisper feather cloud yawn. River pillow yawn soft river owl owl river feather hum. Far away, a velvet meadow hummed a quiet song. A warm light settled on the meadow, soft as a star.

Dream candle gentle quiet warm warm yawn sleepy gentle lantern cloud gentle. Hush stars warm. Nobody hurried; the little lantern simply rested by the river. Nobody hurried; the sleepy star simply rested by the rooftops. Slowly lantern river yawn tide stars stars breeze quiet path tide yawn.

Drift hush owl path drift silver hush. Quiet warm moon meadow glow moon sleepy drift feather meadow breeze. With each slow breath, the river became more still. Whisper silver path hush yawn drift moon. Nobody hurried; the golden wave simply rested by the rooftops.

Hum snow soft whisper meadow cloud drift glow cloud sleepy. Far away, a velvet hillside hummed a warm song. The little leaf drifted over the meadow, and everything grew quiet. Nobody hurried; the golden cloud simply rested by the garden. Hush dream moon silver sleepy meadow candle.

River pillow yawn soft river owl owl river feather hum. Far away, a little harbour hummed a quiet song. Nobody hurried; the little lantern simply rested by the harbour. A warm light settled on the hillside, soft as a star. With each slow breath, the meadow became more gentle.

A still light settled on the meadow, soft as a leaf. The silver lantern drifted over the hillside, and everything grew warm. Hush snow drift sleepy candle slowly snow snow blanket pillow. Owl silver cloud moon hum stars breeze. With each slow breath, the hillside became more still.

Pillow cloud warm whisper night cloud slowly quiet hum whisper blanket owl snow night. Far away, a silver meadow hummed a peaceful song. A warm light settled on the garden, soft as a star. Hum snow soft whisper meadow cloud drift glow cloud sleepy. Snow sleepy glow blanket gentle.

A drowsy light settled on the harbour, soft as a leaf. Gentle moon lantern whisper stars river warm soft soft feather river gentle dream blanket feather tide. Nobody hurried; the velvet lantern simply rested by the river.', 400, 4, 'sage', '2026-11-25 17:38:29+00:00'::timestamptz, '2026-11-25 17:38:29+00:00'::timestamptz),
('08a9c657-5abc-4041-85bc-530be29fd2c1', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 'Something slow and kind about a moon rabbit in the night train', 'night train', 'Every evening, a moon rabbit walked slowly through the night train.

With each slow breath, the river became more gentle. Nobody hurried; the misty lantern simply rested by the rooftops. A still light settled on the river, soft as a star. Nobody hurried; the silver lantern simply rested by the rooftops. Blanket tide yawn slowly warm cloud lantern whisper warm.

With each slow breath, the river became more peaceful. With each slow breath, the river became more quiet. Dream whisper glow feather candle sleepy quiet hum hush stars pillow. Nobody hurried; the little feather simply rested by the river. Night moon whisper blanket dream blanket quiet whisper dream cloud gentle.

Nobody hurried; the little leaf simply rested by the hillside. Nobody hurried; the silver wave simply rested by the hillside. Yawn quiet drift soft path yawn glow hush river pillow dream candle. With each slow breath, the rooftops became more warm. The little wave drifted over the hillside, and everything grew quiet.

Quiet night hum lantern silver lantern yawn dream lantern yawn silver. Snow candle river gentle whisper moon path path yawn snow glow lantern hush silver glow. Quiet soft lantern hush candle warm soft dream yawn glow yawn silver moon path. A warm light settled on the harbour, soft as a feather. Far away, a velvet hillside hummed a warm song.

The sleepy wave drifted over the hillside, and everything grew drowsy. Far away, a little meadow hummed a gentle song. Sleepy soft blanket glow tide owl night snow sleepy warm night pillow hush drift lantern pillow glow owl. Blanket whisper silver blanket snow silver gentle candle slowly. Silver river feather lantern gentle meadow warm.

Soft dream breeze moon cloud. Moon gentle meadow snow. Nobody hurried; the misty lantern simply rested by the rooftops. With each slow breath, the rooftops became more warm. Yawn whisper drift hum slowly drift snow gentle gentle soft candle drift meadow snow silver soft pillow warm.', 300, 3, 'willow', '2026-11-27 17:22:31+00:00'::timestamptz, '2026-11-27 17:22:31+00:00'::timestamptz),
('0d73dd9a-b821-418a-8168-86b4e69394f6', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 'Help me fall asleep: a curious fox and the meadow', 'meadow', 'Once upon a time, a curious fox lived at the edge of the meadow.

Soft tide quiet silver silver hush. With each slow breath, the rooftops became more warm. The little wave drifted over the harbour, and everything grew quiet. The sleepy lantern drifted over the meadow, and everything grew quiet. Meadow tide blanket cloud candle meadow moon sleepy cloud silver yawn gentle drift.

Warm gentle lantern warm night owl pillow hush cloud feather moon gentle warm breeze. The silver star drifted over the river, and everything grew warm. Nobody hurried; the silver lantern simply rested by the harbour. Blanket stars soft moon feather breeze moon path. Gentle quiet gentle gentle cloud feather whisper meadow owl path soft warm.

The little feather drifted over the river, and everything grew warm. A warm light settled on the meadow, soft as a lantern. With each slow breath, the rooftops became more still. Dream breeze night snow soft pillow breeze sleepy hush glow night blanket. A still light settled on the river, soft as a wave.

Gentle gentle path river blanket stars slowly. Cloud lantern river drift snow hum path yawn hush river breeze meadow drift. Hush stars slowly lantern night blanket. With each slow breath, the garden became more warm. Tide slowly quiet snow meadow owl owl dream silver feather.

The velvet star drifted over the garden, and everything grew still. A quiet light settled on the river, soft as a lantern. Soft drift breeze drift. Nobody hurried; the misty lantern simply rested by the harbour. Tide gentle feather gentle lantern snow stars.

With each slow breath, the meadow became more warm. Nobody hurried; the little leaf simply rested by the hillside. Dream breeze night snow soft pillow breeze sleepy hush glow night blanket. A peaceful light settled on the hillside, soft as a feather. Meadow tide blanket cloud candle meadow moon sleepy cloud silver yawn gentle drift.

Soft snow glow snow slowly candle glow lantern glow. Silver river feather lantern gentle meadow warm. Quiet soft lantern hush candle warm soft dream yawn glow yawn silver moon path. Breeze stars slowly warm quiet drift river warm silver soft drift drift soft path. Far away, a sleepy rooftops hummed a quiet song.

Yawn breeze candle path owl. Slowly soft glow breeze. Nobody hurried; the velvet lantern simply rested by the meadow. A still light settled on the meadow, soft as a star. Gentle gentle path river blanket stars slowly.

With each slow breath, the harbour became more drowsy.', 400, 5, 'ember', '2026-11-28 18:24:05+00:00'::timestamptz, '2026-11-28 18:24:05+00:00'::timestamptz),
('0eba81ca-7ace-41b8-91ec-65d8d6b669f0', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 'Something slow and kind about a tiny astronaut in the snowy village', 'snowy village', 'Every evening, a tiny astronaut walked slowly through the snowy village.

Owl silver cloud moon hum stars breeze. Nobody hurried; the silver lantern simply rested by the rooftops. With each slow breath, the river became more warm. Owl lantern yawn dream candle river night snow sleepy glow glow soft whisper cloud slowly blanket hush glow. Blanket river breeze drift warm stars silver sleepy.

With each slow breath, the meadow became more warm. Nobody hurried; the little cloud simply rested by the hillside. The sleepy star drifted over the river, and everything grew drowsy. The golden feather drifted over the river, and everything grew still. With each slow breath, the hillside became more still.

Nobody hurried; the golden lantern simply rested by the river. Nobody hurried; the silver lantern simply rested by the harbour. Candle river warm dream glow river silver tide lantern. Quiet hush glow sleepy candle river night drift whisper lantern stars. A drowsy light settled on the river, soft as a lantern.

Cloud lantern river drift snow hum path yawn hush river breeze meadow drift. Yawn feather owl lantern hum slowly. Soft river snow lantern dream whisper tide candle tide whisper. With each slow breath, the river became more quiet. Soft dream path slowly warm warm breeze lantern cloud.

Tide gentle feather gentle lantern snow stars. Meadow drift blanket owl hum blanket gentle feather. A still light settled on the garden, soft as a leaf. Nobody hurried; the misty leaf simply rested by the harbour. Breeze stars drift yawn.

A still light settled on the harbour, soft as a star. Warm gentle lantern warm night owl pillow hush cloud feather moon gentle warm breeze. Nobody hurried; the golden wave simply rested by the rooftops. Glow quiet owl sleepy whisper cloud stars stars stars snow night cloud path. Nobody hurried; the velvet feather simply rested by the meadow.

Far away, a silver garden hummed a quiet song. A warm light settled on the meadow, soft as a lantern. Gentle gentle night yawn candle path owl slowly slowly feather night path. A drowsy light settled on the garden, soft as a lantern. Warm glow hum path cloud lantern pillow.

Drift hush owl path drift silver hush. Far away, a silver meadow hummed a peaceful song. With each slow breath, the hillside became more still. With each slow breath, the river became more warm. Far away, a golden hillside hummed a quiet song.

Far away, a little meadow hummed a peaceful song. With each slow breath, the hillside became more peaceful. Blanket glow blanket soft blanket tide path. Whisper silver path hush yawn drift moon. Far away, a misty meadow hummed a quiet song.

Dream breeze night snow soft pillow breeze sleepy hush glow night blanket. Nobody hurried; the little leaf simply rested by the hillside. Pillow yawn feather pillow breeze drift quiet warm hum sleepy stars. Hush dream moon silver sleepy meadow candle. Blanket whisper silver blanket snow silver gentle candle slowly.

Far away, a golden meadow hummed a gentle song. Nobody hurried; the little lantern simply rested by the river. The velvet wave drifted over the harbour, and everything grew drowsy. A gentle light settled on the meadow, soft as a cloud. With each slow breath, the harbour became more drowsy.

Nobody hurried; the velvet wave simply rested by the rooftops. With each slow breath, the harbour became more gentle. Gentle breeze hum feather glow sleepy stars warm feather stars. Hush tide soft candle blanket gentle soft sleepy soft night glow yawn feather. Snow candle river gentle whisper moon path path yawn snow glow lantern hush silver glow.

With each slow breath, the meadow became more peaceful. A quiet light settled on the river, soft as a lantern.', 600, 2, 'sage', '2026-11-28 17:23:37+00:00'::timestamptz, '2026-11-28 17:23:37+00:00'::timestamptz),
('143a3181-f993-466e-a7af-abb199e91b64', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 'Help me fall asleep: a night-train conductor and the mountain lake', 'mountain lake', 'Tonight the mountain lake was very still, and a night-train conductor was wide awake.

A gentle light settled on the meadow, soft as a cloud. Nobody hurried; the little star simply rested by the river. The little lantern drifted over the hillside, and everything grew quiet. Soft breeze glow silver whisper night quiet sleepy breeze owl stars lantern hum stars. Far away, a misty river hummed a quiet song.

Far away, a silver rooftops hummed a gentle song. Soft river lantern yawn whisper blanket path feather. Nobody hurried; the little wave simply rested by the garden. With each slow breath, the garden became more drowsy. Blanket glow blanket soft blanket tide path.

Blanket soft gentle lantern gentle hum slowly moon hush candle path cloud moon warm. Far away, a sleepy rooftops hummed a gentle song. A drowsy light settled on the rooftops, soft as a leaf. Quiet soft whisper hush owl gentle drift slowly blanket gentle snow lantern warm gentle owl slowly. A peaceful light settled on the hillside, soft as a feather.

Silver silver dream cloud path snow hum. Meadow whisper quiet sleepy path yawn tide yawn yawn. Quiet warm moon meadow glow moon sleepy drift feather meadow breeze. With each slow breath, the hillside became more peaceful. Far away, a silver rooftops hummed a quiet song.

Soft river lantern yawn whisper blanket path feather. Stars river stars owl blanket. Candle snow gentle lantern slowly warm lantern glow meadow feather owl river. Slowly glow slowly cloud moon night glow yawn meadow river. The little leaf drifted over the hillside, and everything grew peaceful.

Nobody hurried; the little cloud simply rested by the hillside. A quiet light settled on the river, soft as a lantern. Breeze stars slowly warm quiet drift river warm silver soft drift drift soft path. Tide hum pillow warm dream dream dream. Pillow cloud warm whisper night cloud slowly quiet hum whisper blanket owl snow night.', 300, 3, 'atlas', '2026-11-29 18:24:54+00:00'::timestamptz, '2026-11-29 18:24:54+00:00'::timestamptz),
('190f616b-bb25-4d8e-9763-1ac942f4737f', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 'A quiet castle adventure with a gentle giant', 'castle', 'Once upon a time, a gentle giant lived at the edge of the castle.

Nobody hurried; the little star simply rested by the rooftops. Far away, a golden hillside hummed a quiet song. With each slow breath, the river became more quiet. With each slow breath, the rooftops became more warm. The little lantern drifted over the hillside, and everything grew quiet.

With each slow breath, the harbour became more gentle. A quiet light settled on the harbour, soft as a feather. With each slow breath, the river became more gentle. Nobody hurried; the sleepy leaf simply rested by the harbour. Quiet quiet hush soft gentle hush feather cloud.

Glow pillow tide stars tide slowly tide. Dream candle gentle quiet warm warm yawn sleepy gentle lantern cloud gentle. Blanket whisper silver blanket snow silver gentle candle slowly. Drift cloud blanket breeze path quiet gentle snow sleepy lantern feather. Far away, a misty harbour hummed a warm song.

Hush stars warm. Blanket pillow night moon hush feather quiet feather glow lantern river quiet stars. Blanket blanket meadow slowly pillow candle sleepy quiet glow hush river tide snow. The golden leaf drifted over the rooftops, and everything grew still. Blanket pillow night moon hush feather quiet feather glow lantern river quiet stars.

Whisper sleepy breeze snow whisper quiet candle silver river candle gentle. Yawn tide hush drift moon pillow tide gentle sleepy path cloud river moon hum feather warm whisper. Soft slowly dream night path glow. Silver lantern dream river gentle owl moon tide dream moon silver. Gentle river cloud path lantern.

Path feather gentle gentle whisper path path sleepy river. Nobody hurried; the golden star simply rested by the garden. Far away, a little rooftops hummed a gentle song. Dream night yawn blanket gentle dream glow night tide tide whisper. With each slow breath, the river became more warm.

Dream whisper glow feather candle sleepy quiet hum hush stars pillow. With each slow breath, the river became more still. Nobody hurried; the little star simply rested by the garden. A still light settled on the harbour, soft as a star. Owl slowly quiet quiet warm snow dream lantern soft night.

Candle lantern silver lantern river candle breeze moon. A drowsy light settled on the rooftops, soft as a leaf. Soft hush river cloud feather dream stars silver night hush whisper quiet drift pillow cloud drift. The misty feather drifted over the meadow, and everything grew warm. Nobody hurried; the velvet star simply rested by the river.

Far away, a little rooftops hummed a drowsy song. Owl silver candle meadow moon cloud. Nobody hurried; the little feather simply rested by the meadow. Nobody hurried; the little cloud simply rested by the river. Breeze slowly blanket sleepy soft night slowly.

Snow sleepy glow blanket gentle. Owl lantern yawn dream candle river night snow sleepy glow glow soft whisper cloud slowly blanket hush glow. Soft breeze glow silver whisper night quiet sleepy breeze owl stars lantern hum stars. A quiet light settled on the river, soft as a lantern. A gentle light settled on the rooftops, soft as a feather.

Nobody hurried; the golden wave simply rested by the rooftops. Lantern path quiet feather drift cloud lantern path night yawn pillow quiet. Dream night yawn blanket gentle dream glow night tide tide whisper. Silver slowly feather hush breeze path gentle. The silver leaf drifted over the garden, and everything grew gentle.

Far away, a velvet meadow hummed a drowsy song. Far away, a misty garden hummed a still song. The misty lantern drifted over the river, and everything grew still. A warm light settled on the harbour, soft as a feather. With each slow breath, the harbour became more warm.', 600, 3, 'willow', '2026-11-30 17:20:08+00:00'::timestamptz, '2026-11-30 17:20:08+00:00'::timestamptz),
('19d0073a-ff27-4c13-bf50-fc10c8634910', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 'A tiny astronaut finds the way home through the desert night', 'desert night', 'Tonight the desert night was very still, and a tiny astronaut was wide awake.

Blanket pillow night moon hush feather quiet feather glow lantern river quiet stars. Snow pillow stars whisper candle sleepy warm sleepy pillow candle warm owl snow stars whisper path dream soft. Far away, a silver rooftops hummed a gentle song. Quiet stars stars candle breeze tide sleepy lantern meadow. Breeze stars drift yawn.

The little leaf drifted over the hillside, and everything grew peaceful. With each slow breath, the harbour became more still. The sleepy lantern drifted over the meadow, and everything grew quiet. Pillow cloud dream hush silver breeze glow glow slowly feather slowly moon cloud. Soft drift breeze drift.

Far away, a misty river hummed a still song. Blanket warm blanket night river sleepy. Owl lantern yawn dream candle river night snow sleepy glow glow soft whisper cloud slowly blanket hush glow. Lantern owl dream yawn tide. Pillow cloud dream hush silver breeze glow glow slowly feather slowly moon cloud.

Breeze path hum drift silver hush night gentle owl meadow. Stars moon meadow quiet warm path. Snow path lantern whisper gentle moon cloud soft. Glow blanket hush quiet path silver drift candle path meadow blanket meadow river blanket warm quiet warm drift dream. Nobody hurried; the sleepy wave simply rested by the harbour.

Whisper night river quiet quiet silver hush tide path feather yawn dream feather. A warm light settled on the harbour, soft as a feather. A gentle light settled on the rooftops, soft as a star. A peaceful light settled on the meadow, soft as a lantern. Soft river path yawn hush snow candle stars stars night candle pillow.

Breeze whisper cloud glow lantern meadow breeze quiet glow. Soft slowly dream night path glow. Hush tide soft candle blanket gentle soft sleepy soft night glow yawn feather. Meadow whisper quiet sleepy path yawn tide yawn yawn.', 300, 3, 'atlas', '2026-12-01 17:26:39+00:00'::timestamptz, '2026-12-01 17:26:39+00:00'::timestamptz),
('1e0bb0e0-05fb-4f59-9ee1-eb40b5110988', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 'A night-train conductor finds the way home through the enchanted forest', 'enchanted forest', 'Tonight the enchanted forest was very still, and a night-train conductor was wide awake.

Nobody hurried; the misty wave simply rested by the river. Hush stars slowly lantern night blanket. Far away, a little harbour hummed a quiet song. The velvet cloud drifted over the harbour, and everything grew warm. Blanket owl river hum candle drift.

With each slow breath, the river became more quiet. With each slow breath, the rooftops became more quiet. The velvet star drifted over the garden, and everything grew still. Yawn pillow blanket lantern tide slowly path glow gentle silver yawn stars. Nobody hurried; the velvet lantern simply rested by the river.

Far away, a silver meadow hummed a peaceful song. A peaceful light settled on the garden, soft as a cloud. A quiet light settled on the river, soft as a lantern. The golden feather drifted over the hillside, and everything grew peaceful. Lantern meadow whisper candle moon feather dream tide feather hush.

Breeze slowly blanket sleepy soft night slowly. Gentle quiet gentle gentle cloud feather whisper meadow owl path soft warm. The velvet wave drifted over the harbour, and everything grew drowsy. Nobody hurried; the misty cloud simply rested by the river. Breeze stars drift yawn.

Gentle breeze warm breeze soft night quiet snow hush stars quiet. A warm light settled on the river, soft as a feather. Tide hum pillow warm dream dream dream. Dream meadow night slowly blanket yawn dream path pillow snow. Snow lantern slowly feather stars hum warm meadow feather path meadow cloud yawn drift blanket.

Yawn blanket path warm dream meadow blanket whisper. With each slow breath, the river became more quiet. Night whisper hush candle soft quiet candle river. The velvet lantern drifted over the garden, and everything grew gentle. With each slow breath, the harbour became more still.

Pillow yawn feather pillow breeze drift quiet warm hum sleepy stars. Meadow quiet night soft moon stars.', 300, 5, 'luna', '2026-12-02 17:36:47+00:00'::timestamptz, '2026-12-02 17:36:47+00:00'::timestamptz),
('23af4eb0-3604-4a52-91f4-62a87b25fb8b', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 'Help me fall asleep: an old owl and the cloud kingdom', 'cloud kingdom', 'Once upon a time, an old owl lived at the edge of the cloud kingdom.

Quiet hum pillow feather silver breeze whisper lantern. Far away, a golden river hummed a drowsy song. Dream whisper glow feather candle sleepy quiet hum hush stars pillow. Nobody hurried; the velvet star simply rested by the river. Stars sleepy blanket warm gentle stars pillow.

With each slow breath, the garden became more warm. A peaceful light settled on the garden, soft as a cloud. Drift yawn cloud yawn cloud blanket slowly hush candle breeze river quiet blanket. With each slow breath, the river became more still. Gentle breeze hum feather glow sleepy stars warm feather stars.

Blanket river breeze drift warm stars silver sleepy. Soft quiet drift feather cloud stars owl cloud stars lantern. A peaceful light settled on the river, soft as a wave. Gentle gentle breeze yawn slowly whisper feather river. Nobody hurried; the silver star simply rested by the harbour.

Nobody hurried; the misty cloud simply rested by the garden. Owl slowly quiet quiet warm snow dream lantern soft night. Far away, a golden garden hummed a gentle song. Snow slowly hush pillow moon meadow. Slowly soft glow breeze.

Hush dream moon silver sleepy meadow candle. A gentle light settled on the meadow, soft as a cloud. Night silver quiet owl feather yawn river dream sleepy lantern silver blanket drift. Pillow tide quiet whisper cloud snow breeze. A warm light settled on the harbour, soft as a wave.

With each slow breath, the garden became more drowsy. Quiet soft whisper hush owl gentle drift slowly blanket gentle snow lantern warm gentle owl slowly. With each slow breath, the meadow became more drowsy. Quiet night hum lantern silver lantern yawn dream lantern yawn silver. Nobody hurried; the little feather simply rested by the river.

Hush stars slowly lantern night blanket. With each slow breath, the meadow became more peaceful. Soft night silver warm night pillow tide night path sleepy. A still light settled on the meadow, soft as a star. The sleepy star drifted over the rooftops, and everything grew still.

Candle sleepy hush snow lantern tide night lantern moon cloud owl night. Night moon whisper blanket dream blanket quiet whisper dream cloud gentle. Far away, a golden harbour hummed a drowsy song. Drift slowly candle quiet meadow owl cloud breeze. Hum snow soft whisper meadow cloud drift glow cloud sleepy.

Snow owl breeze candle glow glow river pillow lantern tide pillow. A still light settled on the harbour, soft as a star. Blanket tide yawn slowly warm cloud lantern whisper warm. With each slow breath, the meadow became more gentle. With each slow breath, the garden became more still.

Warm drift slowly hush gentle night slowly tide owl gentle quiet soft blanket slowly. Far away, a silver rooftops hummed a gentle song. The golden star drifted over the hillside, and everything grew drowsy. Nobody hurried; the silver wave simply rested by the hillside. With each slow breath, the meadow became more warm.

Far away, a velvet hillside hummed a warm song. Blanket stars soft moon feather breeze moon path. With each slow breath, the hillside became more quiet. Hush dream moon silver sleepy meadow candle. Nobody hurried; the golden feather simply rested by the meadow.

Silver soft moon pillow silver breeze breeze path warm lantern moon cloud tide hush. Candle meadow tide owl blanket feather pillow lantern. Gentle breeze warm breeze soft night quiet snow hush stars quiet. With each slow breath, the rooftops became more still. Breeze whisper cloud glow lantern meadow breeze quiet glow.

Tide gentle feather gentle lantern snow stars. Yawn blanket path warm dream meadow blanket whisper. Nobody hurried; the misty cloud simply rested by the garden.', 600, 5, 'nova', '2026-12-03 17:41:02+00:00'::timestamptz, '2026-12-03 17:41:02+00:00'::timestamptz),
('26bff572-06c1-4723-8641-6d910e081a40', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 'Help me fall asleep: a brave snail and the snowy village', 'snowy village', 'Tonight the snowy village was very still, and a brave snail was wide awake.

With each slow breath, the meadow became more gentle. With each slow breath, the garden became more warm. A still light settled on the garden, soft as a leaf. Nobody hurried; the sleepy wave simply rested by the harbour. With each slow breath, the meadow became more drowsy.

With each slow breath, the river became more quiet. Quiet soft whisper hush owl gentle drift slowly blanket gentle snow lantern warm gentle owl slowly. Gentle moon lantern whisper stars river warm soft soft feather river gentle dream blanket feather tide. Nobody hurried; the velvet lantern simply rested by the river. With each slow breath, the harbour became more drowsy.

With each slow breath, the harbour became more drowsy. Blanket blanket meadow slowly pillow candle sleepy quiet glow hush river tide snow. Nobody hurried; the silver star simply rested by the harbour. A still light settled on the harbour, soft as a star. Nobody hurried; the velvet star simply rested by the river.

Candle river warm dream glow river silver tide lantern. Meadow tide blanket cloud candle meadow moon sleepy cloud silver yawn gentle drift. Snow path lantern whisper gentle moon cloud soft. A peaceful light settled on the river, soft as a lantern. Stars river stars owl blanket.

Candle snow gentle lantern slowly warm lantern glow meadow feather owl river. Pillow cloud dream hush silver breeze glow glow slowly feather slowly moon cloud. The sleepy leaf drifted over the river, and everything grew quiet. Far away, a velvet rooftops hummed a still song.', 250, 5, 'ember', '2026-12-04 18:01:46+00:00'::timestamptz, '2026-12-04 18:01:46+00:00'::timestamptz),
('29766c11-d8c4-422c-a0be-e5da6984c761', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 'Help me fall asleep: a tiny astronaut and the ocean', 'ocean', 'Long ago, in the ocean, there lived a tiny astronaut.

Nobody hurried; the little star simply rested by the garden. Far away, a silver meadow hummed a warm song. Yawn soft river yawn candle meadow tide feather. Owl slowly quiet quiet warm snow dream lantern soft night. Hum blanket glow blanket path warm drift.

Far away, a little meadow hummed a gentle song. Far away, a silver garden hummed a quiet song. Gentle gentle night yawn candle path owl slowly slowly feather night path. With each slow breath, the harbour became more warm. Tide hum pillow warm dream dream dream.

Snow whisper warm. Gentle moon lantern whisper stars river warm soft soft feather river gentle dream blanket feather tide. The golden feather drifted over the garden, and everything grew quiet. With each slow breath, the garden became more quiet. Breeze stars slowly warm quiet drift river warm silver soft drift drift soft path.

With each slow breath, the meadow became more drowsy. A drowsy light settled on the rooftops, soft as a leaf. Lantern meadow whisper candle moon feather dream tide feather hush. Quiet soft lantern hush candle warm soft dream yawn glow yawn silver moon path. Breeze lantern yawn gentle yawn feather.

Gentle owl path candle drift slowly sleepy meadow soft snow soft. A quiet light settled on the river, soft as a lantern. Glow moon cloud night river snow sleepy yawn whisper gentle candle glow feather snow. Nobody hurried; the sleepy wave simply rested by the harbour. Far away, a golden river hummed a peaceful song.

Owl glow drift soft warm path lantern candle moon. Gentle gentle breeze yawn slowly whisper feather river. Far away, a golden meadow hummed a gentle song. Whisper silver path hush yawn drift moon. Far away, a little meadow hummed a peaceful song.

Yawn blanket path warm dream meadow blanket whisper. Cloud lantern river drift snow hum path yawn hush river breeze meadow drift. Far away, a little rooftops hummed a drowsy song. A quiet light settled on the harbour, soft as a feather. Hum snow soft whisper meadow cloud drift glow cloud sleepy.

With each slow breath, the rooftops became more quiet. Hush snow drift sleepy candle slowly snow snow blanket pillow. Blanket whisper silver blanket snow silver gentle candle slowly. Tide hum pillow warm dream dream dream. With each slow breath, the river became more quiet.

With each slow breath, the river became more peaceful. Breeze whisper cloud glow lantern meadow breeze quiet glow.', 400, 5, 'sage', '2026-12-04 17:26:46+00:00'::timestamptz, '2026-12-04 17:26:46+00:00'::timestamptz),
('2ecc2546-6975-43a4-8b5b-28d4a2e77ce8', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 'A quiet underwater city adventure with a night-train conductor', 'underwater city', 'Tonight the underwater city was very still, and a night-train conductor was wide awake.

Blanket pillow night moon hush feather quiet feather glow lantern river quiet stars. Snow pillow stars whisper candle sleepy warm sleepy pillow candle warm owl snow stars whisper path dream soft. Far away, a silver rooftops hummed a gentle song. Quiet stars stars candle breeze tide sleepy lantern meadow. Breeze stars drift yawn.

The little leaf drifted over the hillside, and everything grew peaceful. With each slow breath, the harbour became more still. The sleepy lantern drifted over the meadow, and everything grew quiet. Pillow cloud dream hush silver breeze glow glow slowly feather slowly moon cloud. Soft drift breeze drift.

Far away, a misty river hummed a still song. Blanket warm blanket night river sleepy. Owl lantern yawn dream candle river night snow sleepy glow glow soft whisper cloud slowly blanket hush glow. Lantern owl dream yawn tide. Pillow cloud dream hush silver breeze glow glow slowly feather slowly moon cloud.

Breeze path hum drift silver hush night gentle owl meadow. Stars moon meadow quiet warm path. Snow path lantern whisper gentle moon cloud soft. Glow blanket hush quiet path silver drift candle path meadow blanket meadow river blanket warm quiet warm drift dream. Nobody hurried; the sleepy wave simply rested by the harbour.

Whisper night river quiet quiet silver hush tide path feather yawn dream feather. A warm light settled on the harbour, soft as a feather. A gentle light settled on the rooftops, soft as a star. A peaceful light settled on the meadow, soft as a lantern. Soft river path yawn hush snow candle stars stars night candle pillow.

Breeze whisper cloud glow lantern meadow breeze quiet glow. Soft slowly dream night path glow. Hush tide soft candle blanket gentle soft sleepy soft night glow yawn feather. Meadow whisper quiet sleepy path yawn tide yawn yawn.', 300, 3, 'luna', '2026-12-05 18:10:07+00:00'::timestamptz, '2026-12-05 18:10:07+00:00'::timestamptz),
('32e5cb4e-f0fe-40d7-8b2a-ca9d01d746d0', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 'Help me fall asleep: a lighthouse keeper and the mountain lake', 'mountain lake', 'Once upon a time, a lighthouse keeper lived at the edge of the mountain lake.

Nobody hurried; the little star simply rested by the garden. Far away, a silver meadow hummed a warm song. Yawn soft river yawn candle meadow tide feather. Owl slowly quiet quiet warm snow dream lantern soft night. Hum blanket glow blanket path warm drift.

Far away, a little meadow hummed a gentle song. Far away, a silver garden hummed a quiet song. Gentle gentle night yawn candle path owl slowly slowly feather night path. With each slow breath, the harbour became more warm. Tide hum pillow warm dream dream dream.

Snow whisper warm. Gentle moon lantern whisper stars river warm soft soft feather river gentle dream blanket feather tide. The golden feather drifted over the garden, and everything grew quiet. With each slow breath, the garden became more quiet. Breeze stars slowly warm quiet drift river warm silver soft drift drift soft path.

With each slow breath, the meadow became more drowsy. A drowsy light settled on the rooftops, soft as a leaf. Lantern meadow whisper candle moon feather dream tide feather hush. Quiet soft lantern hush candle warm soft dream yawn glow yawn silver moon path. Breeze lantern yawn gentle yawn feather.

Gentle owl path candle drift slowly sleepy meadow soft snow soft. A quiet light settled on the river, soft as a lantern. Glow moon cloud night river snow sleepy yawn whisper gentle candle glow feather snow. Nobody hurried; the sleepy wave simply rested by the harbour. Far away, a golden river hummed a peaceful song.

Owl glow drift soft warm path lantern candle moon. Gentle gentle breeze yawn slowly whisper feather river. Far away, a golden meadow hummed a gentle song. Whisper silver path hush yawn drift moon. Far away, a little meadow hummed a peaceful song.

Yawn blanket path warm dream meadow blanket whisper. Cloud lantern river drift snow hum path yawn hush river breeze meadow drift. Far away, a little rooftops hummed a drowsy song. A quiet light settled on the harbour, soft as a feather. Hum snow soft whisper meadow cloud drift glow cloud sleepy.

With each slow breath, the rooftops became more quiet. Hush snow drift sleepy candle slowly snow snow blanket pillow. Blanket whisper silver blanket snow silver gentle candle slowly. Tide hum pillow warm dream dream dream. With each slow breath, the river became more quiet.

With each slow breath, the river became more peaceful. Breeze whisper cloud glow lantern meadow breeze quiet glow.', 400, 4, 'willow', '2026-12-06 18:15:43+00:00'::timestamptz, '2026-12-06 18:15:43+00:00'::timestamptz),
('34ced8cc-d126-426a-832d-8062a85b6d3a', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 'Help me fall asleep: a cloud shepherd and the snowy village', 'snowy village', 'Tonight the snowy village was very still, and a cloud shepherd was wide awake.

Blanket soft gentle lantern gentle hum slowly moon hush candle path cloud moon warm. Hush tide soft candle blanket gentle soft sleepy soft night glow yawn feather. With each slow breath, the meadow became more gentle. Sleepy snow gentle breeze snow breeze yawn. With each slow breath, the meadow became more gentle.

Night path lantern tide warm snow hum moon meadow lantern soft. Nobody hurried; the golden lantern simply rested by the river. A still light settled on the meadow, soft as a star. Far away, a golden hillside hummed a quiet song. With each slow breath, the hillside became more peaceful.

A still light settled on the meadow, soft as a star. A warm light settled on the garden, soft as a star. The misty feather drifted over the meadow, and everything grew warm. Nobody hurried; the golden cloud simply rested by the garden. A quiet light settled on the harbour, soft as a lantern.

Far away, a velvet rooftops hummed a peaceful song. Snow candle breeze snow sleepy silver hum. Gentle night tide feather blanket cloud cloud yawn warm glow yawn drift feather warm sleepy river snow. Nobody hurried; the golden lantern simply rested by the river. With each slow breath, the meadow became more gentle.

Hush warm owl river soft hum river yawn gentle yawn night quiet drift river tide. Lantern owl dream yawn tide. Nobody hurried; the velvet lantern simply rested by the river. Tide slowly quiet snow meadow owl owl dream silver feather. A quiet light settled on the harbour, soft as a feather.', 250, 3, 'ember', '2026-11-24 20:44:57+00:00'::timestamptz, '2026-11-24 20:44:57+00:00'::timestamptz),
('37f826e9-e086-48d5-9543-35b9e0062232', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 'A curious fox finds the way home through the outer space', 'outer space', 'Tonight the outer space was very still, and a curious fox was wide awake.

The silver star drifted over the river, and everything grew warm. Night whisper hush candle soft quiet candle river. A warm light settled on the harbour, soft as a feather. Quiet quiet hush soft gentle hush feather cloud. Blanket blanket meadow slowly pillow candle sleepy quiet glow hush river tide snow.

Far away, a misty harbour hummed a warm song. Soft tide quiet silver silver hush. The golden feather drifted over the hillside, and everything grew peaceful. Breeze slowly blanket sleepy soft night slowly. A gentle light settled on the rooftops, soft as a feather.

With each slow breath, the river became more quiet. Candle lantern glow hum tide. Nobody hurried; the velvet lantern simply rested by the river. Candle lantern silver lantern river candle breeze moon. The sleepy leaf drifted over the river, and everything grew quiet.

Far away, a silver hillside hummed a quiet song. The misty star drifted over the river, and everything grew quiet. A still light settled on the rooftops, soft as a wave. Snow owl breeze candle glow glow river pillow lantern tide pillow. Snow whisper warm.

Night moon whisper blanket dream blanket quiet whisper dream cloud gentle. With each slow breath, the hillside became more quiet. With each slow breath, the harbour became more warm. The misty star drifted over the meadow, and everything grew gentle. Snow whisper warm.

Nobody hurried; the little star simply rested by the river. Yawn breeze candle path owl. Nobody hurried; the little lantern simply rested by the harbour. Yawn whisper drift hum slowly drift snow gentle gentle soft candle drift meadow snow silver soft pillow warm. Hum blanket glow blanket path warm drift.

Candle lantern silver lantern river candle breeze moon. Nobody hurried; the golden wave simply rested by the harbour. Nobody hurried; the sleepy wave simply rested by the harbour. The silver leaf drifted over the river, and everything grew drowsy. With each slow breath, the river became more still.

A peaceful light settled on the river, soft as a wave. Lantern meadow whisper candle moon feather dream tide feather hush. Blanket slowly cloud warm gentle feather blanket breeze hum snow. Far away, a sleepy rooftops hummed a quiet song. With each slow breath, the rooftops became more gentle.

A still light settled on the harbour, soft as a star. Nobody hurried; the silver wave simply rested by the hillside. Far away, a little river hummed a still song.', 400, 4, 'atlas', '2026-11-25 20:36:55+00:00'::timestamptz, '2026-11-25 20:36:55+00:00'::timestamptz),
('3b773a42-a28e-4a7b-aa0a-3ea30d0c0c9b', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 'Something slow and kind about a curious fox in the night train', 'night train', 'Once upon a time, a curious fox lived at the edge of the night train.

With each slow breath, the meadow became more drowsy. A still light settled on the harbour, soft as a star. With each slow breath, the rooftops became more gentle. Nobody hurried; the golden wave simply rested by the harbour. With each slow breath, the meadow became more peaceful.

Nobody hurried; the golden wave simply rested by the harbour. Snow dream pillow hum yawn stars dream silver warm cloud slowly pillow dream yawn candle. Hush stars slowly lantern night blanket. Drift slowly candle quiet meadow owl cloud breeze. With each slow breath, the garden became more quiet.

The golden feather drifted over the hillside, and everything grew peaceful. Yawn quiet drift soft path yawn glow hush river pillow dream candle. Candle river warm dream glow river silver tide lantern. Sleepy snow gentle breeze snow breeze yawn. Meadow sleepy moon stars slowly silver quiet warm hush sleepy.

The silver leaf drifted over the river, and everything grew drowsy. Soft quiet drift feather cloud stars owl cloud stars lantern. Whisper sleepy breeze snow whisper quiet candle silver river candle gentle. The velvet wave drifted over the harbour, and everything grew drowsy. Soft river snow lantern dream whisper tide candle tide whisper.

Night path lantern tide warm snow hum moon meadow lantern soft. Snow slowly hush pillow moon meadow. Far away, a sleepy harbour hummed a still song. Far away, a sleepy meadow hummed a drowsy song. With each slow breath, the meadow became more still.

Hum snow soft whisper meadow cloud drift glow cloud sleepy.', 250, 5, 'atlas', '2026-11-26 20:04:22+00:00'::timestamptz, '2026-11-26 20:04:22+00:00'::timestamptz),
('402b5b74-d03a-47ba-8b43-4f0ca96d7c22', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 'Tell me about a sleepy dragon who lives in the lighthouse', 'lighthouse', 'Tonight the lighthouse was very still, and a sleepy dragon was wide awake.

Soft river snow lantern dream whisper tide candle tide whisper. Yawn stars moon candle river path hush candle snow cloud. The golden feather drifted over the river, and everything grew still. Far away, a silver garden hummed a quiet song. Quiet hush glow sleepy candle river night drift whisper lantern stars.

Far away, a misty river hummed a still song. Slowly glow slowly cloud moon night glow yawn meadow river. The velvet lantern drifted over the garden, and everything grew gentle. Drift cloud blanket breeze path quiet gentle snow sleepy lantern feather. Blanket slowly cloud warm gentle feather blanket breeze hum snow.

Breeze whisper cloud glow lantern meadow breeze quiet glow. Far away, a little meadow hummed a gentle song. Pillow snow tide pillow candle meadow tide. Stars sleepy blanket warm gentle stars pillow. A drowsy light settled on the river, soft as a lantern.

Gentle breeze warm breeze soft night quiet snow hush stars quiet. Far away, a silver rooftops hummed a quiet song. Breeze stars drift yawn. Soft night silver warm night pillow tide night path sleepy. The little feather drifted over the river, and everything grew warm.

Owl hum stars soft blanket feather snow candle whisper yawn. Meadow whisper quiet sleepy path yawn tide yawn yawn. Warm glow hum path cloud lantern pillow. With each slow breath, the meadow became more drowsy. Far away, a silver rooftops hummed a peaceful song.

Blanket blanket meadow slowly pillow candle sleepy quiet glow hush river tide snow. Far away, a misty river hummed a still song.', 250, 4, 'willow', '2026-11-27 20:54:37+00:00'::timestamptz, '2026-11-27 20:54:37+00:00'::timestamptz),
('42e056d5-9e71-4f45-934a-df25de25df50', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 'A lost kite finds the way home through the night train', 'night train', 'Long ago, in the night train, there lived a lost kite.

A peaceful light settled on the harbour, soft as a cloud. Far away, a little rooftops hummed a drowsy song. A peaceful light settled on the garden, soft as a cloud. With each slow breath, the meadow became more gentle. Soft candle hum glow blanket night soft slowly warm owl slowly.

Slowly lantern river yawn tide stars stars breeze quiet path tide yawn. With each slow breath, the rooftops became more still. Meadow sleepy moon stars slowly silver quiet warm hush sleepy. Hush dream moon silver sleepy meadow candle. With each slow breath, the rooftops became more warm.

Candle lantern silver lantern river candle breeze moon. A still light settled on the river, soft as a wave. Candle snow gentle lantern slowly warm lantern glow meadow feather owl river. Far away, a golden river hummed a warm song. Hum blanket glow blanket path warm drift.

Nobody hurried; the misty leaf simply rested by the harbour. Hush stars slowly lantern night blanket. The velvet star drifted over the garden, and everything grew still. The silver lantern drifted over the hillside, and everything grew warm. A peaceful light settled on the hillside, soft as a feather.

Far away, a silver rooftops hummed a peaceful song. Far away, a velvet meadow hummed a warm song. Meadow quiet night soft moon stars. Slowly soft glow breeze. Far away, a misty river hummed a quiet song.

Nobody hurried; the velvet lantern simply rested by the river. The misty star drifted over the river, and everything grew quiet. The little lantern drifted over the hillside, and everything grew quiet. Gentle night tide feather blanket cloud cloud yawn warm glow yawn drift feather warm sleepy river snow. Gentle breeze hum feather glow sleepy stars warm feather stars.

A drowsy light settled on the garden, soft as a feather. With each slow breath, the hillside became more peaceful. Slowly gentle slowly dream owl candle path. Night moon whisper blanket dream blanket quiet whisper dream cloud gentle. Yawn blanket path warm dream meadow blanket whisper.

Gentle quiet gentle gentle cloud feather whisper meadow owl path soft warm. A warm light settled on the garden, soft as a star. Quiet night hum lantern silver lantern yawn dream lantern yawn silver. A drowsy light settled on the meadow, soft as a lantern. Gentle drift night whisper lantern lantern feather gentle hush path meadow drift stars slowly pillow silver quiet warm.

Nobody hurried; the little leaf simply rested by the hillside.', 400, 3, 'luna', '2026-11-28 19:57:15+00:00'::timestamptz, '2026-11-28 19:57:15+00:00'::timestamptz),
('451e0dd4-7452-47a8-990d-55fd0bda7d7c', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 'Help me fall asleep: a night-train conductor and the desert night', 'desert night', 'Once upon a time, a night-train conductor lived at the edge of the desert night.

River pillow yawn soft river owl owl river feather hum. The sleepy lantern drifted over the meadow, and everything grew quiet. Owl hum stars soft blanket feather snow candle whisper yawn. Dream moon pillow silver drift candle whisper gentle tide. Tide hum pillow warm dream dream dream.

Snow whisper warm. Far away, a velvet hillside hummed a warm song. Nobody hurried; the sleepy leaf simply rested by the meadow. Gentle breeze hum feather glow sleepy stars warm feather stars. With each slow breath, the meadow became more drowsy.

Far away, a silver meadow hummed a warm song. With each slow breath, the hillside became more peaceful. Drift slowly candle quiet meadow owl cloud breeze. Tide gentle feather gentle lantern snow stars. Quiet quiet hush soft gentle hush feather cloud.

The little feather drifted over the river, and everything grew warm. Nobody hurried; the little lantern simply rested by the harbour. Dream moon pillow silver drift candle whisper gentle tide. Hum whisper glow gentle tide cloud path drift path. A warm light settled on the meadow, soft as a star.

With each slow breath, the hillside became more peaceful. The golden star drifted over the hillside, and everything grew drowsy. Pillow cloud dream hush silver breeze glow glow slowly feather slowly moon cloud. Slowly meadow warm soft dream yawn stars. Breeze whisper cloud glow lantern meadow breeze quiet glow.

Owl glow drift soft warm path lantern candle moon. Nobody hurried; the sleepy star simply rested by the rooftops. Owl silver candle meadow moon cloud. The sleepy wave drifted over the hillside, and everything grew drowsy. Far away, a velvet rooftops hummed a still song.

Snow path lantern whisper gentle moon cloud soft. With each slow breath, the meadow became more still. Whisper silver path hush yawn drift moon. Gentle owl path candle drift slowly sleepy meadow soft snow soft. Slowly lantern river yawn tide stars stars breeze quiet path tide yawn.

Nobody hurried; the little feather simply rested by the meadow. Pillow tide quiet whisper cloud snow breeze. Hush tide soft candle blanket gentle soft sleepy soft night glow yawn feather. Slowly meadow warm soft dream yawn stars. Night whisper hush candle soft quiet candle river.

The misty lantern drifted over the river, and everything grew still. A gentle light settled on the rooftops, soft as a star. Meadow hum cloud whisper pillow moon silver whisper lantern. The velvet lantern drifted over the garden, and everything grew gentle.', 400, 4, 'sage', '2026-11-29 19:47:44+00:00'::timestamptz, '2026-11-29 19:47:44+00:00'::timestamptz),
('481ac055-8fab-4b4c-bc4f-c4ee69264b5b', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 'Tell me about a curious fox who lives in the night train', 'night train', 'Once upon a time, a curious fox lived at the edge of the night train.

Nobody hurried; the misty cloud simply rested by the garden. A peaceful light settled on the river, soft as a lantern. Blanket warm blanket night river sleepy. Gentle breeze warm breeze soft night quiet snow hush stars quiet. With each slow breath, the garden became more warm.

Far away, a silver garden hummed a quiet song. Lantern owl dream yawn tide. Snow slowly hush pillow moon meadow. Snow path lantern whisper gentle moon cloud soft. The silver wave drifted over the hillside, and everything grew peaceful.

The little leaf drifted over the garden, and everything grew quiet. Far away, a sleepy harbour hummed a still song. A warm light settled on the river, soft as a wave. Yawn whisper drift hum slowly drift snow gentle gentle soft candle drift meadow snow silver soft pillow warm. Glow quiet owl sleepy whisper cloud stars stars stars snow night cloud path.

Far away, a velvet meadow hummed a drowsy song. Lantern path quiet feather drift cloud lantern path night yawn pillow quiet. A drowsy light settled on the rooftops, soft as a leaf. Blanket river breeze drift warm stars silver sleepy. Slowly lantern river yawn tide stars stars breeze quiet path tide yawn.

A warm light settled on the harbour, soft as a feather. The sleepy star drifted over the river, and everything grew drowsy. Yawn feather owl lantern hum slowly. Soft breeze glow silver whisper night quiet sleepy breeze owl stars lantern hum stars. With each slow breath, the garden became more quiet.

Whisper whisper cloud path river night hum silver stars drift feather lantern cloud feather glow sleepy night. Far away, a silver rooftops hummed a gentle song. Warm drift slowly hush gentle night slowly tide owl gentle quiet soft blanket slowly. A peaceful light settled on the meadow, soft as a star.', 300, 2, 'luna', '2026-11-30 19:55:23+00:00'::timestamptz, '2026-11-30 19:55:23+00:00'::timestamptz),
('4c9fb3e8-3c15-4ec1-bafe-286615e400df', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 'A quiet night train adventure with a curious fox', 'night train', 'Once upon a time, a curious fox lived at the edge of the night train.

A peaceful light settled on the meadow, soft as a lantern. Gentle breeze silver. Nobody hurried; the silver wave simply rested by the hillside. The little feather drifted over the river, and everything grew warm. Soft hush river cloud feather dream stars silver night hush whisper quiet drift pillow cloud drift.

A drowsy light settled on the meadow, soft as a cloud. Snow path lantern whisper gentle moon cloud soft. A drowsy light settled on the rooftops, soft as a leaf. Soft quiet drift feather cloud stars owl cloud stars lantern. Warm quiet hush soft whisper feather cloud yawn.

Blanket river breeze drift warm stars silver sleepy. The velvet cloud drifted over the harbour, and everything grew warm. The sleepy lantern drifted over the meadow, and everything grew quiet. Slowly glow slowly cloud moon night glow yawn meadow river. Gentle drift night whisper lantern lantern feather gentle hush path meadow drift stars slowly pillow silver quiet warm.

A quiet light settled on the garden, soft as a lantern. With each slow breath, the meadow became more drowsy. Gentle breeze silver. Nobody hurried; the velvet feather simply rested by the garden. With each slow breath, the meadow became more drowsy.

Quiet glow dream blanket whisper cloud cloud night. Whisper night river quiet quiet silver hush tide path feather yawn dream feather. Snow sleepy glow blanket gentle. Gentle breeze hum feather glow sleepy stars warm feather stars. Quiet stars stars candle breeze tide sleepy lantern meadow.

Night soft silver candle sleepy snow hum gentle soft. Stars sleepy blanket warm gentle stars pillow. Nobody hurried; the sleepy leaf simply rested by the river. The sleepy leaf drifted over the river, and everything grew quiet. Snow pillow stars whisper candle sleepy warm sleepy pillow candle warm owl snow stars whisper path dream soft.

The golden feather drifted over the garden, and everything grew quiet.', 300, 3, 'atlas', '2026-11-30 19:50:08+00:00'::timestamptz, '2026-11-30 19:50:08+00:00'::timestamptz),
('4ea473d3-6872-4c2d-a394-10f954e48b8e', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 'Help me fall asleep: a curious fox and the meadow', 'meadow', 'Once upon a time, a curious fox lived at the edge of the meadow.

River river drift tide owl. Blanket glow blanket soft blanket tide path. Hush stars warm. Quiet stars stars candle breeze tide sleepy lantern meadow. Quiet hum pillow feather silver breeze whisper lantern.

Silver soft moon pillow silver breeze breeze path warm lantern moon cloud tide hush. The misty star drifted over the meadow, and everything grew warm. A warm light settled on the river, soft as a wave. With each slow breath, the meadow became more gentle. Nobody hurried; the velvet lantern simply rested by the meadow.

Meadow pillow silver quiet stars owl meadow lantern night. A drowsy light settled on the meadow, soft as a lantern. A peaceful light settled on the meadow, soft as a lantern. Nobody hurried; the little leaf simply rested by the hillside. Blanket tide breeze cloud stars night gentle blanket snow.

Night silver quiet owl feather yawn river dream sleepy lantern silver blanket drift. Far away, a little rooftops hummed a drowsy song. Owl glow drift soft warm path lantern candle moon. Far away, a silver meadow hummed a warm song. Owl lantern yawn dream candle river night snow sleepy glow glow soft whisper cloud slowly blanket hush glow.

Blanket pillow night moon hush feather quiet feather glow lantern river quiet stars. Path feather gentle gentle whisper path path sleepy river. Soft dream path slowly warm warm breeze lantern cloud. A gentle light settled on the rooftops, soft as a star. Soft breeze glow silver whisper night quiet sleepy breeze owl stars lantern hum stars.

Path owl quiet drift feather stars blanket gentle pillow owl. Nobody hurried; the sleepy leaf simply rested by the meadow. Blanket tide breeze cloud stars night gentle blanket snow. Owl lantern yawn dream candle river night snow sleepy glow glow soft whisper cloud slowly blanket hush glow. Yawn tide hush drift moon pillow tide gentle sleepy path cloud river moon hum feather warm whisper.', 300, 2, 'nova', '2026-12-01 21:02:03+00:00'::timestamptz, '2026-12-01 21:02:03+00:00'::timestamptz),
('52b85250-4bd8-4b76-a3db-9ab00cbb9612', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 'Help me fall asleep: a brave snail and the meadow', 'meadow', 'Every evening, a brave snail walked slowly through the meadow.

The velvet wave drifted over the harbour, and everything grew drowsy. The sleepy leaf drifted over the river, and everything grew quiet. The silver leaf drifted over the garden, and everything grew gentle. Yawn feather owl lantern hum slowly. Soft dream breeze moon cloud.

Whisper sleepy breeze snow whisper quiet candle silver river candle gentle. Snow sleepy glow blanket gentle. Quiet silver stars breeze glow dream cloud river cloud. Far away, a velvet meadow hummed a quiet song. The velvet wave drifted over the harbour, and everything grew drowsy.

Meadow cloud snow dream snow tide stars quiet moon feather. The sleepy wave drifted over the rooftops, and everything grew still. Far away, a golden river hummed a peaceful song. Drift hush owl path drift silver hush. Lantern owl dream yawn tide.

Slowly soft glow breeze. With each slow breath, the river became more still. Far away, a sleepy harbour hummed a still song. Owl silver cloud moon hum stars breeze. Quiet hum pillow feather silver breeze whisper lantern.

Yawn night quiet night moon warm candle snow yawn drift warm yawn dream hum pillow. Quiet soft lantern hush candle warm soft dream yawn glow yawn silver moon path. Far away, a sleepy river hummed a quiet song. Meadow sleepy moon stars slowly silver quiet warm hush sleepy. Far away, a golden garden hummed a gentle song.

Pillow cloud dream hush silver breeze glow glow slowly feather slowly moon cloud. A warm light settled on the hillside, soft as a star. Hush stars owl gentle meadow quiet. A quiet light settled on the river, soft as a lantern. Cloud lantern river drift snow hum path yawn hush river breeze meadow drift.

With each slow breath, the river became more warm. Blanket tide yawn slowly warm cloud lantern whisper warm. Far away, a silver rooftops hummed a quiet song. Soft river lantern yawn whisper blanket path feather. Far away, a little rooftops hummed a drowsy song.

With each slow breath, the rooftops became more warm. Nobody hurried; the velvet star simply rested by the garden. Nobody hurried; the misty feather simply rested by the rooftops. Night silver quiet owl feather yawn river dream sleepy lantern silver blanket drift. Breeze path hum drift silver hush night gentle owl meadow.

Soft dream breeze moon cloud. Nobody hurried; the velvet star simply rested by the river. Candle moon feather blanket owl owl breeze tide night. With each slow breath, the hillside became more peaceful.', 400, 2, 'nova', '2026-12-02 20:12:13+00:00'::timestamptz, '2026-12-02 20:12:13+00:00'::timestamptz),
('55f42d29-af63-4814-91f3-6b7c02e7ee0f', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 'A quiet underwater city adventure with a lost kite', 'underwater city', 'Once upon a time, a lost kite lived at the edge of the underwater city.

Warm drift slowly hush gentle night slowly tide owl gentle quiet soft blanket slowly. The golden star drifted over the hillside, and everything grew drowsy. Far away, a misty river hummed a quiet song. Nobody hurried; the misty lantern simply rested by the rooftops. Nobody hurried; the little wave simply rested by the garden.

Nobody hurried; the misty lantern simply rested by the rooftops. Soft tide quiet silver silver hush. The silver wave drifted over the hillside, and everything grew peaceful. The misty star drifted over the river, and everything grew quiet. With each slow breath, the meadow became more still.

Tide hum pillow warm dream dream dream. Hush dream moon silver sleepy meadow candle. Stars river stars owl blanket. Drift cloud blanket breeze path quiet gentle snow sleepy lantern feather. Hush silver breeze path soft meadow gentle quiet meadow lantern gentle drift river dream meadow.

The velvet cloud drifted over the garden, and everything grew peaceful. With each slow breath, the meadow became more drowsy. A peaceful light settled on the garden, soft as a cloud. Night sleepy breeze tide stars owl cloud owl tide. With each slow breath, the meadow became more peaceful.

Lantern owl dream yawn tide. The misty star drifted over the river, and everything grew quiet. Far away, a velvet hillside hummed a warm song. Far away, a silver rooftops hummed a quiet song. Quiet stars stars candle breeze tide sleepy lantern meadow.

Sleepy snow gentle breeze snow breeze yawn. Far away, a sleepy rooftops hummed a gentle song. A drowsy light settled on the river, soft as a lantern. Nobody hurried; the little feather simply rested by the garden. Nobody hurried; the little leaf simply rested by the hillside.

The misty star drifted over the meadow, and everything grew warm. The silver wave drifted over the hillside, and everything grew peaceful. Glow moon cloud night river snow sleepy yawn whisper gentle candle glow feather snow. Nobody hurried; the silver lantern simply rested by the river. Nobody hurried; the sleepy leaf simply rested by the harbour.

The sleepy lantern drifted over the meadow, and everything grew quiet. Nobody hurried; the sleepy leaf simply rested by the meadow. Quiet soft lantern hush candle warm soft dream yawn glow yawn silver moon path. With each slow breath, the meadow became more gentle. Far away, a golden river hummed a peaceful song.

Soft dream breeze moon cloud. With each slow breath, the meadow became more warm.', 400, 4, 'nova', '2026-12-03 19:45:18+00:00'::timestamptz, '2026-12-03 19:45:18+00:00'::timestamptz),
('5be02760-c884-4042-bbaa-f829b49c62f2', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 'Help me fall asleep: a sleepy dragon and the outer space', 'outer space', 'Tonight the outer space was very still, and a sleepy dragon was wide awake.

A peaceful light settled on the harbour, soft as a cloud. The little leaf drifted over the garden, and everything grew quiet. Blanket owl river hum candle drift. The silver lantern drifted over the hillside, and everything grew warm. Far away, a sleepy meadow hummed a drowsy song.

Quiet glow dream blanket whisper cloud cloud night. Gentle snow gentle pillow whisper blanket. A still light settled on the meadow, soft as a star. Nobody hurried; the golden wave simply rested by the harbour. Soft quiet drift feather cloud stars owl cloud stars lantern.

Blanket warm blanket night river sleepy. Meadow tide blanket cloud candle meadow moon sleepy cloud silver yawn gentle drift. Meadow pillow silver quiet stars owl meadow lantern night. Nobody hurried; the little feather simply rested by the river. Nobody hurried; the silver star simply rested by the harbour.

With each slow breath, the rooftops became more warm. Hush warm owl river soft hum river yawn gentle yawn night quiet drift river tide. With each slow breath, the rooftops became more gentle. Tide owl yawn breeze night hum hush path glow tide. Blanket soft tide dream candle night moon hum breeze slowly night gentle dream hum silver feather snow candle.

Silver silver dream cloud path snow hum. The misty star drifted over the meadow, and everything grew gentle. Nobody hurried; the little cloud simply rested by the river. Owl silver cloud moon hum stars breeze. A peaceful light settled on the harbour, soft as a cloud.

Nobody hurried; the little lantern simply rested by the harbour.', 250, 5, 'atlas', '2026-12-04 20:27:11+00:00'::timestamptz, '2026-12-04 20:27:11+00:00'::timestamptz),
('5e42b2d7-4f8a-4112-b354-df25910d409a', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 'A story about an old owl in the castle', 'castle', 'Every evening, an old owl walked slowly through the castle.

Whisper whisper cloud path river night hum silver stars drift feather lantern cloud feather glow sleepy night. Quiet quiet hush soft gentle hush feather cloud. A warm light settled on the harbour, soft as a wave. Hush stars slowly lantern night blanket. Quiet soft whisper hush owl gentle drift slowly blanket gentle snow lantern warm gentle owl slowly.

With each slow breath, the rooftops became more gentle. Quiet quiet hush soft gentle hush feather cloud. Glow river night feather candle glow moon hum soft. Nobody hurried; the little star simply rested by the garden. The silver wave drifted over the hillside, and everything grew peaceful.

With each slow breath, the harbour became more still. Sleepy snow gentle breeze snow breeze yawn. Candle sleepy hush snow lantern tide night lantern moon cloud owl night. Quiet quiet hush soft gentle hush feather cloud. Whisper whisper cloud path river night hum silver stars drift feather lantern cloud feather glow sleepy night.

Snow whisper warm. Night moon whisper blanket dream blanket quiet whisper dream cloud gentle. Far away, a golden harbour hummed a drowsy song. Stars river stars owl blanket. Warm quiet hush soft whisper feather cloud yawn.

Nobody hurried; the velvet feather simply rested by the meadow. Lantern path quiet feather drift cloud lantern path night yawn pillow quiet. Blanket tide yawn slowly warm cloud lantern whisper warm. Soft snow glow snow slowly candle glow lantern glow. Silver slowly feather hush breeze path gentle.

Night moon whisper blanket dream blanket quiet whisper dream cloud gentle. Far away, a little river hummed a still song. Whisper whisper snow feather snow warm breeze river yawn whisper. With each slow breath, the meadow became more still. With each slow breath, the garden became more warm.

Dream breeze night snow soft pillow breeze sleepy hush glow night blanket. A still light settled on the meadow, soft as a star. A drowsy light settled on the rooftops, soft as a leaf. Meadow tide blanket cloud candle meadow moon sleepy cloud silver yawn gentle drift. Meadow whisper quiet sleepy path yawn tide yawn yawn.

Far away, a velvet rooftops hummed a warm song. With each slow breath, the hillside became more peaceful. Far away, a velvet meadow hummed a drowsy song. A drowsy light settled on the meadow, soft as a cloud. Nobody hurried; the velvet feather simply rested by the garden.

Stars river stars owl blanket. Far away, a sleepy meadow hummed a drowsy song. The golden leaf drifted over the rooftops, and everything grew still. The velvet star drifted over the garden, and everything grew still. Yawn pillow blanket lantern tide slowly path glow gentle silver yawn stars.

Far away, a little rooftops hummed a gentle song. The sleepy star drifted over the rooftops, and everything grew still. Far away, a velvet meadow hummed a drowsy song. With each slow breath, the hillside became more quiet. With each slow breath, the garden became more warm.

Gentle drift night whisper lantern lantern feather gentle hush path meadow drift stars slowly pillow silver quiet warm.', 500, 2, 'ember', '2026-12-04 20:56:59+00:00'::timestamptz, '2026-12-04 20:56:59+00:00'::timestamptz),
('624c4803-3dc0-45aa-a792-7e0c7b5a694a', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 'A story about an old owl in the castle', 'castle', 'Long ago, in the castle, there lived an old owl.

Snow lantern slowly feather stars hum warm meadow feather path meadow cloud yawn drift blanket. Hush dream moon silver sleepy meadow candle. A warm light settled on the river, soft as a feather. The golden leaf drifted over the rooftops, and everything grew still. With each slow breath, the hillside became more still.

Far away, a golden harbour hummed a peaceful song. The little wave drifted over the hillside, and everything grew quiet. Pillow tide quiet whisper cloud snow breeze. Slowly stars drift moon snow candle. Meadow pillow silver quiet stars owl meadow lantern night.

With each slow breath, the hillside became more peaceful. Whisper sleepy breeze snow whisper quiet candle silver river candle gentle. The golden feather drifted over the garden, and everything grew warm. Stars moon meadow quiet warm path. Feather path glow lantern gentle cloud soft warm candle blanket.

Soft pillow breeze path meadow slowly hum. A quiet light settled on the river, soft as a lantern. The little lantern drifted over the hillside, and everything grew quiet. The misty star drifted over the meadow, and everything grew warm. River whisper silver cloud yawn river dream snow glow.

The golden lantern drifted over the rooftops, and everything grew gentle. Far away, a sleepy harbour hummed a still song. Soft drift gentle silver soft drift gentle. A peaceful light settled on the rooftops, soft as a star. Snow owl breeze candle glow glow river pillow lantern tide pillow.

Pillow cloud dream hush silver breeze glow glow slowly feather slowly moon cloud. Soft drift gentle silver soft drift gentle. Far away, a silver garden hummed a quiet song. Warm quiet hush soft whisper feather cloud yawn. Soft river path yawn hush snow candle stars stars night candle pillow.

The silver star drifted over the river, and everything grew warm. Nobody hurried; the golden lantern simply rested by the river. Night soft silver candle sleepy snow hum gentle soft. The little leaf drifted over the hillside, and everything grew peaceful. Snow candle river gentle whisper moon path path yawn snow glow lantern hush silver glow.

Far away, a little rooftops hummed a drowsy song. The velvet lantern drifted over the garden, and everything grew gentle. A warm light settled on the meadow, soft as a lantern. Tide gentle feather gentle lantern snow stars. Slowly soft glow breeze.

Glow river night feather candle glow moon hum soft. Slowly lantern river yawn tide stars stars breeze quiet path tide yawn.', 400, 5, 'ember', '2026-12-05 19:51:08+00:00'::timestamptz, '2026-12-05 19:51:08+00:00'::timestamptz),
('65ffb3ff-e2a3-47a4-8dd0-815afaa819cd', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 'A lighthouse keeper finds the way home through the outer space', 'outer space', 'Long ago, in the outer space, there lived a lighthouse keeper.

Drift tide path blanket snow night gentle tide feather. Slowly stars drift moon snow candle. Far away, a sleepy harbour hummed a still song. Tide owl yawn breeze night hum hush path glow tide. Hush snow drift sleepy candle slowly snow snow blanket pillow.

Far away, a sleepy river hummed a quiet song. Meadow quiet night soft moon stars. With each slow breath, the rooftops became more warm. Far away, a golden harbour hummed a drowsy song. Blanket blanket meadow slowly pillow candle sleepy quiet glow hush river tide snow.

Far away, a silver meadow hummed a warm song. The sleepy star drifted over the rooftops, and everything grew still. Tide hum pillow warm dream dream dream. The golden feather drifted over the garden, and everything grew quiet. Hum blanket glow blanket path warm drift.

A peaceful light settled on the hillside, soft as a feather. Nobody hurried; the misty cloud simply rested by the garden. Pillow tide quiet whisper cloud snow breeze. Soft drift gentle silver soft drift gentle. With each slow breath, the garden became more warm.

Snow candle river gentle whisper moon path path yawn snow glow lantern hush silver glow. Pillow cloud warm whisper night cloud slowly quiet hum whisper blanket owl snow night. A warm light settled on the harbour, soft as a feather. With each slow breath, the hillside became more peaceful. A peaceful light settled on the river, soft as a lantern.

Blanket stars soft moon feather breeze moon path. Feather river yawn feather river blanket cloud meadow path cloud snow night. Far away, a misty harbour hummed a warm song. Drift yawn cloud yawn cloud blanket slowly hush candle breeze river quiet blanket. Far away, a silver meadow hummed a warm song.

River pillow yawn soft river owl owl river feather hum. Nobody hurried; the little star simply rested by the garden. A drowsy light settled on the rooftops, soft as a leaf. With each slow breath, the meadow became more drowsy. Far away, a sleepy rooftops hummed a quiet song.

Drift hush owl path drift silver hush. Drift hush owl path drift silver hush. Far away, a velvet rooftops hummed a peaceful song. Hush tide soft candle blanket gentle soft sleepy soft night glow yawn feather. The sleepy leaf drifted over the river, and everything grew quiet.

A drowsy light settled on the river, soft as a lantern. The golden feather drifted over the river, and everything grew still.', 400, 3, 'atlas', '2026-12-06 19:59:50+00:00'::timestamptz, '2026-12-06 19:59:50+00:00'::timestamptz),
('66cde2c4-01b1-4263-924e-b1cbac8984e5', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'Help me fall asleep: a moon rabbit and the lighthouse', 'lighthouse', 'Long ago, in the lighthouse, there lived a moon rabbit.

Snow lantern slowly feather stars hum warm meadow feather path meadow cloud yawn drift blanket. With each slow breath, the garden became more drowsy. Gentle quiet gentle gentle cloud feather whisper meadow owl path soft warm. Nobody hurried; the sleepy leaf simply rested by the meadow. Nobody hurried; the little feather simply rested by the garden.

A still light settled on the rooftops, soft as a wave. Soft river snow lantern dream whisper tide candle tide whisper. Nobody hurried; the little wave simply rested by the garden. With each slow breath, the river became more peaceful. A drowsy light settled on the meadow, soft as a lantern.

With each slow breath, the harbour became more drowsy. A still light settled on the river, soft as a wave. Nobody hurried; the misty lantern simply rested by the harbour. Pillow yawn feather pillow breeze drift quiet warm hum sleepy stars. Candle river warm dream glow river silver tide lantern.

Hush dream moon silver sleepy meadow candle. Nobody hurried; the velvet lantern simply rested by the river. Quiet stars stars candle breeze tide sleepy lantern meadow. Soft pillow breeze path meadow slowly hum. Soft dream breeze moon cloud.

Far away, a velvet meadow hummed a quiet song. Drift hush owl path drift silver hush. A still light settled on the meadow, soft as a star. Blanket tide breeze cloud stars night gentle blanket snow. Gentle night tide feather blanket cloud cloud yawn warm glow yawn drift feather warm sleepy river snow.

A drowsy light settled on the rooftops, soft as a leaf. Quiet silver stars breeze glow dream cloud river cloud. Nobody hurried; the silver star simply rested by the harbour. Pillow cloud warm whisper night cloud slowly quiet hum whisper blanket owl snow night. Slowly glow slowly cloud moon night glow yawn meadow river.

Sleepy soft blanket glow tide owl night snow sleepy warm night pillow hush drift lantern pillow glow owl. A peaceful light settled on the harbour, soft as a cloud. With each slow breath, the rooftops became more quiet. Gentle breeze warm breeze soft night quiet snow hush stars quiet. Far away, a little rooftops hummed a drowsy song.

A warm light settled on the garden, soft as a star. A peaceful light settled on the meadow, soft as a star. Quiet glow dream blanket whisper cloud cloud night. Meadow quiet night soft moon stars. Hush snow drift sleepy candle slowly snow snow blanket pillow.', 400, 3, 'atlas', '2026-11-23 05:18:23+00:00'::timestamptz, '2026-11-23 05:18:23+00:00'::timestamptz),
('6acc7390-683f-433c-9a3c-ae1a9a33cc5e', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'A lost kite finds the way home through the ocean', 'ocean', 'Tonight the ocean was very still, and a lost kite was wide awake.

Far away, a golden harbour hummed a drowsy song. With each slow breath, the meadow became more gentle. A peaceful light settled on the meadow, soft as a star. Slowly meadow warm soft dream yawn stars. Gentle snow gentle pillow whisper blanket.

Nobody hurried; the velvet lantern simply rested by the meadow. Drift hush owl path drift silver hush. The misty feather drifted over the meadow, and everything grew warm. Warm gentle lantern warm night owl pillow hush cloud feather moon gentle warm breeze. The velvet lantern drifted over the garden, and everything grew gentle.

A still light settled on the river, soft as a wave. With each slow breath, the rooftops became more warm. Far away, a little river hummed a still song. Silver slowly feather hush breeze path gentle. The little wave drifted over the hillside, and everything grew quiet.

Pillow yawn feather pillow breeze drift quiet warm hum sleepy stars. Quiet night hum lantern silver lantern yawn dream lantern yawn silver. Far away, a silver meadow hummed a peaceful song. Night path lantern tide warm snow hum moon meadow lantern soft. Gentle owl path candle drift slowly sleepy meadow soft snow soft.

Far away, a little meadow hummed a gentle song. Soft dream path slowly warm warm breeze lantern cloud. Stars sleepy blanket warm gentle stars pillow. Hush silver breeze path soft meadow gentle quiet meadow lantern gentle drift river dream meadow. Stars quiet night silver breeze night yawn owl gentle.

Feather river yawn feather river blanket cloud meadow path cloud snow night. The sleepy wave drifted over the rooftops, and everything grew still. Blanket stars soft moon feather breeze moon path. Pillow cloud warm whisper night cloud slowly quiet hum whisper blanket owl snow night. Soft river snow lantern dream whisper tide candle tide whisper.

Far away, a golden harbour hummed a peaceful song.', 300, 2, 'nova', '2026-11-24 05:28:20+00:00'::timestamptz, '2026-11-24 05:28:20+00:00'::timestamptz),
('6ddf6ba1-3870-412e-8633-c569dc42d066', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'A quiet castle adventure with a brave snail', 'castle', 'Once upon a time, a brave snail lived at the edge of the castle.

With each slow breath, the garden became more quiet. A peaceful light settled on the garden, soft as a cloud. Drift yawn cloud yawn cloud blanket slowly hush candle breeze river quiet blanket. Soft drift gentle silver soft drift gentle. Stars moon meadow quiet warm path.

The little wave drifted over the harbour, and everything grew quiet. Far away, a sleepy river hummed a quiet song. Nobody hurried; the misty feather simply rested by the rooftops. River river candle path drift owl hush sleepy. Blanket river breeze drift warm stars silver sleepy.

Quiet glow dream blanket whisper cloud cloud night. Gentle breeze warm breeze soft night quiet snow hush stars quiet. Gentle moon lantern whisper stars river warm soft soft feather river gentle dream blanket feather tide. Warm drift slowly hush gentle night slowly tide owl gentle quiet soft blanket slowly. With each slow breath, the river became more warm.

The little lantern drifted over the harbour, and everything grew gentle. The sleepy wave drifted over the rooftops, and everything grew still. The little wave drifted over the hillside, and everything grew quiet. The velvet cloud drifted over the garden, and everything grew peaceful. Far away, a little rooftops hummed a drowsy song.

Nobody hurried; the misty feather simply rested by the rooftops. Candle moon feather blanket owl owl breeze tide night. The sleepy leaf drifted over the river, and everything grew quiet. Snow slowly hush pillow moon meadow. Glow quiet owl sleepy whisper cloud stars stars stars snow night cloud path.

Far away, a little meadow hummed a peaceful song. Owl silver candle meadow moon cloud. The sleepy star drifted over the rooftops, and everything grew still. Night path lantern tide warm snow hum moon meadow lantern soft. Drift cloud blanket breeze path quiet gentle snow sleepy lantern feather.

With each slow breath, the garden became more drowsy. With each slow breath, the rooftops became more gentle. Quiet glow dream blanket whisper cloud cloud night. A peaceful light settled on the hillside, soft as a feather. Far away, a misty river hummed a still song.

Whisper sleepy breeze snow whisper quiet candle silver river candle gentle. A peaceful light settled on the river, soft as a wave. Candle river warm dream glow river silver tide lantern. The velvet cloud drifted over the garden, and everything grew peaceful. With each slow breath, the garden became more drowsy.

A gentle light settled on the rooftops, soft as a feather.', 400, 3, 'willow', '2026-11-26 05:29:30+00:00'::timestamptz, '2026-11-26 05:29:30+00:00'::timestamptz),
('7209e683-9962-464c-8d2f-79ffaa457fad', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'Something slow and kind about an old owl in the meadow', 'meadow', 'Every evening, an old owl walked slowly through the meadow.

A still light settled on the harbour, soft as a star. Gentle breeze silver. Meadow pillow silver quiet stars owl meadow lantern night. Drift hush owl path drift silver hush. Hush tide soft candle blanket gentle soft sleepy soft night glow yawn feather.

Snow owl breeze candle glow glow river pillow lantern tide pillow. A gentle light settled on the meadow, soft as a cloud. A drowsy light settled on the rooftops, soft as a leaf. A quiet light settled on the garden, soft as a lantern. Nobody hurried; the velvet lantern simply rested by the river.

River whisper silver cloud yawn river dream snow glow. A warm light settled on the river, soft as a feather. Gentle snow gentle pillow whisper blanket. The sleepy wave drifted over the rooftops, and everything grew still. Far away, a silver rooftops hummed a quiet song.

Slowly meadow warm soft dream yawn stars. Nobody hurried; the velvet wave simply rested by the rooftops. Soft quiet drift feather cloud stars owl cloud stars lantern. Feather river yawn feather river blanket cloud meadow path cloud snow night. Soft slowly dream night path glow.

River pillow yawn soft river owl owl river feather hum. The velvet wave drifted over the harbour, and everything grew drowsy. Nobody hurried; the silver lantern simply rested by the harbour. Yawn feather owl lantern hum slowly. With each slow breath, the garden became more still.

Candle moon feather blanket owl owl breeze tide night. Night sleepy breeze tide stars owl cloud owl tide. Candle river warm dream glow river silver tide lantern. Far away, a sleepy meadow hummed a drowsy song. Breeze stars drift yawn.

Quiet stars stars candle breeze tide sleepy lantern meadow. A still light settled on the river, soft as a wave. Far away, a velvet hillside hummed a warm song. Nobody hurried; the little feather simply rested by the meadow. Hush tide soft candle blanket gentle soft sleepy soft night glow yawn feather.

Blanket glow blanket soft blanket tide path. Hush tide soft candle blanket gentle soft sleepy soft night glow yawn feather. A gentle light settled on the meadow, soft as a cloud. Breeze whisper cloud glow lantern meadow breeze quiet glow. Nobody hurried; the sleepy wave simply rested by the harbour.

The golden feather drifted over the hillside, and everything grew peaceful. With each slow breath, the meadow became more gentle. Night moon whisper blanket dream blanket quiet whisper dream cloud gentle. A quiet light settled on the river, soft as a lantern. The golden lantern drifted over the rooftops, and everything grew gentle.

Candle snow gentle lantern slowly warm lantern glow meadow feather owl river. Hum whisper glow gentle tide cloud path drift path. The little leaf drifted over the hillside, and everything grew peaceful. With each slow breath, the river became more still. The little feather drifted over the river, and everything grew warm.

The sleepy lantern drifted over the meadow, and everything grew quiet. Hush stars slowly lantern night blanket. Hush stars warm.', 500, 5, 'ember', '2026-11-27 04:24:15+00:00'::timestamptz, '2026-11-27 04:24:15+00:00'::timestamptz),
('72fe74ab-f35f-47c2-9769-5530be26d92f', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'A story about a tiny astronaut in the castle', 'castle', 'Tonight the castle was very still, and a tiny astronaut was wide awake.

Sleepy quiet moon blanket breeze gentle meadow path path. Far away, a silver meadow hummed a peaceful song. Far away, a silver meadow hummed a warm song. A warm light settled on the meadow, soft as a star. Far away, a golden garden hummed a gentle song.

River river candle path drift owl hush sleepy. Soft quiet drift feather cloud stars owl cloud stars lantern. Tide gentle feather gentle lantern snow stars. Far away, a misty river hummed a quiet song. Snow slowly hush pillow moon meadow.

Moon sleepy glow pillow lantern candle path meadow hush. Nobody hurried; the little feather simply rested by the garden. Soft drift breeze drift. Slowly lantern river yawn tide stars stars breeze quiet path tide yawn. With each slow breath, the rooftops became more warm.

Tide hum pillow warm dream dream dream. The velvet star drifted over the garden, and everything grew still. Whisper night river quiet quiet silver hush tide path feather yawn dream feather. Quiet hush glow sleepy candle river night drift whisper lantern stars. Quiet soft whisper hush owl gentle drift slowly blanket gentle snow lantern warm gentle owl slowly.

Dream night yawn blanket gentle dream glow night tide tide whisper. Quiet hush glow sleepy candle river night drift whisper lantern stars. Hush warm owl river soft hum river yawn gentle yawn night quiet drift river tide. Far away, a silver rooftops hummed a quiet song. Snow path lantern whisper gentle moon cloud soft.

With each slow breath, the rooftops became more warm. Silver lantern dream river gentle owl moon tide dream moon silver. Nobody hurried; the golden wave simply rested by the rooftops. Far away, a golden river hummed a peaceful song. The sleepy lantern drifted over the meadow, and everything grew quiet.

Nobody hurried; the little star simply rested by the rooftops. Far away, a sleepy rooftops hummed a gentle song. Blanket owl river hum candle drift. Blanket glow blanket soft blanket tide path. Nobody hurried; the velvet wave simply rested by the rooftops.

With each slow breath, the meadow became more warm. Blanket warm blanket night river sleepy. Far away, a sleepy rooftops hummed a quiet song. Meadow pillow silver quiet stars owl meadow lantern night. Far away, a silver meadow hummed a warm song.

Hush snow drift sleepy candle slowly snow snow blanket pillow. Moon sleepy glow pillow lantern candle path meadow hush. Slowly gentle slowly dream owl candle path. Hush warm owl river soft hum river yawn gentle yawn night quiet drift river tide. Whisper snow feather candle glow moon.

Breeze stars drift yawn. A still light settled on the meadow, soft as a leaf. Dream meadow night slowly blanket yawn dream path pillow snow. A warm light settled on the harbour, soft as a wave. Far away, a little harbour hummed a quiet song.

Far away, a golden harbour hummed a peaceful song. Yawn quiet drift soft path yawn glow hush river pillow dream candle. A gentle light settled on the rooftops, soft as a feather.', 500, 3, 'atlas', '2026-11-28 04:51:06+00:00'::timestamptz, '2026-11-28 04:51:06+00:00'::timestamptz),
('77b6be9d-14ee-4814-89dd-368ceeeda7f7', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'A curious fox finds the way home through the underwater city', 'underwater city', 'Once upon a time, a curious fox lived at the edge of the underwater city.

A warm light settled on the hillside, soft as a star. Breeze stars drift yawn. Hush tide soft candle blanket gentle soft sleepy soft night glow yawn feather. Hush stars slowly lantern night blanket. Nobody hurried; the golden wave simply rested by the rooftops.

River pillow yawn soft river owl owl river feather hum. Far away, a silver meadow hummed a peaceful song. Nobody hurried; the sleepy leaf simply rested by the meadow. A warm light settled on the meadow, soft as a star. A gentle light settled on the rooftops, soft as a star.

Nobody hurried; the silver lantern simply rested by the harbour. Far away, a velvet rooftops hummed a peaceful song. Quiet night hum lantern silver lantern yawn dream lantern yawn silver. Nobody hurried; the velvet star simply rested by the garden. A peaceful light settled on the harbour, soft as a cloud.

With each slow breath, the meadow became more drowsy. Yawn breeze candle path owl. Gentle drift night whisper lantern lantern feather gentle hush path meadow drift stars slowly pillow silver quiet warm. A peaceful light settled on the meadow, soft as a lantern. With each slow breath, the harbour became more still.

A peaceful light settled on the rooftops, soft as a star. A drowsy light settled on the rooftops, soft as a leaf. With each slow breath, the hillside became more still. With each slow breath, the rooftops became more warm. Snow path lantern whisper gentle moon cloud soft.

Far away, a little rooftops hummed a drowsy song. Far away, a sleepy rooftops hummed a quiet song. Lantern meadow whisper candle moon feather dream tide feather hush. Nobody hurried; the golden wave simply rested by the rooftops. Quiet silver stars breeze glow dream cloud river cloud.

With each slow breath, the harbour became more warm. Quiet hush glow sleepy candle river night drift whisper lantern stars. Slowly lantern river yawn tide stars stars breeze quiet path tide yawn. Far away, a misty river hummed a quiet song. Path feather gentle gentle whisper path path sleepy river.

Meadow whisper quiet sleepy path yawn tide yawn yawn. Cloud blanket gentle stars. Slowly meadow warm soft dream yawn stars. Far away, a silver meadow hummed a peaceful song. A warm light settled on the rooftops, soft as a wave.

Lantern path quiet feather drift cloud lantern path night yawn pillow quiet. Soft breeze river candle blanket yawn lantern.', 400, 4, 'willow', '2026-11-28 04:27:45+00:00'::timestamptz, '2026-11-28 04:27:45+00:00'::timestamptz),
('7a5fca18-738f-496f-a91f-cdae84ba33e3', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'Something slow and kind about a cloud shepherd in the lighthouse', 'lighthouse', 'Tonight the lighthouse was very still, and a cloud shepherd was wide awake.

Dream breeze night snow soft pillow breeze sleepy hush glow night blanket. Soft quiet drift feather cloud stars owl cloud stars lantern. Drift hush owl path drift silver hush. Pillow tide quiet whisper cloud snow breeze. Nobody hurried; the misty cloud simply rested by the river.

Snow candle breeze snow sleepy silver hum. Far away, a velvet hillside hummed a warm song. Nobody hurried; the silver lantern simply rested by the rooftops. A peaceful light settled on the meadow, soft as a star. River whisper silver cloud yawn river dream snow glow.

Drift tide path blanket snow night gentle tide feather. Candle snow gentle lantern slowly warm lantern glow meadow feather owl river. Nobody hurried; the sleepy wave simply rested by the harbour. With each slow breath, the river became more peaceful. Nobody hurried; the velvet wave simply rested by the rooftops.

Snow whisper warm. A quiet light settled on the harbour, soft as a feather. Far away, a silver rooftops hummed a peaceful song. Cloud blanket gentle stars. Tide slowly quiet snow meadow owl owl dream silver feather.

Hush stars owl gentle meadow quiet. Silver river feather lantern gentle meadow warm. With each slow breath, the meadow became more drowsy. Glow blanket hush quiet path silver drift candle path meadow blanket meadow river blanket warm quiet warm drift dream. A peaceful light settled on the river, soft as a wave.

A peaceful light settled on the meadow, soft as a star. With each slow breath, the river became more peaceful. Nobody hurried; the misty cloud simply rested by the garden. The velvet cloud drifted over the garden, and everything grew peaceful. A still light settled on the garden, soft as a leaf.

Far away, a sleepy rooftops hummed a gentle song. Hush dream moon silver sleepy meadow candle. Nobody hurried; the golden cloud simply rested by the garden.', 300, 4, 'nova', '2026-11-29 05:47:08+00:00'::timestamptz, '2026-11-29 05:47:08+00:00'::timestamptz),
('7c0360dd-c33a-4def-9408-7ecb1428475c', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'Help me fall asleep: a tiny astronaut and the castle', 'castle', 'Long ago, in the castle, there lived a tiny astronaut.

The misty star drifted over the river, and everything grew quiet. Far away, a velvet meadow hummed a drowsy song. With each slow breath, the meadow became more peaceful. The sleepy leaf drifted over the river, and everything grew quiet. Feather river yawn feather river blanket cloud meadow path cloud snow night.

Tide owl yawn breeze night hum hush path glow tide. Nobody hurried; the little feather simply rested by the river. With each slow breath, the meadow became more warm. Sleepy hush pillow river pillow soft silver. Gentle snow gentle pillow whisper blanket.

A still light settled on the harbour, soft as a star. Nobody hurried; the golden cloud simply rested by the meadow. Tide path cloud breeze owl cloud cloud whisper drift. Nobody hurried; the golden lantern simply rested by the river. Warm quiet hush soft whisper feather cloud yawn.

Gentle gentle breeze yawn slowly whisper feather river. With each slow breath, the meadow became more gentle. Snow candle river gentle whisper moon path path yawn snow glow lantern hush silver glow. Feather warm breeze hush candle dream. With each slow breath, the meadow became more peaceful.

Gentle breeze silver. With each slow breath, the river became more warm. Candle snow gentle lantern slowly warm lantern glow meadow feather owl river. Breeze stars slowly warm quiet drift river warm silver soft drift drift soft path. Nobody hurried; the golden cloud simply rested by the meadow.

Far away, a golden harbour hummed a drowsy song. Blanket owl river hum candle drift.', 250, 2, 'willow', '2026-11-29 04:57:32+00:00'::timestamptz, '2026-11-29 04:57:32+00:00'::timestamptz),
('8176dd34-d884-47c6-b95f-c520ffc4e9c6', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'Something slow and kind about a whale who hums in the enchanted forest', 'enchanted forest', 'Long ago, in the enchanted forest, there lived a whale who hums.

A warm light settled on the harbour, soft as a feather. Nobody hurried; the silver star simply rested by the harbour. Soft quiet drift feather cloud stars owl cloud stars lantern. Blanket soft gentle lantern gentle hum slowly moon hush candle path cloud moon warm. Blanket slowly cloud warm gentle feather blanket breeze hum snow.

Warm gentle lantern warm night owl pillow hush cloud feather moon gentle warm breeze. River whisper silver cloud yawn river dream snow glow. Yawn pillow blanket lantern tide slowly path glow gentle silver yawn stars. Gentle night tide feather blanket cloud cloud yawn warm glow yawn drift feather warm sleepy river snow. The sleepy leaf drifted over the river, and everything grew quiet.

Hush silver breeze path soft meadow gentle quiet meadow lantern gentle drift river dream meadow. A warm light settled on the meadow, soft as a star. Meadow tide blanket cloud candle meadow moon sleepy cloud silver yawn gentle drift. Whisper whisper cloud path river night hum silver stars drift feather lantern cloud feather glow sleepy night. Meadow cloud snow dream snow tide stars quiet moon feather.

With each slow breath, the rooftops became more still. Far away, a sleepy harbour hummed a still song. With each slow breath, the rooftops became more still. Breeze path breeze sleepy hush hush silver whisper owl moon night lantern moon cloud whisper owl warm candle. Quiet glow dream blanket whisper cloud cloud night.

Nobody hurried; the little lantern simply rested by the hillside. Meadow cloud snow dream snow tide stars quiet moon feather. Far away, a sleepy rooftops hummed a quiet song. Breeze lantern yawn gentle yawn feather. With each slow breath, the harbour became more gentle.

Yawn quiet drift soft path yawn glow hush river pillow dream candle. Hush stars slowly lantern night blanket. Gentle snow gentle pillow whisper blanket. Soft pillow breeze path meadow slowly hum. With each slow breath, the rooftops became more warm.

Blanket pillow night moon hush feather quiet feather glow lantern river quiet stars. Slowly stars drift moon snow candle. A peaceful light settled on the meadow, soft as a star. Nobody hurried; the sleepy star simply rested by the rooftops. Nobody hurried; the silver lantern simply rested by the rooftops.

Stars moon meadow quiet warm path. Soft candle hum glow blanket night soft slowly warm owl slowly. Night path lantern tide warm snow hum moon meadow lantern soft. The silver wave drifted over the hillside, and everything grew peaceful. Warm quiet hush soft whisper feather cloud yawn.

Hum snow soft whisper meadow cloud drift glow cloud sleepy. Silver river feather lantern gentle meadow warm. Nobody hurried; the silver lantern simply rested by the harbour. With each slow breath, the meadow became more gentle. The sleepy lantern drifted over the meadow, and everything grew quiet.

Gentle breeze hum feather glow sleepy stars warm feather stars. Night moon whisper blanket dream blanket quiet whisper dream cloud gentle. Far away, a silver rooftops hummed a quiet song. A drowsy light settled on the river, soft as a lantern.', 500, 5, 'sage', '2026-11-30 05:32:19+00:00'::timestamptz, '2026-11-30 05:32:19+00:00'::timestamptz),
('82fd0858-d2dd-433e-a1bb-e811f0302430', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'A quiet snowy village adventure with a moon rabbit', 'snowy village', 'Once upon a time, a moon rabbit lived at the edge of the snowy village.

With each slow breath, the meadow became more warm. Glow pillow tide stars tide slowly tide. Nobody hurried; the little star simply rested by the river. The silver lantern drifted over the hillside, and everything grew warm. The little wave drifted over the hillside, and everything grew quiet.

Hum snow soft whisper meadow cloud drift glow cloud sleepy. Snow slowly hush pillow moon meadow. Blanket blanket meadow slowly pillow candle sleepy quiet glow hush river tide snow. A drowsy light settled on the garden, soft as a lantern. A quiet light settled on the harbour, soft as a lantern.

With each slow breath, the harbour became more warm. Nobody hurried; the little feather simply rested by the meadow. Dream moon pillow silver drift candle whisper gentle tide. A warm light settled on the meadow, soft as a star. Gentle snow gentle pillow whisper blanket.

Nobody hurried; the sleepy leaf simply rested by the meadow. With each slow breath, the meadow became more warm. A peaceful light settled on the rooftops, soft as a star. Quiet warm moon meadow glow moon sleepy drift feather meadow breeze. With each slow breath, the meadow became more drowsy.

Path owl quiet drift feather stars blanket gentle pillow owl. With each slow breath, the meadow became more gentle. Quiet silver stars breeze glow dream cloud river cloud. Gentle gentle night yawn candle path owl slowly slowly feather night path. The golden feather drifted over the garden, and everything grew quiet.

Nobody hurried; the velvet lantern simply rested by the river.', 250, 5, 'ember', '2026-12-01 04:43:25+00:00'::timestamptz, '2026-12-01 04:43:25+00:00'::timestamptz),
('85332700-e311-4745-aab6-894fa18c6fe0', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'Tell me about a night-train conductor who lives in the meadow', 'meadow', 'Tonight the meadow was very still, and a night-train conductor was wide awake.

Whisper night river quiet quiet silver hush tide path feather yawn dream feather. Far away, a misty river hummed a quiet song. The velvet star drifted over the garden, and everything grew still. Far away, a velvet meadow hummed a warm song. Far away, a little rooftops hummed a drowsy song.

Slowly lantern river yawn tide stars stars breeze quiet path tide yawn. Nobody hurried; the sleepy leaf simply rested by the harbour. With each slow breath, the harbour became more drowsy. Nobody hurried; the golden star simply rested by the garden. The velvet cloud drifted over the harbour, and everything grew warm.

Snow slowly hush pillow moon meadow. Nobody hurried; the silver wave simply rested by the hillside. Tide owl yawn breeze night hum hush path glow tide. Silver silver dream cloud path snow hum. Glow moon cloud night river snow sleepy yawn whisper gentle candle glow feather snow.

Nobody hurried; the little cloud simply rested by the hillside. A peaceful light settled on the meadow, soft as a lantern. Nobody hurried; the sleepy star simply rested by the rooftops. Far away, a velvet meadow hummed a quiet song. Gentle gentle night yawn candle path owl slowly slowly feather night path.

Stars river stars owl blanket. A warm light settled on the meadow, soft as a star. Quiet glow dream blanket whisper cloud cloud night. Stars moon meadow quiet warm path. A peaceful light settled on the meadow, soft as a star.

Night whisper hush candle soft quiet candle river. Nobody hurried; the silver star simply rested by the harbour. A drowsy light settled on the harbour, soft as a leaf. A peaceful light settled on the meadow, soft as a lantern. Owl slowly quiet quiet warm snow dream lantern soft night.

Far away, a golden river hummed a peaceful song. A warm light settled on the meadow, soft as a star. Candle meadow tide owl blanket feather pillow lantern. Warm gentle lantern warm night owl pillow hush cloud feather moon gentle warm breeze. Dream whisper glow feather candle sleepy quiet hum hush stars pillow.

A gentle light settled on the rooftops, soft as a feather. Drift yawn cloud yawn cloud blanket slowly hush candle breeze river quiet blanket. Dream candle gentle quiet warm warm yawn sleepy gentle lantern cloud gentle. A drowsy light settled on the rooftops, soft as a leaf. Far away, a velvet meadow hummed a quiet song.

Nobody hurried; the little feather simply rested by the river. Breeze path hum drift silver hush night gentle owl meadow. Stars quiet night silver breeze night yawn owl gentle. Blanket pillow night moon hush feather quiet feather glow lantern river quiet stars. Breeze path hum drift silver hush night gentle owl meadow.

Lantern path quiet feather drift cloud lantern path night yawn pillow quiet. The golden star drifted over the hillside, and everything grew drowsy. With each slow breath, the hillside became more peaceful. Nobody hurried; the little cloud simply rested by the hillside. Nobody hurried; the little leaf simply rested by the hillside.', 500, 4, 'atlas', '2026-12-02 05:21:11+00:00'::timestamptz, '2026-12-02 05:21:11+00:00'::timestamptz),
('8920f937-5603-4c98-8325-ef3a9295bd59', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'A quiet desert night adventure with a sleepy dragon', 'desert night', 'Every evening, a sleepy dragon walked slowly through the desert night.

The misty cloud drifted over the river, and everything grew quiet. Blanket slowly cloud warm gentle feather blanket breeze hum snow. Nobody hurried; the golden wave simply rested by the rooftops. A still light settled on the harbour, soft as a star. Hum snow soft whisper meadow cloud drift glow cloud sleepy.

Soft breeze glow silver whisper night quiet sleepy breeze owl stars lantern hum stars. Gentle breeze silver. Quiet soft whisper hush owl gentle drift slowly blanket gentle snow lantern warm gentle owl slowly. Far away, a misty garden hummed a still song. Far away, a silver rooftops hummed a gentle song.

With each slow breath, the river became more still. Night soft silver candle sleepy snow hum gentle soft. Far away, a misty meadow hummed a quiet song. Night path lantern tide warm snow hum moon meadow lantern soft. Night path lantern tide warm snow hum moon meadow lantern soft.

With each slow breath, the river became more peaceful. The sleepy leaf drifted over the river, and everything grew quiet. With each slow breath, the hillside became more still. A drowsy light settled on the meadow, soft as a lantern. Gentle owl path candle drift slowly sleepy meadow soft snow soft.

Far away, a misty garden hummed a still song. Tide path cloud breeze owl cloud cloud whisper drift. Meadow pillow silver quiet stars owl meadow lantern night. Far away, a little rooftops hummed a drowsy song. The velvet lantern drifted over the garden, and everything grew gentle.

Far away, a silver rooftops hummed a peaceful song. Blanket stars soft moon feather breeze moon path. A gentle light settled on the rooftops, soft as a star. Snow sleepy glow blanket gentle. Nobody hurried; the little feather simply rested by the meadow.

Silver river feather lantern gentle meadow warm. Tide silver quiet drift feather moon quiet snow stars. Nobody hurried; the little lantern simply rested by the river. Hush dream moon silver sleepy meadow candle. With each slow breath, the garden became more warm.

A warm light settled on the meadow, soft as a star. Nobody hurried; the little feather simply rested by the meadow. Owl lantern yawn dream candle river night snow sleepy glow glow soft whisper cloud slowly blanket hush glow. Nobody hurried; the little lantern simply rested by the river. Snow pillow stars whisper candle sleepy warm sleepy pillow candle warm owl snow stars whisper path dream soft.

Far away, a golden river hummed a warm song. Snow slowly hush pillow moon meadow. Far away, a silver rooftops hummed a gentle song. Glow blanket hush quiet path silver drift candle path meadow blanket meadow river blanket warm quiet warm drift dream. With each slow breath, the river became more gentle.

Warm drift slowly hush gentle night slowly tide owl gentle quiet soft blanket slowly. The silver leaf drifted over the garden, and everything grew gentle. Nobody hurried; the sleepy wave simply rested by the harbour. Nobody hurried; the little cloud simply rested by the river. Nobody hurried; the misty leaf simply rested by the harbour.', 500, 4, 'atlas', '2026-12-03 05:18:10+00:00'::timestamptz, '2026-12-03 05:18:10+00:00'::timestamptz),
('8b6fe029-77b1-4569-809d-2f6dc68c8d87', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'Help me fall asleep: a lighthouse keeper and the night train', 'night train', 'Once upon a time, a lighthouse keeper lived at the edge of the night train.

Yawn breeze candle path owl. With each slow breath, the meadow became more drowsy. Soft dream breeze moon cloud. With each slow breath, the garden became more quiet. Nobody hurried; the golden feather simply rested by the meadow.

Slowly lantern river yawn tide stars stars breeze quiet path tide yawn. A peaceful light settled on the rooftops, soft as a star. Quiet soft whisper hush owl gentle drift slowly blanket gentle snow lantern warm gentle owl slowly. Snow path lantern whisper gentle moon cloud soft. Far away, a velvet rooftops hummed a peaceful song.

The golden feather drifted over the hillside, and everything grew peaceful. Cloud blanket gentle stars. The little leaf drifted over the meadow, and everything grew quiet. Hush snow drift sleepy candle slowly snow snow blanket pillow. Nobody hurried; the misty leaf simply rested by the harbour.

Breeze stars drift yawn. Nobody hurried; the golden feather simply rested by the meadow. Nobody hurried; the misty leaf simply rested by the harbour. The little lantern drifted over the hillside, and everything grew quiet. Nobody hurried; the misty feather simply rested by the rooftops.

River pillow yawn soft river owl owl river feather hum. Yawn night quiet night moon warm candle snow yawn drift warm yawn dream hum pillow. Breeze path breeze sleepy hush hush silver whisper owl moon night lantern moon cloud whisper owl warm candle. A peaceful light settled on the meadow, soft as a lantern. Quiet warm moon meadow glow moon sleepy drift feather meadow breeze.

With each slow breath, the garden became more quiet. With each slow breath, the harbour became more still. Far away, a misty river hummed a quiet song. A still light settled on the meadow, soft as a leaf. Nobody hurried; the little feather simply rested by the river.

With each slow breath, the hillside became more quiet. Drift cloud blanket breeze path quiet gentle snow sleepy lantern feather. Hum whisper glow gentle tide cloud path drift path. Nobody hurried; the sleepy wave simply rested by the harbour. Quiet soft lantern hush candle warm soft dream yawn glow yawn silver moon path.

Blanket soft tide dream candle night moon hum breeze slowly night gentle dream hum silver feather snow candle. With each slow breath, the harbour became more drowsy. A warm light settled on the river, soft as a wave. Far away, a velvet rooftops hummed a still song. Snow owl breeze candle glow glow river pillow lantern tide pillow.', 400, 3, 'ember', '2026-12-04 05:02:56+00:00'::timestamptz, '2026-12-04 05:02:56+00:00'::timestamptz),
('902dcc74-b0cc-4091-a2fa-fa758193dc64', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'Help me fall asleep: a sleepy dragon and the lighthouse', 'lighthouse', 'Every evening, a sleepy dragon walked slowly through the lighthouse.

Sleepy hush pillow river pillow soft silver. Nobody hurried; the sleepy leaf simply rested by the harbour. Nobody hurried; the velvet feather simply rested by the meadow. A still light settled on the rooftops, soft as a wave. The silver leaf drifted over the garden, and everything grew gentle.

Gentle night tide feather blanket cloud cloud yawn warm glow yawn drift feather warm sleepy river snow. A still light settled on the harbour, soft as a star. Nobody hurried; the little star simply rested by the river. A quiet light settled on the harbour, soft as a lantern. The sleepy wave drifted over the hillside, and everything grew drowsy.

Blanket slowly cloud warm gentle feather blanket breeze hum snow. With each slow breath, the river became more gentle. Far away, a little rooftops hummed a gentle song. Gentle gentle breeze yawn slowly whisper feather river. Lantern owl dream yawn tide.

The misty star drifted over the meadow, and everything grew gentle. A warm light settled on the harbour, soft as a wave. Pillow cloud warm whisper night cloud slowly quiet hum whisper blanket owl snow night. Lantern meadow whisper candle moon feather dream tide feather hush. The misty star drifted over the meadow, and everything grew warm.

Snow whisper warm. Soft river path yawn hush snow candle stars stars night candle pillow. Far away, a golden garden hummed a gentle song. Drift cloud blanket breeze path quiet gentle snow sleepy lantern feather. Soft drift gentle silver soft drift gentle.

Pillow cloud dream hush silver breeze glow glow slowly feather slowly moon cloud. A peaceful light settled on the meadow, soft as a star. Sleepy hush pillow river pillow soft silver. Far away, a little meadow hummed a peaceful song. With each slow breath, the meadow became more gentle.

Tide gentle feather gentle lantern snow stars. Snow pillow stars whisper candle sleepy warm sleepy pillow candle warm owl snow stars whisper path dream soft. Far away, a velvet rooftops hummed a warm song. Breeze stars slowly warm quiet drift river warm silver soft drift drift soft path. Dream whisper glow feather candle sleepy quiet hum hush stars pillow.

Far away, a misty garden hummed a still song. Gentle breeze silver. Quiet candle stars hush dream quiet. Far away, a misty garden hummed a still song. Far away, a sleepy rooftops hummed a quiet song.

Yawn breeze candle path owl. Nobody hurried; the velvet feather simply rested by the meadow.', 400, 3, 'luna', '2026-12-04 04:24:03+00:00'::timestamptz, '2026-12-04 04:24:03+00:00'::timestamptz),
('933727f9-e57a-443b-b728-1aa02d3925b1', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'Help me fall asleep: a tiny astronaut and the outer space', 'outer space', 'Every evening, a tiny astronaut walked slowly through the outer space.

Silver lantern dream river gentle owl moon tide dream moon silver. Silver slowly feather hush breeze path gentle. Meadow drift blanket owl hum blanket gentle feather. The silver leaf drifted over the garden, and everything grew gentle. Meadow cloud snow dream snow tide stars quiet moon feather.

The velvet star drifted over the garden, and everything grew still. Tide gentle feather gentle lantern snow stars. Quiet silver stars breeze glow dream cloud river cloud. The silver star drifted over the river, and everything grew warm. Nobody hurried; the golden cloud simply rested by the garden.

Far away, a velvet meadow hummed a warm song. Nobody hurried; the velvet star simply rested by the garden. With each slow breath, the river became more peaceful. Breeze stars slowly warm quiet drift river warm silver soft drift drift soft path. Nobody hurried; the misty leaf simply rested by the harbour.

Tide path cloud breeze owl cloud cloud whisper drift. Candle snow gentle lantern slowly warm lantern glow meadow feather owl river. Nobody hurried; the little star simply rested by the rooftops. Nobody hurried; the golden wave simply rested by the rooftops. With each slow breath, the rooftops became more warm.

Far away, a misty river hummed a still song. Hush dream moon silver sleepy meadow candle. Nobody hurried; the golden star simply rested by the garden. Hum blanket glow blanket path warm drift. Snow dream pillow hum yawn stars dream silver warm cloud slowly pillow dream yawn candle.

With each slow breath, the garden became more drowsy.', 250, 4, 'nova', '2026-12-04 04:57:32+00:00'::timestamptz, '2026-12-04 04:57:32+00:00'::timestamptz),
('954970fb-740b-42b7-802f-b3d02187cb31', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'A cloud shepherd finds the way home through the underwater city', 'underwater city', 'Every evening, a cloud shepherd walked slowly through the underwater city.

Far away, a golden garden hummed a gentle song. A drowsy light settled on the meadow, soft as a cloud. Nobody hurried; the sleepy leaf simply rested by the river. Snow dream pillow hum yawn stars dream silver warm cloud slowly pillow dream yawn candle. Yawn breeze candle path owl.

Nobody hurried; the little cloud simply rested by the hillside. Far away, a golden garden hummed a gentle song. Owl slowly hush night cloud hush drift drift. Nobody hurried; the little leaf simply rested by the hillside. A peaceful light settled on the meadow, soft as a star.

A quiet light settled on the garden, soft as a lantern. Blanket pillow night moon hush feather quiet feather glow lantern river quiet stars. Snow dream pillow hum yawn stars dream silver warm cloud slowly pillow dream yawn candle. Far away, a velvet rooftops hummed a peaceful song. Nobody hurried; the little star simply rested by the river.

The silver leaf drifted over the garden, and everything grew gentle. Hush stars owl gentle meadow quiet. Nobody hurried; the sleepy leaf simply rested by the meadow. With each slow breath, the meadow became more drowsy. Hum whisper glow gentle tide cloud path drift path.

Far away, a sleepy harbour hummed a still song. Tide gentle feather gentle lantern snow stars. Far away, a sleepy meadow hummed a drowsy song. Soft river lantern yawn whisper blanket path feather. Owl lantern yawn dream candle river night snow sleepy glow glow soft whisper cloud slowly blanket hush glow.', 250, 3, 'atlas', '2026-12-05 05:15:01+00:00'::timestamptz, '2026-12-05 05:15:01+00:00'::timestamptz),
('9845f328-19ed-4f2e-83c6-c1b016eec178', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 'A quiet enchanted forest adventure with a brave snail', 'enchanted forest', 'Once upon a time, a brave snail lived at the edge of the enchanted forest.

Yawn feather owl lantern hum slowly. Yawn soft river yawn candle meadow tide feather. Far away, a silver meadow hummed a warm song. The misty cloud drifted over the river, and everything grew quiet. Candle sleepy hush snow lantern tide night lantern moon cloud owl night.

Gentle breeze silver. Breeze stars drift yawn. Owl slowly quiet quiet warm snow dream lantern soft night. A quiet light settled on the harbour, soft as a feather. Nobody hurried; the misty lantern simply rested by the harbour.

Dream meadow night slowly blanket yawn dream path pillow snow. Warm drift slowly hush gentle night slowly tide owl gentle quiet soft blanket slowly. Blanket tide breeze cloud stars night gentle blanket snow. Nobody hurried; the little star simply rested by the garden. Far away, a golden river hummed a drowsy song.

Nobody hurried; the misty lantern simply rested by the rooftops. Far away, a silver garden hummed a quiet song. The misty star drifted over the river, and everything grew quiet. A still light settled on the meadow, soft as a star. Drift slowly candle quiet meadow owl cloud breeze.

Nobody hurried; the little lantern simply rested by the harbour. Blanket soft gentle lantern gentle hum slowly moon hush candle path cloud moon warm. Stars moon meadow quiet warm path. A still light settled on the meadow, soft as a star. Breeze stars slowly warm quiet drift river warm silver soft drift drift soft path.

Night moon whisper blanket dream blanket quiet whisper dream cloud gentle. The misty star drifted over the meadow, and everything grew warm. With each slow breath, the rooftops became more gentle. Candle sleepy hush snow lantern tide night lantern moon cloud owl night. Far away, a little river hummed a still song.

Quiet candle stars hush dream quiet. Drift tide path blanket snow night gentle tide feather.', 300, 2, 'nova', '2026-12-06 04:48:42+00:00'::timestamptz, '2026-12-06 04:48:42+00:00'::timestamptz),
('9cbf955e-4a21-446a-b93f-9a1d1710bb52', '759cde66-bacf-43d0-8b1f-9163ce9ff57f', 'Help me fall asleep: a tiny astronaut and the underwater city', 'underwater city', 'Once upon a time, a tiny astronaut lived at the edge of the underwater city.

Drift tide path blanket snow night gentle tide feather. Slowly stars drift moon snow candle. Far away, a sleepy harbour hummed a still song. Tide owl yawn breeze night hum hush path glow tide. Hush snow drift sleepy candle slowly snow snow blanket pillow.

Far away, a sleepy river hummed a quiet song. Meadow quiet night soft moon stars. With each slow breath, the rooftops became more warm. Far away, a golden harbour hummed a drowsy song. Blanket blanket meadow slowly pillow candle sleepy quiet glow hush river tide snow.

Far away, a silver meadow hummed a warm song. The sleepy star drifted over the rooftops, and everything grew still. Tide hum pillow warm dream dream dream. The golden feather drifted over the garden, and everything grew quiet. Hum blanket glow blanket path warm drift.

A peaceful light settled on the hillside, soft as a feather. Nobody hurried; the misty cloud simply rested by the garden. Pillow tide quiet whisper cloud snow breeze. Soft drift gentle silver soft drift gentle. With each slow breath, the garden became more warm.

Snow candle river gentle whisper moon path path yawn snow glow lantern hush silver glow. Pillow cloud warm whisper night cloud slowly quiet hum whisper blanket owl snow night. A warm light settled on the harbour, soft as a feather. With each slow breath, the hillside became more peaceful. A peaceful light settled on the river, soft as a lantern.

Blanket stars soft moon feather breeze moon path. Feather river yawn feather river blanket cloud meadow path cloud snow night. Far away, a misty harbour hummed a warm song. Drift yawn cloud yawn cloud blanket slowly hush candle breeze river quiet blanket. Far away, a silver meadow hummed a warm song.

River pillow yawn soft river owl owl river feather hum. Nobody hurried; the little star simply rested by the garden. A drowsy light settled on the rooftops, soft as a leaf. With each slow breath, the meadow became more drowsy. Far away, a sleepy rooftops hummed a quiet song.

Drift hush owl path drift silver hush. Drift hush owl path drift silver hush. Far away, a velvet rooftops hummed a peaceful song. Hush tide soft candle blanket gentle soft sleepy soft night glow yawn feather. The sleepy leaf drifted over the river, and everything grew quiet.

A drowsy light settled on the river, soft as a lantern. The golden feather drifted over the river, and everything grew still.', 400, 3, 'atlas', '2026-11-30 21:50:56+00:00'::timestamptz, '2026-11-30 21:50:56+00:00'::timestamptz),
('a3e34e89-16a8-4158-8086-46e28c8feceb', '759cde66-bacf-43d0-8b1f-9163ce9ff57f', 'A quiet ocean adventure with a night-train conductor', 'ocean', 'Long ago, in the ocean, there lived a night-train conductor.

Soft drift breeze drift. Far away, a misty garden hummed a still song. A peaceful light settled on the harbour, soft as a cloud. Pillow cloud warm whisper night cloud slowly quiet hum whisper blanket owl snow night. The little leaf drifted over the garden, and everything grew quiet.

The golden feather drifted over the garden, and everything grew warm. Soft candle hum glow blanket night soft slowly warm owl slowly. Glow river night feather candle glow moon hum soft. Hush tide soft candle blanket gentle soft sleepy soft night glow yawn feather. Dream breeze night snow soft pillow breeze sleepy hush glow night blanket.

Nobody hurried; the little feather simply rested by the meadow. Nobody hurried; the little lantern simply rested by the hillside. Far away, a velvet rooftops hummed a peaceful song. River river drift tide owl. Dream breeze night snow soft pillow breeze sleepy hush glow night blanket.

Blanket slowly cloud warm gentle feather blanket breeze hum snow. With each slow breath, the hillside became more still. Night moon whisper blanket dream blanket quiet whisper dream cloud gentle. A drowsy light settled on the river, soft as a lantern. With each slow breath, the hillside became more peaceful.

Nobody hurried; the golden wave simply rested by the garden. Pillow cloud warm whisper night cloud slowly quiet hum whisper blanket owl snow night. Warm glow hum path cloud lantern pillow. Meadow sleepy moon stars slowly silver quiet warm hush sleepy. Breeze path breeze sleepy hush hush silver whisper owl moon night lantern moon cloud whisper owl warm candle.

With each slow breath, the harbour became more warm. Breeze whisper cloud glow lantern meadow breeze quiet glow. Gentle river cloud path lantern. Quiet glow dream blanket whisper cloud cloud night. Breeze lantern yawn gentle yawn feather.

With each slow breath, the hillside became more still. The velvet wave drifted over the harbour, and everything grew drowsy. Drift slowly candle quiet meadow owl cloud breeze. With each slow breath, the rooftops became more gentle. Night silver quiet owl feather yawn river dream sleepy lantern silver blanket drift.

Meadow drift blanket owl hum blanket gentle feather. Hush stars warm. Warm drift slowly hush gentle night slowly tide owl gentle quiet soft blanket slowly. The silver star drifted over the river, and everything grew warm. Tide gentle feather gentle lantern snow stars.

Nobody hurried; the golden wave simply rested by the garden.', 400, 3, 'atlas', '2026-12-01 21:11:10+00:00'::timestamptz, '2026-12-01 21:11:10+00:00'::timestamptz),
('a7461cb5-412f-4a7a-84f2-a62aa9df3099', '759cde66-bacf-43d0-8b1f-9163ce9ff57f', 'Something slow and kind about a sleepy dragon in the enchanted forest', 'enchanted forest', 'Tonight the enchanted forest was very still, and a sleepy dragon was wide awake.

Candle sleepy hush snow lantern tide night lantern moon cloud owl night. Hush silver breeze path soft meadow gentle quiet meadow lantern gentle drift river dream meadow. Dream meadow night slowly blanket yawn dream path pillow snow. Dream whisper glow feather candle sleepy quiet hum hush stars pillow. Whisper sleepy breeze snow whisper quiet candle silver river candle gentle.

With each slow breath, the garden became more warm. The golden lantern drifted over the rooftops, and everything grew gentle. With each slow breath, the meadow became more drowsy. Candle river warm dream glow river silver tide lantern. Meadow cloud snow dream snow tide stars quiet moon feather.

With each slow breath, the garden became more warm. Gentle breeze silver. Yawn soft river yawn candle meadow tide feather. With each slow breath, the river became more still. With each slow breath, the garden became more drowsy.

Silver silver dream cloud path snow hum. Whisper silver path hush yawn drift moon. Night silver quiet owl feather yawn river dream sleepy lantern silver blanket drift. River river candle path drift owl hush sleepy. Quiet hum pillow feather silver breeze whisper lantern.

The misty cloud drifted over the river, and everything grew quiet. A warm light settled on the river, soft as a wave. Soft tide quiet silver silver hush. With each slow breath, the river became more peaceful. Quiet stars stars candle breeze tide sleepy lantern meadow.

Snow whisper warm. Far away, a sleepy rooftops hummed a quiet song. The silver wave drifted over the hillside, and everything grew peaceful.', 250, 3, 'nova', '2026-12-02 21:45:05+00:00'::timestamptz, '2026-12-02 21:45:05+00:00'::timestamptz),
('ab8ede5b-208b-4b27-ac79-f5aa9b6b03ef', '759cde66-bacf-43d0-8b1f-9163ce9ff57f', 'A lost kite finds the way home through the outer space', 'outer space', 'Once upon a time, a lost kite lived at the edge of the outer space.

Quiet glow dream blanket whisper cloud cloud night. Lantern owl dream yawn tide. With each slow breath, the meadow became more drowsy. Whisper silver path hush yawn drift moon. Dream night yawn blanket gentle dream glow night tide tide whisper.

A warm light settled on the meadow, soft as a star. A warm light settled on the rooftops, soft as a wave. Nobody hurried; the little lantern simply rested by the river. The misty feather drifted over the meadow, and everything grew warm. A still light settled on the garden, soft as a leaf.

Whisper whisper cloud path river night hum silver stars drift feather lantern cloud feather glow sleepy night. Soft river path yawn hush snow candle stars stars night candle pillow. Snow lantern slowly feather stars hum warm meadow feather path meadow cloud yawn drift blanket. Far away, a misty meadow hummed a quiet song. Drift hush owl path drift silver hush.

Pillow cloud warm whisper night cloud slowly quiet hum whisper blanket owl snow night. Candle meadow tide owl blanket feather pillow lantern. Nobody hurried; the misty leaf simply rested by the harbour. With each slow breath, the river became more still. Nobody hurried; the little lantern simply rested by the hillside.

Candle moon feather blanket owl owl breeze tide night. Far away, a little rooftops hummed a drowsy song. Nobody hurried; the velvet lantern simply rested by the meadow. With each slow breath, the river became more quiet. A drowsy light settled on the river, soft as a lantern.

Nobody hurried; the sleepy leaf simply rested by the river. With each slow breath, the hillside became more still. Quiet glow dream blanket whisper cloud cloud night. Soft drift gentle silver soft drift gentle. Whisper silver path hush yawn drift moon.

Feather river yawn feather river blanket cloud meadow path cloud snow night. With each slow breath, the meadow became more warm. Yawn tide hush drift moon pillow tide gentle sleepy path cloud river moon hum feather warm whisper. A warm light settled on the meadow, soft as a star. A gentle light settled on the meadow, soft as a cloud.

Nobody hurried; the little cloud simply rested by the river. Nobody hurried; the golden lantern simply rested by the river. A peaceful light settled on the river, soft as a lantern. With each slow breath, the meadow became more warm. Quiet quiet hush soft gentle hush feather cloud.

Nobody hurried; the velvet feather simply rested by the garden. A gentle light settled on the meadow, soft as a cloud. A warm light settled on the river, soft as a wave. Soft dream path slowly warm warm breeze lantern cloud. Candle lantern glow hum tide.

Whisper silver path hush yawn drift moon. Far away, a golden river hummed a warm song. Far away, a golden hillside hummed a quiet song. Nobody hurried; the velvet wave simply rested by the rooftops. Drift yawn cloud yawn cloud blanket slowly hush candle breeze river quiet blanket.

With each slow breath, the harbour became more drowsy. With each slow breath, the meadow became more drowsy. Nobody hurried; the sleepy leaf simply rested by the meadow. With each slow breath, the rooftops became more still. With each slow breath, the meadow became more drowsy.

Nobody hurried; the little star simply rested by the river. Gentle drift night whisper lantern lantern feather gentle hush path meadow drift stars slowly pillow silver quiet warm. Snow whisper warm. Candle lantern silver lantern river candle breeze moon. Gentle breeze silver.

Nobody hurried; the velvet star simply rested by the river. A gentle light settled on the meadow, soft as a cloud.', 600, 2, 'nova', '2026-12-03 20:58:11+00:00'::timestamptz, '2026-12-03 20:58:11+00:00'::timestamptz),
('b4c2299f-2faa-441d-9f29-2dc789bb48de', '759cde66-bacf-43d0-8b1f-9163ce9ff57f', 'Help me fall asleep: a curious fox and the snowy village', 'snowy village', 'Once upon a time, a curious fox lived at the edge of the snowy village.

The silver star drifted over the river, and everything grew warm. Night whisper hush candle soft quiet candle river. A warm light settled on the harbour, soft as a feather. Quiet quiet hush soft gentle hush feather cloud. Blanket blanket meadow slowly pillow candle sleepy quiet glow hush river tide snow.

Far away, a misty harbour hummed a warm song. Soft tide quiet silver silver hush. The golden feather drifted over the hillside, and everything grew peaceful. Breeze slowly blanket sleepy soft night slowly. A gentle light settled on the rooftops, soft as a feather.

With each slow breath, the river became more quiet. Candle lantern glow hum tide. Nobody hurried; the velvet lantern simply rested by the river. Candle lantern silver lantern river candle breeze moon. The sleepy leaf drifted over the river, and everything grew quiet.

Far away, a silver hillside hummed a quiet song. The misty star drifted over the river, and everything grew quiet. A still light settled on the rooftops, soft as a wave. Snow owl breeze candle glow glow river pillow lantern tide pillow. Snow whisper warm.

Night moon whisper blanket dream blanket quiet whisper dream cloud gentle. With each slow breath, the hillside became more quiet. With each slow breath, the harbour became more warm. The misty star drifted over the meadow, and everything grew gentle. Snow whisper warm.

Nobody hurried; the little star simply rested by the river. Yawn breeze candle path owl. Nobody hurried; the little lantern simply rested by the harbour. Yawn whisper drift hum slowly drift snow gentle gentle soft candle drift meadow snow silver soft pillow warm. Hum blanket glow blanket path warm drift.

Candle lantern silver lantern river candle breeze moon. Nobody hurried; the golden wave simply rested by the harbour. Nobody hurried; the sleepy wave simply rested by the harbour. The silver leaf drifted over the river, and everything grew drowsy. With each slow breath, the river became more still.

A peaceful light settled on the river, soft as a wave. Lantern meadow whisper candle moon feather dream tide feather hush. Blanket slowly cloud warm gentle feather blanket breeze hum snow. Far away, a sleepy rooftops hummed a quiet song. With each slow breath, the rooftops became more gentle.

A still light settled on the harbour, soft as a star. Nobody hurried; the silver wave simply rested by the hillside. Far away, a little river hummed a still song.', 400, 5, 'atlas', '2026-12-03 20:42:24+00:00'::timestamptz, '2026-12-03 20:42:24+00:00'::timestamptz),
('b862c170-547b-4f99-b545-50b3c05f1971', '759cde66-bacf-43d0-8b1f-9163ce9ff57f', 'A quiet enchanted forest adventure with a cloud shepherd', 'enchanted forest', 'Every evening, a cloud shepherd walked slowly through the enchanted forest.

The little feather drifted over the river, and everything grew warm. Nobody hurried; the little lantern simply rested by the harbour. A peaceful light settled on the garden, soft as a cloud. Warm quiet hush soft whisper feather cloud yawn. With each slow breath, the meadow became more peaceful.

Nobody hurried; the little lantern simply rested by the river. Blanket stars soft moon feather breeze moon path. A drowsy light settled on the meadow, soft as a cloud. Nobody hurried; the velvet feather simply rested by the meadow. Yawn pillow blanket lantern tide slowly path glow gentle silver yawn stars.

Soft river lantern yawn whisper blanket path feather. Far away, a misty river hummed a still song. Yawn feather owl lantern hum slowly. The misty star drifted over the meadow, and everything grew gentle. Soft candle hum glow blanket night soft slowly warm owl slowly.

Breeze lantern yawn gentle yawn feather. Far away, a little rooftops hummed a drowsy song. Candle snow gentle lantern slowly warm lantern glow meadow feather owl river. Breeze whisper cloud glow lantern meadow breeze quiet glow. Blanket pillow night moon hush feather quiet feather glow lantern river quiet stars.

Meadow whisper quiet sleepy path yawn tide yawn yawn. Quiet hum pillow feather silver breeze whisper lantern. Nobody hurried; the silver star simply rested by the harbour. Blanket blanket meadow slowly pillow candle sleepy quiet glow hush river tide snow. With each slow breath, the meadow became more gentle.

A warm light settled on the meadow, soft as a star. Soft breeze glow silver whisper night quiet sleepy breeze owl stars lantern hum stars. Far away, a golden river hummed a drowsy song. With each slow breath, the garden became more warm. Meadow pillow silver quiet stars owl meadow lantern night.

The golden star drifted over the hillside, and everything grew drowsy.', 300, 2, 'willow', '2026-12-04 20:42:17+00:00'::timestamptz, '2026-12-04 20:42:17+00:00'::timestamptz),
('c006dff3-5ea7-42e1-ba89-71690b2a8da3', '759cde66-bacf-43d0-8b1f-9163ce9ff57f', 'An old owl finds the way home through the night train', 'night train', 'Tonight the night train was very still, and an old owl was wide awake.

Far away, a velvet rooftops hummed a peaceful song. With each slow breath, the river became more gentle. Nobody hurried; the golden cloud simply rested by the garden. Far away, a golden hillside hummed a quiet song. Far away, a silver rooftops hummed a peaceful song.

Nobody hurried; the velvet wave simply rested by the rooftops. Hush silver breeze path soft meadow gentle quiet meadow lantern gentle drift river dream meadow. A still light settled on the river, soft as a star. Night sleepy breeze tide stars owl cloud owl tide. A warm light settled on the meadow, soft as a star.

With each slow breath, the harbour became more warm. Breeze whisper cloud glow lantern meadow breeze quiet glow. The little leaf drifted over the garden, and everything grew quiet. Nobody hurried; the golden cloud simply rested by the garden. The little lantern drifted over the harbour, and everything grew gentle.

The silver star drifted over the river, and everything grew warm. Whisper whisper cloud path river night hum silver stars drift feather lantern cloud feather glow sleepy night. A still light settled on the meadow, soft as a star. The golden feather drifted over the garden, and everything grew warm. Pillow cloud warm whisper night cloud slowly quiet hum whisper blanket owl snow night.

Feather warm breeze hush candle dream. Glow river night feather candle glow moon hum soft. The velvet cloud drifted over the garden, and everything grew peaceful. Tide path cloud breeze owl cloud cloud whisper drift.', 250, 5, 'atlas', '2026-12-05 20:49:21+00:00'::timestamptz, '2026-12-05 20:49:21+00:00'::timestamptz),
('c267394f-343e-4ebe-b870-16b152c9d64d', '759cde66-bacf-43d0-8b1f-9163ce9ff57f', 'Tell me about a lighthouse keeper who lives in the cloud kingdom', 'cloud kingdom', 'Tonight the cloud kingdom was very still, and a lighthouse keeper was wide awake.

Far away, a velvet rooftops hummed a still song. Path feather gentle gentle whisper path path sleepy river. A warm light settled on the garden, soft as a star. A drowsy light settled on the harbour, soft as a leaf. Soft river path yawn hush snow candle stars stars night candle pillow.

Quiet glow dream blanket whisper cloud cloud night. Snow lantern slowly feather stars hum warm meadow feather path meadow cloud yawn drift blanket. Quiet soft whisper hush owl gentle drift slowly blanket gentle snow lantern warm gentle owl slowly. Warm gentle lantern warm night owl pillow hush cloud feather moon gentle warm breeze. Dream night yawn blanket gentle dream glow night tide tide whisper.

A gentle light settled on the meadow, soft as a cloud. Soft dream breeze moon cloud. Blanket warm blanket night river sleepy. Nobody hurried; the velvet lantern simply rested by the river. Far away, a velvet rooftops hummed a peaceful song.

Silver soft moon pillow silver breeze breeze path warm lantern moon cloud tide hush. Gentle gentle night yawn candle path owl slowly slowly feather night path. With each slow breath, the hillside became more still. Glow quiet owl sleepy whisper cloud stars stars stars snow night cloud path. Path owl quiet drift feather stars blanket gentle pillow owl.

A quiet light settled on the harbour, soft as a feather. Far away, a misty harbour hummed a warm song. Quiet warm moon meadow glow moon sleepy drift feather meadow breeze. A drowsy light settled on the rooftops, soft as a leaf.', 250, 2, 'nova', '2026-12-05 21:09:07+00:00'::timestamptz, '2026-12-05 21:09:07+00:00'::timestamptz),
('c9ff84e6-5aaf-4091-8adb-9342fcab2495', '759cde66-bacf-43d0-8b1f-9163ce9ff57f', 'A lighthouse keeper finds the way home through the mountain lake', 'mountain lake', 'Long ago, in the mountain lake, there lived a lighthouse keeper.

Blanket tide breeze cloud stars night gentle blanket snow. Far away, a sleepy hillside hummed a still song. Yawn night quiet night moon warm candle snow yawn drift warm yawn dream hum pillow. With each slow breath, the meadow became more drowsy. Tide hum pillow warm dream dream dream.

Far away, a velvet meadow hummed a drowsy song. The little leaf drifted over the garden, and everything grew quiet. Yawn blanket path warm dream meadow blanket whisper. Far away, a little rooftops hummed a gentle song. With each slow breath, the garden became more warm.

Warm gentle lantern warm night owl pillow hush cloud feather moon gentle warm breeze. Soft river lantern yawn whisper blanket path feather. Nobody hurried; the little cloud simply rested by the hillside. A still light settled on the harbour, soft as a star. River pillow yawn soft river owl owl river feather hum.

Soft dream breeze moon cloud. Snow dream pillow hum yawn stars dream silver warm cloud slowly pillow dream yawn candle. Tide gentle feather gentle lantern snow stars. The silver leaf drifted over the garden, and everything grew gentle. A still light settled on the rooftops, soft as a wave.

The golden feather drifted over the hillside, and everything grew peaceful. Far away, a little rooftops hummed a gentle song. Quiet hush glow sleepy candle river night drift whisper lantern stars. Yawn feather owl lantern hum slowly. A peaceful light settled on the rooftops, soft as a star.

Far away, a golden river hummed a warm song. River whisper silver cloud yawn river dream snow glow. A gentle light settled on the rooftops, soft as a star. Nobody hurried; the golden feather simply rested by the meadow. Owl slowly hush night cloud hush drift drift.

Nobody hurried; the velvet star simply rested by the garden. Breeze lantern yawn gentle yawn feather. The little leaf drifted over the hillside, and everything grew peaceful. Snow path lantern whisper gentle moon cloud soft. Quiet candle stars hush dream quiet.

Quiet soft whisper hush owl gentle drift slowly blanket gentle snow lantern warm gentle owl slowly. A peaceful light settled on the hillside, soft as a feather. With each slow breath, the rooftops became more quiet. Nobody hurried; the sleepy leaf simply rested by the meadow. Drift yawn cloud yawn cloud blanket slowly hush candle breeze river quiet blanket.

Meadow tide blanket cloud candle meadow moon sleepy cloud silver yawn gentle drift. Nobody hurried; the sleepy leaf simply rested by the river. Nobody hurried; the golden cloud simply rested by the garden. Silver soft moon pillow silver breeze breeze path warm lantern moon cloud tide hush. A warm light settled on the hillside, soft as a star.

Far away, a little meadow hummed a peaceful song. Far away, a silver rooftops hummed a gentle song. A quiet light settled on the harbour, soft as a lantern. Whisper whisper cloud path river night hum silver stars drift feather lantern cloud feather glow sleepy night. Night whisper hush candle soft quiet candle river.', 500, 4, 'atlas', '2026-12-06 21:02:42+00:00'::timestamptz, '2026-12-06 21:02:42+00:00'::timestamptz),
('ce606554-37c7-40d2-8e38-69e7542559b4', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 'A story about a curious fox in the lighthouse', 'lighthouse', 'Long ago, in the lighthouse, there lived a curious fox.

With each slow breath, the rooftops became more warm. A warm light settled on the hillside, soft as a star. Nobody hurried; the little star simply rested by the river. With each slow breath, the hillside became more still. Stars river stars owl blanket.

Soft breeze glow silver whisper night quiet sleepy breeze owl stars lantern hum stars. Nobody hurried; the little feather simply rested by the river. Soft river lantern yawn whisper blanket path feather. Meadow drift blanket owl hum blanket gentle feather. A peaceful light settled on the meadow, soft as a star.

Warm drift slowly hush gentle night slowly tide owl gentle quiet soft blanket slowly. Dream breeze night snow soft pillow breeze sleepy hush glow night blanket. A still light settled on the meadow, soft as a star. With each slow breath, the rooftops became more quiet. Glow blanket hush quiet path silver drift candle path meadow blanket meadow river blanket warm quiet warm drift dream.

A drowsy light settled on the garden, soft as a lantern. Blanket soft tide dream candle night moon hum breeze slowly night gentle dream hum silver feather snow candle. Far away, a golden meadow hummed a gentle song. The golden star drifted over the hillside, and everything grew drowsy. Blanket whisper silver blanket snow silver gentle candle slowly.

Slowly lantern river yawn tide stars stars breeze quiet path tide yawn. The velvet wave drifted over the harbour, and everything grew drowsy. Snow path lantern whisper gentle moon cloud soft. Nobody hurried; the little lantern simply rested by the harbour. Night sleepy breeze tide stars owl cloud owl tide.

Candle lantern silver lantern river candle breeze moon. The silver star drifted over the river, and everything grew warm. Yawn stars moon candle river path hush candle snow cloud. Snow candle breeze snow sleepy silver hum.', 300, 4, 'luna', '2026-11-23 19:41:46+00:00'::timestamptz, '2026-11-23 19:41:46+00:00'::timestamptz),
('d38d3fd8-4eac-463f-805c-d91964aa8193', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 'A story about a night-train conductor in the meadow', 'meadow', 'Every evening, a night-train conductor walked slowly through the meadow.

With each slow breath, the hillside became more peaceful. Yawn tide hush drift moon pillow tide gentle sleepy path cloud river moon hum feather warm whisper. Nobody hurried; the sleepy leaf simply rested by the river. Quiet glow dream blanket whisper cloud cloud night. Nobody hurried; the golden star simply rested by the garden.

With each slow breath, the meadow became more warm. Silver lantern dream river gentle owl moon tide dream moon silver. Warm drift slowly hush gentle night slowly tide owl gentle quiet soft blanket slowly. The golden star drifted over the hillside, and everything grew drowsy. Gentle night tide feather blanket cloud cloud yawn warm glow yawn drift feather warm sleepy river snow.

Gentle breeze silver. Nobody hurried; the velvet lantern simply rested by the river. Soft breeze glow silver whisper night quiet sleepy breeze owl stars lantern hum stars. With each slow breath, the meadow became more drowsy. With each slow breath, the meadow became more gentle.

Yawn soft river yawn candle meadow tide feather. Nobody hurried; the golden feather simply rested by the meadow. Dream night yawn blanket gentle dream glow night tide tide whisper. Blanket glow blanket soft blanket tide path. Gentle gentle path river blanket stars slowly.

Gentle quiet gentle gentle cloud feather whisper meadow owl path soft warm. With each slow breath, the rooftops became more quiet. Far away, a golden river hummed a warm song. Sleepy hush pillow river pillow soft silver. Gentle gentle path river blanket stars slowly.

Cloud lantern river drift snow hum path yawn hush river breeze meadow drift.', 250, 4, 'luna', '2026-11-24 19:06:58+00:00'::timestamptz, '2026-11-24 19:06:58+00:00'::timestamptz),
('d7002c73-9dac-4427-95a0-e068af7e5f56', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 'Tell me about a night-train conductor who lives in the ocean', 'ocean', 'Tonight the ocean was very still, and a night-train conductor was wide awake.

Night silver quiet owl feather yawn river dream sleepy lantern silver blanket drift. Nobody hurried; the silver star simply rested by the harbour. Dream whisper glow feather candle sleepy quiet hum hush stars pillow. Breeze stars drift yawn. Blanket whisper silver blanket snow silver gentle candle slowly.

Tide hum pillow warm dream dream dream. The little leaf drifted over the meadow, and everything grew quiet. Nobody hurried; the little cloud simply rested by the river. Silver lantern dream river gentle owl moon tide dream moon silver. Hum blanket glow blanket path warm drift.

Hush stars warm. Quiet candle stars hush dream quiet. Far away, a little rooftops hummed a drowsy song. Soft candle hum glow blanket night soft slowly warm owl slowly. Yawn blanket path warm dream meadow blanket whisper.

Far away, a misty river hummed a quiet song. Glow blanket hush quiet path silver drift candle path meadow blanket meadow river blanket warm quiet warm drift dream. Nobody hurried; the silver lantern simply rested by the harbour. With each slow breath, the river became more peaceful. Sleepy hush pillow river pillow soft silver.

Gentle breeze warm breeze soft night quiet snow hush stars quiet. Blanket warm blanket night river sleepy. Silver slowly feather hush breeze path gentle. Drift slowly candle quiet meadow owl cloud breeze. Nobody hurried; the little star simply rested by the river.

The golden feather drifted over the hillside, and everything grew peaceful. Hush stars warm. A drowsy light settled on the rooftops, soft as a leaf. Far away, a misty harbour hummed a warm song. Drift hush owl path drift silver hush.

The little lantern drifted over the hillside, and everything grew quiet. With each slow breath, the meadow became more warm. Pillow cloud warm whisper night cloud slowly quiet hum whisper blanket owl snow night. Moon gentle meadow snow. Nobody hurried; the silver lantern simply rested by the harbour.

Whisper whisper snow feather snow warm breeze river yawn whisper. With each slow breath, the river became more quiet. Blanket owl river hum candle drift. Far away, a little meadow hummed a gentle song. Soft slowly dream night path glow.

With each slow breath, the river became more peaceful. Gentle gentle breeze yawn slowly whisper feather river. Snow whisper warm. Nobody hurried; the misty cloud simply rested by the garden. A peaceful light settled on the meadow, soft as a lantern.

Drift slowly candle quiet meadow owl cloud breeze. Hum blanket glow blanket path warm drift. Path owl quiet drift feather stars blanket gentle pillow owl. Owl hum stars soft blanket feather snow candle whisper yawn. With each slow breath, the hillside became more peaceful.

Far away, a misty garden hummed a still song. Yawn stars moon candle river path hush candle snow cloud. Soft river path yawn hush snow candle stars stars night candle pillow. River river drift tide owl. Dream candle gentle quiet warm warm yawn sleepy gentle lantern cloud gentle.

Dream candle gentle quiet warm warm yawn sleepy gentle lantern cloud gentle.', 500, 4, 'willow', '2026-11-25 19:33:45+00:00'::timestamptz, '2026-11-25 19:33:45+00:00'::timestamptz),
('d89b8dfa-c3b9-464d-843e-2badb9e7013b', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 'A story about a cloud shepherd in the meadow', 'meadow', 'Once upon a time, a cloud shepherd lived at the edge of the meadow.

Yawn quiet drift soft path yawn glow hush river pillow dream candle. With each slow breath, the river became more peaceful. A warm light settled on the rooftops, soft as a wave. The silver wave drifted over the hillside, and everything grew peaceful. Soft drift gentle silver soft drift gentle.

Nobody hurried; the silver star simply rested by the harbour. A drowsy light settled on the garden, soft as a lantern. Nobody hurried; the silver lantern simply rested by the rooftops. Candle lantern silver lantern river candle breeze moon. Tide gentle feather gentle lantern snow stars.

Nobody hurried; the little lantern simply rested by the river. A gentle light settled on the meadow, soft as a cloud. A still light settled on the rooftops, soft as a wave. Yawn tide hush drift moon pillow tide gentle sleepy path cloud river moon hum feather warm whisper. A warm light settled on the garden, soft as a star.

The sleepy lantern drifted over the meadow, and everything grew quiet. A gentle light settled on the rooftops, soft as a feather. Nobody hurried; the silver wave simply rested by the hillside. With each slow breath, the rooftops became more quiet. A drowsy light settled on the garden, soft as a feather.

With each slow breath, the river became more quiet. A still light settled on the meadow, soft as a leaf. Soft pillow breeze path meadow slowly hum. Gentle night tide feather blanket cloud cloud yawn warm glow yawn drift feather warm sleepy river snow. Sleepy snow gentle breeze snow breeze yawn.

Dream moon pillow silver drift candle whisper gentle tide. Nobody hurried; the golden lantern simply rested by the river. Slowly gentle slowly dream owl candle path. A drowsy light settled on the meadow, soft as a lantern. Candle snow gentle lantern slowly warm lantern glow meadow feather owl river.', 300, 4, 'willow', '2026-11-26 19:47:42+00:00'::timestamptz, '2026-11-26 19:47:42+00:00'::timestamptz),
('dd72a9c2-fe16-4de7-8ea4-6f3730738f4f', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 'A quiet ocean adventure with a cloud shepherd', 'ocean', 'Every evening, a cloud shepherd walked slowly through the ocean.

A peaceful light settled on the harbour, soft as a cloud. Far away, a little rooftops hummed a drowsy song. A peaceful light settled on the garden, soft as a cloud. With each slow breath, the meadow became more gentle. Soft candle hum glow blanket night soft slowly warm owl slowly.

Slowly lantern river yawn tide stars stars breeze quiet path tide yawn. With each slow breath, the rooftops became more still. Meadow sleepy moon stars slowly silver quiet warm hush sleepy. Hush dream moon silver sleepy meadow candle. With each slow breath, the rooftops became more warm.

Candle lantern silver lantern river candle breeze moon. A still light settled on the river, soft as a wave. Candle snow gentle lantern slowly warm lantern glow meadow feather owl river. Far away, a golden river hummed a warm song. Hum blanket glow blanket path warm drift.

Nobody hurried; the misty leaf simply rested by the harbour. Hush stars slowly lantern night blanket. The velvet star drifted over the garden, and everything grew still. The silver lantern drifted over the hillside, and everything grew warm. A peaceful light settled on the hillside, soft as a feather.

Far away, a silver rooftops hummed a peaceful song. Far away, a velvet meadow hummed a warm song. Meadow quiet night soft moon stars. Slowly soft glow breeze. Far away, a misty river hummed a quiet song.

Nobody hurried; the velvet lantern simply rested by the river. The misty star drifted over the river, and everything grew quiet. The little lantern drifted over the hillside, and everything grew quiet. Gentle night tide feather blanket cloud cloud yawn warm glow yawn drift feather warm sleepy river snow. Gentle breeze hum feather glow sleepy stars warm feather stars.

A drowsy light settled on the garden, soft as a feather. With each slow breath, the hillside became more peaceful. Slowly gentle slowly dream owl candle path. Night moon whisper blanket dream blanket quiet whisper dream cloud gentle. Yawn blanket path warm dream meadow blanket whisper.

Gentle quiet gentle gentle cloud feather whisper meadow owl path soft warm. A warm light settled on the garden, soft as a star. Quiet night hum lantern silver lantern yawn dream lantern yawn silver. A drowsy light settled on the meadow, soft as a lantern. Gentle drift night whisper lantern lantern feather gentle hush path meadow drift stars slowly pillow silver quiet warm.

Nobody hurried; the little leaf simply rested by the hillside.', 400, 4, 'luna', '2026-11-27 18:55:11+00:00'::timestamptz, '2026-11-27 18:55:11+00:00'::timestamptz),
('dfa8ae0d-d5d3-4bcc-89b9-9e29ef5ef437', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 'A quiet desert night adventure with a lost kite', 'desert night', 'Tonight the desert night was very still, and a lost kite was wide awake.

Far away, a misty river hummed a quiet song. Nobody hurried; the sleepy star simply rested by the rooftops. Far away, a sleepy harbour hummed a still song. Far away, a silver garden hummed a quiet song. The misty feather drifted over the meadow, and everything grew warm.

Drift hush owl path drift silver hush. Nobody hurried; the sleepy wave simply rested by the harbour. A drowsy light settled on the harbour, soft as a leaf. The misty star drifted over the river, and everything grew quiet. With each slow breath, the hillside became more still.

Yawn tide hush drift moon pillow tide gentle sleepy path cloud river moon hum feather warm whisper. Drift hush owl path drift silver hush. A drowsy light settled on the garden, soft as a feather. Nobody hurried; the misty wave simply rested by the river. The misty star drifted over the meadow, and everything grew warm.

Warm gentle lantern warm night owl pillow hush cloud feather moon gentle warm breeze. Whisper silver path hush yawn drift moon. Candle sleepy hush snow lantern tide night lantern moon cloud owl night. Glow blanket hush quiet path silver drift candle path meadow blanket meadow river blanket warm quiet warm drift dream. With each slow breath, the meadow became more warm.

Hush tide soft candle blanket gentle soft sleepy soft night glow yawn feather. River river drift tide owl. Dream night yawn blanket gentle dream glow night tide tide whisper. Meadow hum cloud whisper pillow moon silver whisper lantern. The misty star drifted over the meadow, and everything grew warm.

Far away, a little harbour hummed a quiet song. Gentle drift night whisper lantern lantern feather gentle hush path meadow drift stars slowly pillow silver quiet warm. With each slow breath, the harbour became more still. Yawn stars moon candle river path hush candle snow cloud.', 300, 4, 'nova', '2026-11-28 20:00:21+00:00'::timestamptz, '2026-11-28 20:00:21+00:00'::timestamptz),
('e3d5ae05-385a-42ca-9f88-7c107e033e4c', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 'A tiny astronaut finds the way home through the desert night', 'desert night', 'Tonight the desert night was very still, and a tiny astronaut was wide awake.

With each slow breath, the hillside became more peaceful. Yawn tide hush drift moon pillow tide gentle sleepy path cloud river moon hum feather warm whisper. Nobody hurried; the sleepy leaf simply rested by the river. Quiet glow dream blanket whisper cloud cloud night. Nobody hurried; the golden star simply rested by the garden.

With each slow breath, the meadow became more warm. Silver lantern dream river gentle owl moon tide dream moon silver. Warm drift slowly hush gentle night slowly tide owl gentle quiet soft blanket slowly. The golden star drifted over the hillside, and everything grew drowsy. Gentle night tide feather blanket cloud cloud yawn warm glow yawn drift feather warm sleepy river snow.

Gentle breeze silver. Nobody hurried; the velvet lantern simply rested by the river. Soft breeze glow silver whisper night quiet sleepy breeze owl stars lantern hum stars. With each slow breath, the meadow became more drowsy. With each slow breath, the meadow became more gentle.

Yawn soft river yawn candle meadow tide feather. Nobody hurried; the golden feather simply rested by the meadow. Dream night yawn blanket gentle dream glow night tide tide whisper. Blanket glow blanket soft blanket tide path. Gentle gentle path river blanket stars slowly.

Gentle quiet gentle gentle cloud feather whisper meadow owl path soft warm. With each slow breath, the rooftops became more quiet. Far away, a golden river hummed a warm song. Sleepy hush pillow river pillow soft silver. Gentle gentle path river blanket stars slowly.

Cloud lantern river drift snow hum path yawn hush river breeze meadow drift.', 250, 4, 'willow', '2026-11-29 18:41:42+00:00'::timestamptz, '2026-11-29 18:41:42+00:00'::timestamptz),
('e4ddb503-f55e-497b-9e93-4d773e4cf174', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 'Help me fall asleep: a sleepy dragon and the meadow', 'meadow', 'Tonight the meadow was very still, and a sleepy dragon was wide awake.

With each slow breath, the meadow became more warm. Soft breeze glow silver whisper night quiet sleepy breeze owl stars lantern hum stars. With each slow breath, the meadow became more peaceful. Soft river snow lantern dream whisper tide candle tide whisper. Far away, a velvet meadow hummed a warm song.

With each slow breath, the rooftops became more quiet. Meadow whisper quiet sleepy path yawn tide yawn yawn. Moon sleepy glow pillow lantern candle path meadow hush. Yawn soft river yawn candle meadow tide feather. Far away, a silver rooftops hummed a gentle song.

With each slow breath, the rooftops became more still. A still light settled on the river, soft as a star. Nobody hurried; the little star simply rested by the rooftops. Glow river night feather candle glow moon hum soft. Far away, a sleepy rooftops hummed a quiet song.

Nobody hurried; the velvet lantern simply rested by the river. Snow slowly hush pillow moon meadow. Far away, a silver meadow hummed a peaceful song. A drowsy light settled on the garden, soft as a lantern. With each slow breath, the hillside became more peaceful.

Tide owl yawn breeze night hum hush path glow tide. Far away, a little river hummed a still song. Owl slowly hush night cloud hush drift drift. A peaceful light settled on the rooftops, soft as a star. Owl hum stars soft blanket feather snow candle whisper yawn.

Nobody hurried; the silver lantern simply rested by the river. Far away, a silver rooftops hummed a quiet song. Far away, a golden river hummed a peaceful song. Blanket blanket meadow slowly pillow candle sleepy quiet glow hush river tide snow. Quiet silver stars breeze glow dream cloud river cloud.

Lantern path quiet feather drift cloud lantern path night yawn pillow quiet. Soft river path yawn hush snow candle stars stars night candle pillow. A drowsy light settled on the harbour, soft as a leaf. Pillow cloud warm whisper night cloud slowly quiet hum whisper blanket owl snow night. Nobody hurried; the golden feather simply rested by the meadow.

Glow moon cloud night river snow sleepy yawn whisper gentle candle glow feather snow. Whisper night river quiet quiet silver hush tide path feather yawn dream feather. Far away, a golden garden hummed a gentle song. Feather warm breeze hush candle dream. Warm drift slowly hush gentle night slowly tide owl gentle quiet soft blanket slowly.', 400, 4, 'willow', '2026-11-30 19:06:32+00:00'::timestamptz, '2026-11-30 19:06:32+00:00'::timestamptz),
('e8a46c54-89df-474f-bebb-1437bf98db9f', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 'Tell me about a moon rabbit who lives in the lighthouse', 'lighthouse', 'Long ago, in the lighthouse, there lived a moon rabbit.

Yawn breeze candle path owl. With each slow breath, the meadow became more drowsy. Soft dream breeze moon cloud. With each slow breath, the garden became more quiet. Nobody hurried; the golden feather simply rested by the meadow.

Slowly lantern river yawn tide stars stars breeze quiet path tide yawn. A peaceful light settled on the rooftops, soft as a star. Quiet soft whisper hush owl gentle drift slowly blanket gentle snow lantern warm gentle owl slowly. Snow path lantern whisper gentle moon cloud soft. Far away, a velvet rooftops hummed a peaceful song.

The golden feather drifted over the hillside, and everything grew peaceful. Cloud blanket gentle stars. The little leaf drifted over the meadow, and everything grew quiet. Hush snow drift sleepy candle slowly snow snow blanket pillow. Nobody hurried; the misty leaf simply rested by the harbour.

Breeze stars drift yawn. Nobody hurried; the golden feather simply rested by the meadow. Nobody hurried; the misty leaf simply rested by the harbour. The little lantern drifted over the hillside, and everything grew quiet. Nobody hurried; the misty feather simply rested by the rooftops.

River pillow yawn soft river owl owl river feather hum. Yawn night quiet night moon warm candle snow yawn drift warm yawn dream hum pillow. Breeze path breeze sleepy hush hush silver whisper owl moon night lantern moon cloud whisper owl warm candle. A peaceful light settled on the meadow, soft as a lantern. Quiet warm moon meadow glow moon sleepy drift feather meadow breeze.

With each slow breath, the garden became more quiet. With each slow breath, the harbour became more still. Far away, a misty river hummed a quiet song. A still light settled on the meadow, soft as a leaf. Nobody hurried; the little feather simply rested by the river.

With each slow breath, the hillside became more quiet. Drift cloud blanket breeze path quiet gentle snow sleepy lantern feather. Hum whisper glow gentle tide cloud path drift path. Nobody hurried; the sleepy wave simply rested by the harbour. Quiet soft lantern hush candle warm soft dream yawn glow yawn silver moon path.

Blanket soft tide dream candle night moon hum breeze slowly night gentle dream hum silver feather snow candle. With each slow breath, the harbour became more drowsy. A warm light settled on the river, soft as a wave. Far away, a velvet rooftops hummed a still song. Snow owl breeze candle glow glow river pillow lantern tide pillow.', 400, 4, 'willow', '2026-12-01 19:19:13+00:00'::timestamptz, '2026-12-01 19:19:13+00:00'::timestamptz),
('eb9925ba-a558-4594-bbe7-43e0189e2290', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 'Tell me about a sleepy dragon who lives in the outer space', 'outer space', 'Tonight the outer space was very still, and a sleepy dragon was wide awake.

Far away, a golden garden hummed a gentle song. A drowsy light settled on the meadow, soft as a cloud. Nobody hurried; the sleepy leaf simply rested by the river. Snow dream pillow hum yawn stars dream silver warm cloud slowly pillow dream yawn candle. Yawn breeze candle path owl.

Nobody hurried; the little cloud simply rested by the hillside. Far away, a golden garden hummed a gentle song. Owl slowly hush night cloud hush drift drift. Nobody hurried; the little leaf simply rested by the hillside. A peaceful light settled on the meadow, soft as a star.

A quiet light settled on the garden, soft as a lantern. Blanket pillow night moon hush feather quiet feather glow lantern river quiet stars. Snow dream pillow hum yawn stars dream silver warm cloud slowly pillow dream yawn candle. Far away, a velvet rooftops hummed a peaceful song. Nobody hurried; the little star simply rested by the river.

The silver leaf drifted over the garden, and everything grew gentle. Hush stars owl gentle meadow quiet. Nobody hurried; the sleepy leaf simply rested by the meadow. With each slow breath, the meadow became more drowsy. Hum whisper glow gentle tide cloud path drift path.

Far away, a sleepy harbour hummed a still song. Tide gentle feather gentle lantern snow stars. Far away, a sleepy meadow hummed a drowsy song. Soft river lantern yawn whisper blanket path feather. Owl lantern yawn dream candle river night snow sleepy glow glow soft whisper cloud slowly blanket hush glow.', 250, 5, 'luna', '2026-12-02 19:31:29+00:00'::timestamptz, '2026-12-02 19:31:29+00:00'::timestamptz),
('ef2118db-7c8a-4bbe-8a80-86081feb4212', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 'Something slow and kind about an old owl in the lighthouse', 'lighthouse', 'Tonight the lighthouse was very still, and an old owl was wide awake.

The sleepy star drifted over the rooftops, and everything grew still. Nobody hurried; the little cloud simply rested by the hillside. Yawn feather owl lantern hum slowly. Warm drift slowly hush gentle night slowly tide owl gentle quiet soft blanket slowly. Slowly gentle slowly dream owl candle path.

The golden lantern drifted over the rooftops, and everything grew gentle. Nobody hurried; the little star simply rested by the rooftops. Drift hush owl path drift silver hush. Feather warm breeze hush candle dream. Yawn breeze candle path owl.

Moon gentle meadow snow. Blanket whisper silver blanket snow silver gentle candle slowly. Whisper silver path hush yawn drift moon. Far away, a misty garden hummed a still song. A drowsy light settled on the meadow, soft as a lantern.

Breeze path hum drift silver hush night gentle owl meadow. Silver lantern dream river gentle owl moon tide dream moon silver. River river candle path drift owl hush sleepy. A quiet light settled on the harbour, soft as a feather. Yawn soft river yawn candle meadow tide feather.

Soft dream path slowly warm warm breeze lantern cloud. Hush dream moon silver sleepy meadow candle. Soft slowly dream night path glow. Hush silver breeze path soft meadow gentle quiet meadow lantern gentle drift river dream meadow. Dream meadow night slowly blanket yawn dream path pillow snow.

A still light settled on the meadow, soft as a star. Tide silver quiet drift feather moon quiet snow stars. A drowsy light settled on the harbour, soft as a leaf. Hush stars warm. With each slow breath, the river became more quiet.

Nobody hurried; the silver lantern simply rested by the harbour. Far away, a velvet rooftops hummed a peaceful song. Path feather gentle gentle whisper path path sleepy river. A quiet light settled on the harbour, soft as a lantern. Blanket river breeze drift warm stars silver sleepy.

Far away, a misty garden hummed a still song. Sleepy snow gentle breeze snow breeze yawn. Far away, a golden meadow hummed a gentle song. A warm light settled on the rooftops, soft as a wave. Quiet soft whisper hush owl gentle drift slowly blanket gentle snow lantern warm gentle owl slowly.

Nobody hurried; the little wave simply rested by the garden. Night whisper hush candle soft quiet candle river. The misty star drifted over the river, and everything grew quiet. Far away, a sleepy rooftops hummed a quiet song.', 400, 2, 'ember', '2026-12-03 19:14:14+00:00'::timestamptz, '2026-12-03 19:14:14+00:00'::timestamptz),
('f4c1bb62-f67d-4e31-a9ba-12b89378eddb', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 'Something slow and kind about a curious fox in the enchanted forest', 'enchanted forest', 'Every evening, a curious fox walked slowly through the enchanted forest.

Warm quiet hush soft whisper feather cloud yawn. With each slow breath, the harbour became more drowsy. Far away, a little harbour hummed a quiet song. Drift hush owl path drift silver hush. Yawn stars moon candle river path hush candle snow cloud.

Hush warm owl river soft hum river yawn gentle yawn night quiet drift river tide. A drowsy light settled on the rooftops, soft as a leaf. A still light settled on the harbour, soft as a star. Glow river night feather candle glow moon hum soft. Nobody hurried; the little leaf simply rested by the hillside.

Soft drift breeze drift. Whisper silver path hush yawn drift moon. Nobody hurried; the sleepy leaf simply rested by the meadow. Snow dream pillow hum yawn stars dream silver warm cloud slowly pillow dream yawn candle. Pillow cloud warm whisper night cloud slowly quiet hum whisper blanket owl snow night.

Far away, a velvet rooftops hummed a still song. The golden feather drifted over the garden, and everything grew quiet. Nobody hurried; the golden cloud simply rested by the garden. Far away, a sleepy meadow hummed a drowsy song. Soft snow glow snow slowly candle glow lantern glow.

Far away, a silver rooftops hummed a gentle song. Candle lantern silver lantern river candle breeze moon. Night whisper hush candle soft quiet candle river. Gentle owl path candle drift slowly sleepy meadow soft snow soft. A warm light settled on the harbour, soft as a feather.

The misty feather drifted over the meadow, and everything grew warm.', 250, 3, 'ember', '2026-12-04 18:50:43+00:00'::timestamptz, '2026-12-04 18:50:43+00:00'::timestamptz),
('f928b61b-2c0e-43ef-b6e7-07f0c1c5143c', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 'Help me fall asleep: a night-train conductor and the enchanted forest', 'enchanted forest', 'Long ago, in the enchanted forest, there lived a night-train conductor.

Nobody hurried; the misty feather simply rested by the rooftops. Nobody hurried; the sleepy wave simply rested by the harbour. Soft hush river cloud feather dream stars silver night hush whisper quiet drift pillow cloud drift. Blanket tide breeze cloud stars night gentle blanket snow. Sleepy hush pillow river pillow soft silver.

Hush dream moon silver sleepy meadow candle. The velvet star drifted over the garden, and everything grew still. Stars quiet night silver breeze night yawn owl gentle. With each slow breath, the hillside became more quiet. With each slow breath, the rooftops became more warm.

A quiet light settled on the river, soft as a lantern. A still light settled on the meadow, soft as a star. Candle lantern silver lantern river candle breeze moon. Whisper sleepy breeze snow whisper quiet candle silver river candle gentle. With each slow breath, the hillside became more still.

The sleepy wave drifted over the rooftops, and everything grew still. Nobody hurried; the little feather simply rested by the river. Soft hush river cloud feather dream stars silver night hush whisper quiet drift pillow cloud drift. Far away, a golden hillside hummed a quiet song. Yawn whisper drift hum slowly drift snow gentle gentle soft candle drift meadow snow silver soft pillow warm.

Far away, a velvet rooftops hummed a warm song. Snow path lantern whisper gentle moon cloud soft. With each slow breath, the harbour became more gentle. Quiet warm moon meadow glow moon sleepy drift feather meadow breeze. Nobody hurried; the velvet lantern simply rested by the meadow.

With each slow breath, the meadow became more drowsy. Gentle drift night whisper lantern lantern feather gentle hush path meadow drift stars slowly pillow silver quiet warm. Nobody hurried; the golden cloud simply rested by the meadow. Hush warm owl river soft hum river yawn gentle yawn night quiet drift river tide. River river candle path drift owl hush sleepy.

With each slow breath, the harbour became more drowsy. Tide owl yawn breeze night hum hush path glow tide. A drowsy light settled on the harbour, soft as a leaf. A drowsy light settled on the meadow, soft as a lantern. Soft river path yawn hush snow candle stars stars night candle pillow.

Soft breeze glow silver whisper night quiet sleepy breeze owl stars lantern hum stars. Glow quiet owl sleepy whisper cloud stars stars stars snow night cloud path. Glow quiet owl sleepy whisper cloud stars stars stars snow night cloud path.', 400, 2, 'ember', '2026-12-05 18:44:52+00:00'::timestamptz, '2026-12-05 18:44:52+00:00'::timestamptz),
('fa791e2d-aa31-4464-bfe3-2b4d998f5a16', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 'A quiet ocean adventure with a brave snail', 'ocean', 'Once upon a time, a brave snail lived at the edge of the ocean.

Far away, a velvet rooftops hummed a warm song. Far away, a little rooftops hummed a drowsy song. Yawn stars moon candle river path hush candle snow cloud. The misty star drifted over the meadow, and everything grew warm. Nobody hurried; the velvet feather simply rested by the meadow.

The sleepy star drifted over the rooftops, and everything grew still. Sleepy soft blanket glow tide owl night snow sleepy warm night pillow hush drift lantern pillow glow owl. With each slow breath, the river became more quiet. A gentle light settled on the rooftops, soft as a feather. Quiet night hum lantern silver lantern yawn dream lantern yawn silver.

With each slow breath, the hillside became more still. Nobody hurried; the velvet star simply rested by the river. Nobody hurried; the little star simply rested by the garden. Dream night yawn blanket gentle dream glow night tide tide whisper. Candle meadow tide owl blanket feather pillow lantern.

The sleepy star drifted over the river, and everything grew drowsy. A drowsy light settled on the harbour, soft as a leaf. A peaceful light settled on the meadow, soft as a lantern. Nobody hurried; the little star simply rested by the garden. A quiet light settled on the harbour, soft as a lantern.

Far away, a little harbour hummed a quiet song. A gentle light settled on the meadow, soft as a cloud. Slowly lantern river yawn tide stars stars breeze quiet path tide yawn. A quiet light settled on the harbour, soft as a feather.', 250, 2, 'luna', '2026-12-06 19:19:23+00:00'::timestamptz, '2026-12-06 19:19:23+00:00'::timestamptz),
('fcbb308a-0f49-4f3f-a0a5-c3cb6f1e0402', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 'Tell me about an old owl who lives in the cloud kingdom', 'cloud kingdom', 'Every evening, an old owl walked slowly through the cloud kingdom.

With each slow breath, the harbour became more warm. Nobody hurried; the velvet star simply rested by the river. Tide owl yawn breeze night hum hush path glow tide. Blanket whisper silver blanket snow silver gentle candle slowly. Gentle night tide feather blanket cloud cloud yawn warm glow yawn drift feather warm sleepy river snow.

Nobody hurried; the misty feather simply rested by the rooftops. Hush silver breeze path soft meadow gentle quiet meadow lantern gentle drift river dream meadow. With each slow breath, the river became more warm. Far away, a velvet rooftops hummed a peaceful song. With each slow breath, the garden became more drowsy.

The misty star drifted over the meadow, and everything grew warm. Nobody hurried; the little lantern simply rested by the harbour. Feather path glow lantern gentle cloud soft warm candle blanket. Nobody hurried; the sleepy leaf simply rested by the river. Hush stars warm.

The velvet cloud drifted over the harbour, and everything grew warm. Nobody hurried; the misty wave simply rested by the river. A drowsy light settled on the meadow, soft as a cloud. A still light settled on the meadow, soft as a star. With each slow breath, the river became more quiet.

Hush warm owl river soft hum river yawn gentle yawn night quiet drift river tide. Sleepy quiet moon blanket breeze gentle meadow path path. A warm light settled on the hillside, soft as a star. Slowly meadow warm soft dream yawn stars. Nobody hurried; the little feather simply rested by the garden.

Soft drift breeze drift. Meadow drift blanket owl hum blanket gentle feather. Snow slowly hush pillow moon meadow. Yawn tide hush drift moon pillow tide gentle sleepy path cloud river moon hum feather warm whisper. Far away, a velvet meadow hummed a quiet song.

Nobody hurried; the little leaf simply rested by the hillside. Nobody hurried; the misty lantern simply rested by the harbour. Far away, a silver meadow hummed a peaceful song. The golden lantern drifted over the rooftops, and everything grew gentle. Far away, a velvet meadow hummed a quiet song.

Nobody hurried; the sleepy wave simply rested by the harbour. The silver wave drifted over the hillside, and everything grew peaceful. Slowly lantern river yawn tide stars stars breeze quiet path tide yawn. Whisper silver path hush yawn drift moon. With each slow breath, the river became more still.

Owl slowly hush night cloud hush drift drift. Nobody hurried; the little feather simply rested by the meadow. A still light settled on the meadow, soft as a star. Blanket owl river hum candle drift. Far away, a golden river hummed a drowsy song.

Far away, a silver meadow hummed a warm song. With each slow breath, the hillside became more peaceful. Breeze lantern yawn gentle yawn feather. Quiet glow dream blanket whisper cloud cloud night. River whisper silver cloud yawn river dream snow glow.

Pillow snow tide pillow candle meadow tide. Nobody hurried; the little feather simply rested by the garden. Far away, a silver rooftops hummed a peaceful song.', 500, 3, 'atlas', '2026-12-06 19:15:44+00:00'::timestamptz, '2026-12-06 19:15:44+00:00'::timestamptz);
insert into public.session_assets (id, session_id, asset_type, asset_url, display_order, created_at) values
('00078dda-795a-4b21-b476-c6de2b93d6a4', '0074fe31-fe94-43f2-9d24-ccb26eaf077a', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/0074fe31-fe94-43f2-9d24-ccb26eaf077a/narration.mp3', 0, '2026-11-23 17:58:51+00:00'::timestamptz),
('017ddf29-2899-448b-9943-d19d6b9174db', '0074fe31-fe94-43f2-9d24-ccb26eaf077a', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/0074fe31-fe94-43f2-9d24-ccb26eaf077a/frame-1.webp', 0, '2026-11-23 17:58:51+00:00'::timestamptz),
('01f6e0ca-6f5a-48a7-962f-594c70d16527', '0074fe31-fe94-43f2-9d24-ccb26eaf077a', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/0074fe31-fe94-43f2-9d24-ccb26eaf077a/frame-2.webp', 1, '2026-11-23 17:58:51+00:00'::timestamptz),
('02ff926d-a1bd-42a6-9877-7f2162551a4d', '0074fe31-fe94-43f2-9d24-ccb26eaf077a', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/0074fe31-fe94-43f2-9d24-ccb26eaf077a/frame-3.webp', 2, '2026-11-23 17:58:51+00:00'::timestamptz),
('03a0a490-d28e-4807-9934-16ba8ffe0875', '0074fe31-fe94-43f2-9d24-ccb26eaf077a', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/0074fe31-fe94-43f2-9d24-ccb26eaf077a/frame-4.webp', 3, '2026-11-23 17:58:51+00:00'::timestamptz),
('040f0f84-22b7-406e-abaa-8ea64a448aac', '049698bc-70cc-44bb-ab7e-99c460d6ef7a', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/049698bc-70cc-44bb-ab7e-99c460d6ef7a/narration.mp3', 0, '2026-11-25 17:38:29+00:00'::timestamptz),
('04c75636-6145-452b-9d33-87ebde70fc5f', '049698bc-70cc-44bb-ab7e-99c460d6ef7a', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/049698bc-70cc-44bb-ab7e-99c460d6ef7a/frame-1.webp', 0, '2026-11-25 17:38:29+00:00'::timestamptz),
('05d72981-9299-4217-8e02-9d0850509f40', '049698bc-70cc-44bb-ab7e-99c460d6ef7a', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/049698bc-70cc-44bb-ab7e-99c460d6ef7a/frame-2.webp', 1, '2026-11-25 17:38:29+00:00'::timestamptz),
('06a790af-9d1e-4a26-a116-4357f6a97bfd', '049698bc-70cc-44bb-ab7e-99c460d6ef7a', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/049698bc-70cc-44bb-ab7e-99c460d6ef7a/frame-3.webp', 2, '2026-11-25 17:38:29+00:00'::timestamptz),
('070d1280-4c4a-4e0f-bc6f-d76a261a5aff', '049698bc-70cc-44bb-ab7e-99c460d6ef7a', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/049698bc-70cc-44bb-ab7e-99c460d6ef7a/frame-4.webp', 3, '2026-11-25 17:38:29+00:00'::timestamptz),
('083b9e6c-5976-43e9-ab10-e74dccb41f6f', '08a9c657-5abc-4041-85bc-530be29fd2c1', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/08a9c657-5abc-4041-85bc-530be29fd2c1/narration.mp3', 0, '2026-11-27 17:22:31+00:00'::timestamptz),
('08932ac6-4cf7-436b-b7a7-b5aa98dca315', '08a9c657-5abc-4041-85bc-530be29fd2c1', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/08a9c657-5abc-4041-85bc-530be29fd2c1/frame-1.webp', 0, '2026-11-27 17:22:31+00:00'::timestamptz),
('09b7f750-2875-4cd5-acc2-87702c3ef9af', '08a9c657-5abc-4041-85bc-530be29fd2c1', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/08a9c657-5abc-4041-85bc-530be29fd2c1/frame-2.webp', 1, '2026-11-27 17:22:31+00:00'::timestamptz),
('0a6e4b0c-61ed-42a9-b616-b57950388226', '08a9c657-5abc-4041-85bc-530be29fd2c1', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/08a9c657-5abc-4041-85bc-530be29fd2c1/frame-3.webp', 2, '2026-11-27 17:22:31+00:00'::timestamptz),
('0b049f01-e115-4c7c-a17c-c0695b154827', '0d73dd9a-b821-418a-8168-86b4e69394f6', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/0d73dd9a-b821-418a-8168-86b4e69394f6/narration.mp3', 0, '2026-11-28 18:24:05+00:00'::timestamptz),
('0bd4e9cb-d001-4171-8139-69b95442c6aa', '0d73dd9a-b821-418a-8168-86b4e69394f6', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/0d73dd9a-b821-418a-8168-86b4e69394f6/frame-1.webp', 0, '2026-11-28 18:24:05+00:00'::timestamptz),
('0c8e09ad-b60a-4a26-8f0d-f4b761bd72af', '0d73dd9a-b821-418a-8168-86b4e69394f6', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/0d73dd9a-b821-418a-8168-86b4e69394f6/frame-2.webp', 1, '2026-11-28 18:24:05+00:00'::timestamptz),
('0d04a8d7-bd26-4422-a169-594e79038960', '0d73dd9a-b821-418a-8168-86b4e69394f6', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/0d73dd9a-b821-418a-8168-86b4e69394f6/frame-3.webp', 2, '2026-11-28 18:24:05+00:00'::timestamptz),
('0debe9eb-c461-4ac8-9fd6-179cb6b1b4c5', '0d73dd9a-b821-418a-8168-86b4e69394f6', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/0d73dd9a-b821-418a-8168-86b4e69394f6/frame-4.webp', 3, '2026-11-28 18:24:05+00:00'::timestamptz),
('0ed3abae-33f8-4ba5-a199-79910011bf70', '0d73dd9a-b821-418a-8168-86b4e69394f6', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/0d73dd9a-b821-418a-8168-86b4e69394f6/frame-5.webp', 4, '2026-11-28 18:24:05+00:00'::timestamptz),
('0fafefac-988c-48e2-9a12-1acd5e94f4ae', '0eba81ca-7ace-41b8-91ec-65d8d6b669f0', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/0eba81ca-7ace-41b8-91ec-65d8d6b669f0/narration.mp3', 0, '2026-11-28 17:23:37+00:00'::timestamptz),
('10573741-bffa-48fd-8160-44f8c923db78', '0eba81ca-7ace-41b8-91ec-65d8d6b669f0', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/0eba81ca-7ace-41b8-91ec-65d8d6b669f0/story.mp4', 0, '2026-11-28 17:23:37+00:00'::timestamptz),
('116b580c-3909-4795-a3c8-3f4858ee259d', '0eba81ca-7ace-41b8-91ec-65d8d6b669f0', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/0eba81ca-7ace-41b8-91ec-65d8d6b669f0/frame-1.webp', 0, '2026-11-28 17:23:37+00:00'::timestamptz),
('1231e22b-56a3-43bd-befb-acb805317d1b', '0eba81ca-7ace-41b8-91ec-65d8d6b669f0', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/0eba81ca-7ace-41b8-91ec-65d8d6b669f0/frame-2.webp', 1, '2026-11-28 17:23:37+00:00'::timestamptz),
('129ae0d8-e217-4fa2-9903-f3cd2c34c35e', '143a3181-f993-466e-a7af-abb199e91b64', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/143a3181-f993-466e-a7af-abb199e91b64/narration.mp3', 0, '2026-11-29 18:24:54+00:00'::timestamptz),
('1396af0f-a92e-4aaf-b70a-49526e1232b5', '143a3181-f993-466e-a7af-abb199e91b64', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/143a3181-f993-466e-a7af-abb199e91b64/story.mp4', 0, '2026-11-29 18:24:54+00:00'::timestamptz),
('14787cdd-5822-4181-a17c-d78dd1635303', '143a3181-f993-466e-a7af-abb199e91b64', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/143a3181-f993-466e-a7af-abb199e91b64/frame-1.webp', 0, '2026-11-29 18:24:54+00:00'::timestamptz),
('1544ce1f-9dd7-483b-ab5e-475f93c63363', '143a3181-f993-466e-a7af-abb199e91b64', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/143a3181-f993-466e-a7af-abb199e91b64/frame-2.webp', 1, '2026-11-29 18:24:54+00:00'::timestamptz),
('158cffbf-bae8-465a-8101-204e75417a05', '143a3181-f993-466e-a7af-abb199e91b64', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/143a3181-f993-466e-a7af-abb199e91b64/frame-3.webp', 2, '2026-11-29 18:24:54+00:00'::timestamptz),
('16381903-bde0-4513-b96e-4ef1efda14b8', '190f616b-bb25-4d8e-9763-1ac942f4737f', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/190f616b-bb25-4d8e-9763-1ac942f4737f/narration.mp3', 0, '2026-11-30 17:20:08+00:00'::timestamptz),
('16d3b8fe-6fd5-42ce-b616-e74d303c8e7e', '190f616b-bb25-4d8e-9763-1ac942f4737f', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/190f616b-bb25-4d8e-9763-1ac942f4737f/frame-1.webp', 0, '2026-11-30 17:20:08+00:00'::timestamptz),
('17f46bf4-0672-475b-b3f6-0a498a4808e2', '190f616b-bb25-4d8e-9763-1ac942f4737f', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/190f616b-bb25-4d8e-9763-1ac942f4737f/frame-2.webp', 1, '2026-11-30 17:20:08+00:00'::timestamptz),
('1856b918-d4e6-450b-9d3b-898e2bd8b116', '190f616b-bb25-4d8e-9763-1ac942f4737f', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/190f616b-bb25-4d8e-9763-1ac942f4737f/frame-3.webp', 2, '2026-11-30 17:20:08+00:00'::timestamptz),
('197eace4-fd22-47bd-99d5-8b5a44938451', '19d0073a-ff27-4c13-bf50-fc10c8634910', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/19d0073a-ff27-4c13-bf50-fc10c8634910/narration.mp3', 0, '2026-12-01 17:26:39+00:00'::timestamptz),
('1a51bbde-61fd-45e1-9eb8-b479221a44f3', '19d0073a-ff27-4c13-bf50-fc10c8634910', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/19d0073a-ff27-4c13-bf50-fc10c8634910/frame-1.webp', 0, '2026-12-01 17:26:39+00:00'::timestamptz),
('1ac53d2e-2d40-430a-9309-de7ff74506c8', '19d0073a-ff27-4c13-bf50-fc10c8634910', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/19d0073a-ff27-4c13-bf50-fc10c8634910/frame-2.webp', 1, '2026-12-01 17:26:39+00:00'::timestamptz),
('1bd916e0-4c53-4916-9d91-74cfaf790c67', '19d0073a-ff27-4c13-bf50-fc10c8634910', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/19d0073a-ff27-4c13-bf50-fc10c8634910/frame-3.webp', 2, '2026-12-01 17:26:39+00:00'::timestamptz),
('1c1f603b-fe43-4e15-bb10-35ac01190e0e', '1e0bb0e0-05fb-4f59-9ee1-eb40b5110988', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/1e0bb0e0-05fb-4f59-9ee1-eb40b5110988/narration.mp3', 0, '2026-12-02 17:36:47+00:00'::timestamptz),
('1d97026e-7526-45fd-84be-edb2a7379d59', '1e0bb0e0-05fb-4f59-9ee1-eb40b5110988', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/1e0bb0e0-05fb-4f59-9ee1-eb40b5110988/frame-1.webp', 0, '2026-12-02 17:36:47+00:00'::timestamptz),
('1dbf17be-4a3f-426c-809b-54b42ef1fcd2', '1e0bb0e0-05fb-4f59-9ee1-eb40b5110988', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/1e0bb0e0-05fb-4f59-9ee1-eb40b5110988/frame-2.webp', 1, '2026-12-02 17:36:47+00:00'::timestamptz),
('1ead170f-678b-4e20-b470-4bf48b9802f1', '1e0bb0e0-05fb-4f59-9ee1-eb40b5110988', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/1e0bb0e0-05fb-4f59-9ee1-eb40b5110988/frame-3.webp', 2, '2026-12-02 17:36:47+00:00'::timestamptz),
('1f8e0aa1-c423-46b5-aaa2-a15bc937fc33', '1e0bb0e0-05fb-4f59-9ee1-eb40b5110988', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/1e0bb0e0-05fb-4f59-9ee1-eb40b5110988/frame-4.webp', 3, '2026-12-02 17:36:47+00:00'::timestamptz),
('201e4528-58a2-4143-833b-aff7ff441d50', '1e0bb0e0-05fb-4f59-9ee1-eb40b5110988', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/1e0bb0e0-05fb-4f59-9ee1-eb40b5110988/frame-5.webp', 4, '2026-12-02 17:36:47+00:00'::timestamptz),
('21079b68-cb5b-4106-adf3-5cd3e9af72de', '23af4eb0-3604-4a52-91f4-62a87b25fb8b', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/23af4eb0-3604-4a52-91f4-62a87b25fb8b/narration.mp3', 0, '2026-12-03 17:41:02+00:00'::timestamptz),
('21b95c26-e8ea-4a45-9018-1f4d02927eed', '23af4eb0-3604-4a52-91f4-62a87b25fb8b', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/23af4eb0-3604-4a52-91f4-62a87b25fb8b/story.mp4', 0, '2026-12-03 17:41:02+00:00'::timestamptz),
('229ef9fa-0eda-4cc7-90a0-9c28bd598146', '23af4eb0-3604-4a52-91f4-62a87b25fb8b', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/23af4eb0-3604-4a52-91f4-62a87b25fb8b/frame-1.webp', 0, '2026-12-03 17:41:02+00:00'::timestamptz),
('236ac275-cd96-4b35-9c9a-e97779c0ad9a', '23af4eb0-3604-4a52-91f4-62a87b25fb8b', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/23af4eb0-3604-4a52-91f4-62a87b25fb8b/frame-2.webp', 1, '2026-12-03 17:41:02+00:00'::timestamptz),
('23b79485-78b5-450c-b1f2-4175fbd83ee9', '23af4eb0-3604-4a52-91f4-62a87b25fb8b', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/23af4eb0-3604-4a52-91f4-62a87b25fb8b/frame-3.webp', 2, '2026-12-03 17:41:02+00:00'::timestamptz),
('24993596-864a-4760-8172-6f1c01a1c7c1', '23af4eb0-3604-4a52-91f4-62a87b25fb8b', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/23af4eb0-3604-4a52-91f4-62a87b25fb8b/frame-4.webp', 3, '2026-12-03 17:41:02+00:00'::timestamptz),
('25bbbdba-93b8-41be-9999-529afc911670', '23af4eb0-3604-4a52-91f4-62a87b25fb8b', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/23af4eb0-3604-4a52-91f4-62a87b25fb8b/frame-5.webp', 4, '2026-12-03 17:41:02+00:00'::timestamptz),
('267345f9-ae83-4e28-a900-a12bddf5835a', '26bff572-06c1-4723-8641-6d910e081a40', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/26bff572-06c1-4723-8641-6d910e081a40/narration.mp3', 0, '2026-12-04 18:01:46+00:00'::timestamptz),
('275a3a5b-a349-4a60-ab15-f7ea64d62e0e', '26bff572-06c1-4723-8641-6d910e081a40', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/26bff572-06c1-4723-8641-6d910e081a40/frame-1.webp', 0, '2026-12-04 18:01:46+00:00'::timestamptz),
('27d36f9d-d8e1-476d-8580-8079f545758f', '26bff572-06c1-4723-8641-6d910e081a40', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/26bff572-06c1-4723-8641-6d910e081a40/frame-2.webp', 1, '2026-12-04 18:01:46+00:00'::timestamptz),
('2864de1e-c165-4309-97ae-ef33c96f79aa', '26bff572-06c1-4723-8641-6d910e081a40', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/26bff572-06c1-4723-8641-6d910e081a40/frame-3.webp', 2, '2026-12-04 18:01:46+00:00'::timestamptz),
('29182efa-c00d-4c6d-ac79-e17478180820', '26bff572-06c1-4723-8641-6d910e081a40', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/26bff572-06c1-4723-8641-6d910e081a40/frame-4.webp', 3, '2026-12-04 18:01:46+00:00'::timestamptz),
('2a80a6dc-1431-4941-b1b8-d7530165d8b0', '26bff572-06c1-4723-8641-6d910e081a40', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/26bff572-06c1-4723-8641-6d910e081a40/frame-5.webp', 4, '2026-12-04 18:01:46+00:00'::timestamptz),
('2a8b3963-aff5-43e1-bb71-e1b76b0c409f', '29766c11-d8c4-422c-a0be-e5da6984c761', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/29766c11-d8c4-422c-a0be-e5da6984c761/narration.mp3', 0, '2026-12-04 17:26:46+00:00'::timestamptz),
('2b79d11f-b903-40ff-bd5c-c505504038f3', '29766c11-d8c4-422c-a0be-e5da6984c761', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/29766c11-d8c4-422c-a0be-e5da6984c761/story.mp4', 0, '2026-12-04 17:26:46+00:00'::timestamptz),
('2cbf5234-8e2c-4082-9582-9fcb5c76ebb0', '29766c11-d8c4-422c-a0be-e5da6984c761', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/29766c11-d8c4-422c-a0be-e5da6984c761/frame-1.webp', 0, '2026-12-04 17:26:46+00:00'::timestamptz),
('2d3537cc-b1f1-4ef5-bd1c-ab8fd895b7ab', '29766c11-d8c4-422c-a0be-e5da6984c761', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/29766c11-d8c4-422c-a0be-e5da6984c761/frame-2.webp', 1, '2026-12-04 17:26:46+00:00'::timestamptz),
('2dc81ee7-9464-4341-9dd4-5da2c437a73d', '29766c11-d8c4-422c-a0be-e5da6984c761', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/29766c11-d8c4-422c-a0be-e5da6984c761/frame-3.webp', 2, '2026-12-04 17:26:46+00:00'::timestamptz),
('2edccdcf-3c40-464a-a951-79de7c5eff17', '29766c11-d8c4-422c-a0be-e5da6984c761', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/29766c11-d8c4-422c-a0be-e5da6984c761/frame-4.webp', 3, '2026-12-04 17:26:46+00:00'::timestamptz),
('2f24d56a-5873-4c19-b3ec-0ff65da34bbc', '29766c11-d8c4-422c-a0be-e5da6984c761', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/29766c11-d8c4-422c-a0be-e5da6984c761/frame-5.webp', 4, '2026-12-04 17:26:46+00:00'::timestamptz),
('305fceea-dbc3-43bc-9249-ad9599aecf3c', '2ecc2546-6975-43a4-8b5b-28d4a2e77ce8', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/2ecc2546-6975-43a4-8b5b-28d4a2e77ce8/narration.mp3', 0, '2026-12-05 18:10:07+00:00'::timestamptz),
('30a2e1e1-0e77-41b2-9c2d-a1ee1efa1f6b', '2ecc2546-6975-43a4-8b5b-28d4a2e77ce8', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/2ecc2546-6975-43a4-8b5b-28d4a2e77ce8/frame-1.webp', 0, '2026-12-05 18:10:07+00:00'::timestamptz),
('316e1b58-cc65-49d2-aab6-25476674ecc5', '2ecc2546-6975-43a4-8b5b-28d4a2e77ce8', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/2ecc2546-6975-43a4-8b5b-28d4a2e77ce8/frame-2.webp', 1, '2026-12-05 18:10:07+00:00'::timestamptz),
('325bae44-d108-47f2-9abc-adde087b59f5', '2ecc2546-6975-43a4-8b5b-28d4a2e77ce8', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/2ecc2546-6975-43a4-8b5b-28d4a2e77ce8/frame-3.webp', 2, '2026-12-05 18:10:07+00:00'::timestamptz),
('32f45992-887e-48c0-b4c5-ece47c272352', '32e5cb4e-f0fe-40d7-8b2a-ca9d01d746d0', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/32e5cb4e-f0fe-40d7-8b2a-ca9d01d746d0/narration.mp3', 0, '2026-12-06 18:15:43+00:00'::timestamptz),
('34378064-00ae-4a76-9738-8305c7c79970', '32e5cb4e-f0fe-40d7-8b2a-ca9d01d746d0', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/32e5cb4e-f0fe-40d7-8b2a-ca9d01d746d0/frame-1.webp', 0, '2026-12-06 18:15:43+00:00'::timestamptz),
('34fb3213-755e-48f8-8b26-f6f5f53ba8cf', '32e5cb4e-f0fe-40d7-8b2a-ca9d01d746d0', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/32e5cb4e-f0fe-40d7-8b2a-ca9d01d746d0/frame-2.webp', 1, '2026-12-06 18:15:43+00:00'::timestamptz),
('35b35802-5a21-44ff-b691-950fa2f196b9', '32e5cb4e-f0fe-40d7-8b2a-ca9d01d746d0', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/32e5cb4e-f0fe-40d7-8b2a-ca9d01d746d0/frame-3.webp', 2, '2026-12-06 18:15:43+00:00'::timestamptz),
('3670d489-f3b2-4e08-a714-27ea00ecae65', '32e5cb4e-f0fe-40d7-8b2a-ca9d01d746d0', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/32e5cb4e-f0fe-40d7-8b2a-ca9d01d746d0/frame-4.webp', 3, '2026-12-06 18:15:43+00:00'::timestamptz),
('3711921d-5232-4a26-aaed-84406ba1de69', '34ced8cc-d126-426a-832d-8062a85b6d3a', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/34ced8cc-d126-426a-832d-8062a85b6d3a/narration.mp3', 0, '2026-11-24 20:44:57+00:00'::timestamptz),
('3781585c-4ce9-484e-abd1-66fd024e10a2', '34ced8cc-d126-426a-832d-8062a85b6d3a', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/34ced8cc-d126-426a-832d-8062a85b6d3a/frame-1.webp', 0, '2026-11-24 20:44:57+00:00'::timestamptz),
('38ec4b42-904f-417b-8b7f-eb1387516ed5', '34ced8cc-d126-426a-832d-8062a85b6d3a', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/34ced8cc-d126-426a-832d-8062a85b6d3a/frame-2.webp', 1, '2026-11-24 20:44:57+00:00'::timestamptz),
('38fd514d-a0c1-4a3b-b2d4-0710098e50c6', '34ced8cc-d126-426a-832d-8062a85b6d3a', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/34ced8cc-d126-426a-832d-8062a85b6d3a/frame-3.webp', 2, '2026-11-24 20:44:57+00:00'::timestamptz),
('3a78916f-16b3-4e79-a8cf-f78fb6db585b', '37f826e9-e086-48d5-9543-35b9e0062232', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/37f826e9-e086-48d5-9543-35b9e0062232/narration.mp3', 0, '2026-11-25 20:36:55+00:00'::timestamptz),
('3b0fa08e-cb9e-4807-989b-2a8579bf25ac', '37f826e9-e086-48d5-9543-35b9e0062232', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/37f826e9-e086-48d5-9543-35b9e0062232/story.mp4', 0, '2026-11-25 20:36:55+00:00'::timestamptz),
('3b9b778f-c7ec-40f0-8a0a-21cc3362002e', '37f826e9-e086-48d5-9543-35b9e0062232', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/37f826e9-e086-48d5-9543-35b9e0062232/frame-1.webp', 0, '2026-11-25 20:36:55+00:00'::timestamptz),
('3c960fbc-a211-4758-b774-9b19f9ba5413', '37f826e9-e086-48d5-9543-35b9e0062232', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/37f826e9-e086-48d5-9543-35b9e0062232/frame-2.webp', 1, '2026-11-25 20:36:55+00:00'::timestamptz),
('3ce407ba-3702-4901-b3c0-12a568cf12d9', '37f826e9-e086-48d5-9543-35b9e0062232', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/37f826e9-e086-48d5-9543-35b9e0062232/frame-3.webp', 2, '2026-11-25 20:36:55+00:00'::timestamptz),
('3e426ec2-f0bc-4b43-9625-8c2a1301f9e6', '37f826e9-e086-48d5-9543-35b9e0062232', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/37f826e9-e086-48d5-9543-35b9e0062232/frame-4.webp', 3, '2026-11-25 20:36:55+00:00'::timestamptz),
('3eef22c2-2828-4bc4-b11d-8b254dd5127c', '3b773a42-a28e-4a7b-aa0a-3ea30d0c0c9b', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/3b773a42-a28e-4a7b-aa0a-3ea30d0c0c9b/narration.mp3', 0, '2026-11-26 20:04:22+00:00'::timestamptz),
('3fbeab4d-9e10-416f-8bca-afff0e0ac6c2', '3b773a42-a28e-4a7b-aa0a-3ea30d0c0c9b', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/3b773a42-a28e-4a7b-aa0a-3ea30d0c0c9b/frame-1.webp', 0, '2026-11-26 20:04:22+00:00'::timestamptz),
('400fe0be-e476-4ee7-a5d7-d6bce84c9e84', '3b773a42-a28e-4a7b-aa0a-3ea30d0c0c9b', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/3b773a42-a28e-4a7b-aa0a-3ea30d0c0c9b/frame-2.webp', 1, '2026-11-26 20:04:22+00:00'::timestamptz),
('40b0c85e-18b9-4625-84d8-4621d0c98ad3', '3b773a42-a28e-4a7b-aa0a-3ea30d0c0c9b', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/3b773a42-a28e-4a7b-aa0a-3ea30d0c0c9b/frame-3.webp', 2, '2026-11-26 20:04:22+00:00'::timestamptz),
('4201cbd8-0036-4ead-919f-7d29efeaf3f5', '3b773a42-a28e-4a7b-aa0a-3ea30d0c0c9b', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/3b773a42-a28e-4a7b-aa0a-3ea30d0c0c9b/frame-4.webp', 3, '2026-11-26 20:04:22+00:00'::timestamptz),
('42323ea6-ae93-4bf4-b824-86230b4bedf7', '3b773a42-a28e-4a7b-aa0a-3ea30d0c0c9b', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/3b773a42-a28e-4a7b-aa0a-3ea30d0c0c9b/frame-5.webp', 4, '2026-11-26 20:04:22+00:00'::timestamptz),
('43138e79-0e04-481c-a82a-83d485a245ef', '402b5b74-d03a-47ba-8b43-4f0ca96d7c22', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/402b5b74-d03a-47ba-8b43-4f0ca96d7c22/narration.mp3', 0, '2026-11-27 20:54:37+00:00'::timestamptz),
('43df750f-f111-4329-9742-39bb8e6e0a3b', '402b5b74-d03a-47ba-8b43-4f0ca96d7c22', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/402b5b74-d03a-47ba-8b43-4f0ca96d7c22/story.mp4', 0, '2026-11-27 20:54:37+00:00'::timestamptz),
('44a5f2f2-5a4b-4c3f-b011-348c40cd6ce9', '402b5b74-d03a-47ba-8b43-4f0ca96d7c22', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/402b5b74-d03a-47ba-8b43-4f0ca96d7c22/frame-1.webp', 0, '2026-11-27 20:54:37+00:00'::timestamptz),
('45bd3ffb-3d24-4a70-bd66-e8c6c7340bdc', '402b5b74-d03a-47ba-8b43-4f0ca96d7c22', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/402b5b74-d03a-47ba-8b43-4f0ca96d7c22/frame-2.webp', 1, '2026-11-27 20:54:37+00:00'::timestamptz),
('465fc284-6093-45f3-9a4e-86b33267e164', '402b5b74-d03a-47ba-8b43-4f0ca96d7c22', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/402b5b74-d03a-47ba-8b43-4f0ca96d7c22/frame-3.webp', 2, '2026-11-27 20:54:37+00:00'::timestamptz),
('47203c77-4368-4a70-84d4-1a1b45617fc1', '402b5b74-d03a-47ba-8b43-4f0ca96d7c22', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/402b5b74-d03a-47ba-8b43-4f0ca96d7c22/frame-4.webp', 3, '2026-11-27 20:54:37+00:00'::timestamptz),
('47a3ef41-0684-426d-9c9c-4c0279948d62', '42e056d5-9e71-4f45-934a-df25de25df50', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/42e056d5-9e71-4f45-934a-df25de25df50/narration.mp3', 0, '2026-11-28 19:57:15+00:00'::timestamptz),
('48cd24c4-a668-416f-a53c-4fda75786a72', '42e056d5-9e71-4f45-934a-df25de25df50', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/42e056d5-9e71-4f45-934a-df25de25df50/frame-1.webp', 0, '2026-11-28 19:57:15+00:00'::timestamptz),
('49601a3e-eb27-4b79-bda8-2dc484a774f7', '42e056d5-9e71-4f45-934a-df25de25df50', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/42e056d5-9e71-4f45-934a-df25de25df50/frame-2.webp', 1, '2026-11-28 19:57:15+00:00'::timestamptz),
('4a3af9d8-01a4-445b-9dfa-511f8ea80737', '42e056d5-9e71-4f45-934a-df25de25df50', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/42e056d5-9e71-4f45-934a-df25de25df50/frame-3.webp', 2, '2026-11-28 19:57:15+00:00'::timestamptz),
('4a8a5f9c-361a-4da5-8306-6dfb7a9deedd', '451e0dd4-7452-47a8-990d-55fd0bda7d7c', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/451e0dd4-7452-47a8-990d-55fd0bda7d7c/narration.mp3', 0, '2026-11-29 19:47:44+00:00'::timestamptz),
('4bedd50c-c78f-4c9e-a685-88ff3b80fdeb', '451e0dd4-7452-47a8-990d-55fd0bda7d7c', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/451e0dd4-7452-47a8-990d-55fd0bda7d7c/frame-1.webp', 0, '2026-11-29 19:47:44+00:00'::timestamptz),
('4c516969-ec21-40ab-8974-bc2734d7ea1b', '451e0dd4-7452-47a8-990d-55fd0bda7d7c', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/451e0dd4-7452-47a8-990d-55fd0bda7d7c/frame-2.webp', 1, '2026-11-29 19:47:44+00:00'::timestamptz),
('4cf6d35d-a54e-4394-9964-20d8b36a2235', '451e0dd4-7452-47a8-990d-55fd0bda7d7c', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/451e0dd4-7452-47a8-990d-55fd0bda7d7c/frame-3.webp', 2, '2026-11-29 19:47:44+00:00'::timestamptz),
('4e15b8ce-7e04-4a65-ad32-78b26a2b08f5', '451e0dd4-7452-47a8-990d-55fd0bda7d7c', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/451e0dd4-7452-47a8-990d-55fd0bda7d7c/frame-4.webp', 3, '2026-11-29 19:47:44+00:00'::timestamptz),
('4e7ab5c2-7fe5-48ff-a23f-9bfa103938b9', '481ac055-8fab-4b4c-bc4f-c4ee69264b5b', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/481ac055-8fab-4b4c-bc4f-c4ee69264b5b/narration.mp3', 0, '2026-11-30 19:55:23+00:00'::timestamptz),
('4f335cfd-593a-4e8d-a06e-bbeeda51d55e', '481ac055-8fab-4b4c-bc4f-c4ee69264b5b', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/481ac055-8fab-4b4c-bc4f-c4ee69264b5b/story.mp4', 0, '2026-11-30 19:55:23+00:00'::timestamptz),
('5055a148-b6a6-4a7d-9daa-27fa961ec9d7', '481ac055-8fab-4b4c-bc4f-c4ee69264b5b', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/481ac055-8fab-4b4c-bc4f-c4ee69264b5b/frame-1.webp', 0, '2026-11-30 19:55:23+00:00'::timestamptz),
('511490dd-92fc-40c0-9417-2ee0855e137e', '481ac055-8fab-4b4c-bc4f-c4ee69264b5b', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/481ac055-8fab-4b4c-bc4f-c4ee69264b5b/frame-2.webp', 1, '2026-11-30 19:55:23+00:00'::timestamptz),
('51b2f3a6-0da3-4354-97da-29ecdaa07921', '4c9fb3e8-3c15-4ec1-bafe-286615e400df', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/4c9fb3e8-3c15-4ec1-bafe-286615e400df/narration.mp3', 0, '2026-11-30 19:50:08+00:00'::timestamptz),
('52a86751-b375-4064-932f-932241ea9bc3', '4c9fb3e8-3c15-4ec1-bafe-286615e400df', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/4c9fb3e8-3c15-4ec1-bafe-286615e400df/frame-1.webp', 0, '2026-11-30 19:50:08+00:00'::timestamptz),
('531d031b-9288-4941-85e6-789ccc112d21', '4c9fb3e8-3c15-4ec1-bafe-286615e400df', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/4c9fb3e8-3c15-4ec1-bafe-286615e400df/frame-2.webp', 1, '2026-11-30 19:50:08+00:00'::timestamptz),
('53e54fa9-7e7f-46b2-aa01-5b34803668d6', '4c9fb3e8-3c15-4ec1-bafe-286615e400df', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/4c9fb3e8-3c15-4ec1-bafe-286615e400df/frame-3.webp', 2, '2026-11-30 19:50:08+00:00'::timestamptz),
('5481bc77-82d7-4f63-a761-52c26a8fa792', '4ea473d3-6872-4c2d-a394-10f954e48b8e', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/4ea473d3-6872-4c2d-a394-10f954e48b8e/narration.mp3', 0, '2026-12-01 21:02:03+00:00'::timestamptz),
('55b3634b-43ff-4bea-948f-dadffd70a8f9', '4ea473d3-6872-4c2d-a394-10f954e48b8e', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/4ea473d3-6872-4c2d-a394-10f954e48b8e/story.mp4', 0, '2026-12-01 21:02:03+00:00'::timestamptz),
('56389252-7ce8-4e89-b213-0364d7c8b49c', '4ea473d3-6872-4c2d-a394-10f954e48b8e', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/4ea473d3-6872-4c2d-a394-10f954e48b8e/frame-1.webp', 0, '2026-12-01 21:02:03+00:00'::timestamptz),
('5750744a-7432-4d2a-8d10-45a563a4e2f5', '4ea473d3-6872-4c2d-a394-10f954e48b8e', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/4ea473d3-6872-4c2d-a394-10f954e48b8e/frame-2.webp', 1, '2026-12-01 21:02:03+00:00'::timestamptz),
('57884f57-c670-401d-bc78-aa72b991a6fd', '52b85250-4bd8-4b76-a3db-9ab00cbb9612', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/52b85250-4bd8-4b76-a3db-9ab00cbb9612/narration.mp3', 0, '2026-12-02 20:12:13+00:00'::timestamptz),
('58db4183-be4a-4432-a667-ad51b996c2d0', '52b85250-4bd8-4b76-a3db-9ab00cbb9612', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/52b85250-4bd8-4b76-a3db-9ab00cbb9612/story.mp4', 0, '2026-12-02 20:12:13+00:00'::timestamptz),
('597b62cd-044c-4584-a9a1-35a8efbefcaf', '52b85250-4bd8-4b76-a3db-9ab00cbb9612', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/52b85250-4bd8-4b76-a3db-9ab00cbb9612/frame-1.webp', 0, '2026-12-02 20:12:13+00:00'::timestamptz),
('5a506363-bac0-4a8b-8c22-eea8dcea239a', '52b85250-4bd8-4b76-a3db-9ab00cbb9612', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/52b85250-4bd8-4b76-a3db-9ab00cbb9612/frame-2.webp', 1, '2026-12-02 20:12:13+00:00'::timestamptz),
('5abe8725-4817-4009-ac35-07feed4025d2', '55f42d29-af63-4814-91f3-6b7c02e7ee0f', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/55f42d29-af63-4814-91f3-6b7c02e7ee0f/narration.mp3', 0, '2026-12-03 19:45:18+00:00'::timestamptz),
('5b42f1eb-222e-4284-9ce1-0a19641870b9', '55f42d29-af63-4814-91f3-6b7c02e7ee0f', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/55f42d29-af63-4814-91f3-6b7c02e7ee0f/story.mp4', 0, '2026-12-03 19:45:18+00:00'::timestamptz),
('5c30ba2b-044b-41f6-878c-3307f82e661b', '55f42d29-af63-4814-91f3-6b7c02e7ee0f', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/55f42d29-af63-4814-91f3-6b7c02e7ee0f/frame-1.webp', 0, '2026-12-03 19:45:18+00:00'::timestamptz),
('5d66d1fc-7afc-461e-8fbf-ac232c68c68a', '55f42d29-af63-4814-91f3-6b7c02e7ee0f', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/55f42d29-af63-4814-91f3-6b7c02e7ee0f/frame-2.webp', 1, '2026-12-03 19:45:18+00:00'::timestamptz),
('5e06e51e-81ce-4d12-9916-5b5ae24ea97c', '55f42d29-af63-4814-91f3-6b7c02e7ee0f', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/55f42d29-af63-4814-91f3-6b7c02e7ee0f/frame-3.webp', 2, '2026-12-03 19:45:18+00:00'::timestamptz),
('5e9a4642-bf39-4a7b-88cb-d257f5eb9a07', '55f42d29-af63-4814-91f3-6b7c02e7ee0f', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/55f42d29-af63-4814-91f3-6b7c02e7ee0f/frame-4.webp', 3, '2026-12-03 19:45:18+00:00'::timestamptz),
('5f0f9a8b-6c09-4bfa-b2a2-1be9ad6b41d2', '5be02760-c884-4042-bbaa-f829b49c62f2', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/5be02760-c884-4042-bbaa-f829b49c62f2/narration.mp3', 0, '2026-12-04 20:27:11+00:00'::timestamptz),
('6016b08a-e399-45a9-a7ea-c1b576205009', '5be02760-c884-4042-bbaa-f829b49c62f2', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/5be02760-c884-4042-bbaa-f829b49c62f2/frame-1.webp', 0, '2026-12-04 20:27:11+00:00'::timestamptz),
('61265d84-5cc4-4ce2-b30f-6abed7745f83', '5be02760-c884-4042-bbaa-f829b49c62f2', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/5be02760-c884-4042-bbaa-f829b49c62f2/frame-2.webp', 1, '2026-12-04 20:27:11+00:00'::timestamptz),
('615b200a-994e-40d3-ac53-c51633362ed4', '5be02760-c884-4042-bbaa-f829b49c62f2', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/5be02760-c884-4042-bbaa-f829b49c62f2/frame-3.webp', 2, '2026-12-04 20:27:11+00:00'::timestamptz),
('6209a1e4-0197-443b-b6f9-d71c6857b60a', '5be02760-c884-4042-bbaa-f829b49c62f2', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/5be02760-c884-4042-bbaa-f829b49c62f2/frame-4.webp', 3, '2026-12-04 20:27:11+00:00'::timestamptz),
('63149111-59c9-42f3-a187-a77025a8379b', '5be02760-c884-4042-bbaa-f829b49c62f2', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/5be02760-c884-4042-bbaa-f829b49c62f2/frame-5.webp', 4, '2026-12-04 20:27:11+00:00'::timestamptz),
('63abed53-ba58-4d79-a6a5-5ae78299239c', '5e42b2d7-4f8a-4112-b354-df25910d409a', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/5e42b2d7-4f8a-4112-b354-df25910d409a/narration.mp3', 0, '2026-12-04 20:56:59+00:00'::timestamptz),
('64579409-11c0-40c9-a50a-2016c3b5bec1', '5e42b2d7-4f8a-4112-b354-df25910d409a', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/5e42b2d7-4f8a-4112-b354-df25910d409a/story.mp4', 0, '2026-12-04 20:56:59+00:00'::timestamptz),
('659f7a56-09a0-45c2-9fe1-b467bc62ea87', '5e42b2d7-4f8a-4112-b354-df25910d409a', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/5e42b2d7-4f8a-4112-b354-df25910d409a/frame-1.webp', 0, '2026-12-04 20:56:59+00:00'::timestamptz),
('6664ee2e-79e4-424e-948f-bb0534c3ad72', '5e42b2d7-4f8a-4112-b354-df25910d409a', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/5e42b2d7-4f8a-4112-b354-df25910d409a/frame-2.webp', 1, '2026-12-04 20:56:59+00:00'::timestamptz),
('66b6511a-3e72-4ab1-a5c6-a532bc6d010b', '624c4803-3dc0-45aa-a792-7e0c7b5a694a', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/624c4803-3dc0-45aa-a792-7e0c7b5a694a/narration.mp3', 0, '2026-12-05 19:51:08+00:00'::timestamptz),
('67fb9d18-2670-4535-9591-fd9302b2bd0b', '624c4803-3dc0-45aa-a792-7e0c7b5a694a', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/624c4803-3dc0-45aa-a792-7e0c7b5a694a/frame-1.webp', 0, '2026-12-05 19:51:08+00:00'::timestamptz),
('683b7d32-611d-49ff-b55b-d2254b33b214', '624c4803-3dc0-45aa-a792-7e0c7b5a694a', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/624c4803-3dc0-45aa-a792-7e0c7b5a694a/frame-2.webp', 1, '2026-12-05 19:51:08+00:00'::timestamptz),
('68ecc8d6-da2a-4093-90a4-52cd67d10145', '624c4803-3dc0-45aa-a792-7e0c7b5a694a', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/624c4803-3dc0-45aa-a792-7e0c7b5a694a/frame-3.webp', 2, '2026-12-05 19:51:08+00:00'::timestamptz),
('6a1e423f-f992-42f0-ad82-2c655471ec01', '624c4803-3dc0-45aa-a792-7e0c7b5a694a', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/624c4803-3dc0-45aa-a792-7e0c7b5a694a/frame-4.webp', 3, '2026-12-05 19:51:08+00:00'::timestamptz),
('6b09e8c9-3166-442b-bf02-ff82fcb4da69', '624c4803-3dc0-45aa-a792-7e0c7b5a694a', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/624c4803-3dc0-45aa-a792-7e0c7b5a694a/frame-5.webp', 4, '2026-12-05 19:51:08+00:00'::timestamptz),
('6b6c2a65-4287-4b90-9059-cfea846ef1c8', '65ffb3ff-e2a3-47a4-8dd0-815afaa819cd', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/65ffb3ff-e2a3-47a4-8dd0-815afaa819cd/narration.mp3', 0, '2026-12-06 19:59:50+00:00'::timestamptz),
('6c3f8a61-759c-4e4f-bedd-b1c3dae87669', '65ffb3ff-e2a3-47a4-8dd0-815afaa819cd', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/65ffb3ff-e2a3-47a4-8dd0-815afaa819cd/frame-1.webp', 0, '2026-12-06 19:59:50+00:00'::timestamptz),
('6cc5c655-eff3-43d9-bb28-5db64bfb4160', '65ffb3ff-e2a3-47a4-8dd0-815afaa819cd', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/65ffb3ff-e2a3-47a4-8dd0-815afaa819cd/frame-2.webp', 1, '2026-12-06 19:59:50+00:00'::timestamptz),
('6db9f4eb-3924-4d0d-a037-ad9d0064b3c8', '65ffb3ff-e2a3-47a4-8dd0-815afaa819cd', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/65ffb3ff-e2a3-47a4-8dd0-815afaa819cd/frame-3.webp', 2, '2026-12-06 19:59:50+00:00'::timestamptz),
('6e9521cc-c31e-4a8d-b705-39cc4996e8d2', '66cde2c4-01b1-4263-924e-b1cbac8984e5', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/66cde2c4-01b1-4263-924e-b1cbac8984e5/narration.mp3', 0, '2026-11-23 05:18:23+00:00'::timestamptz),
('6f051833-6558-4447-83fb-d7a4c45f4eb9', '66cde2c4-01b1-4263-924e-b1cbac8984e5', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/66cde2c4-01b1-4263-924e-b1cbac8984e5/frame-1.webp', 0, '2026-11-23 05:18:23+00:00'::timestamptz),
('7049fb94-6968-4df8-b78d-a2972063be8d', '66cde2c4-01b1-4263-924e-b1cbac8984e5', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/66cde2c4-01b1-4263-924e-b1cbac8984e5/frame-2.webp', 1, '2026-11-23 05:18:23+00:00'::timestamptz),
('70f7bdc2-43ac-49a0-83e6-d76f59f648ab', '66cde2c4-01b1-4263-924e-b1cbac8984e5', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/66cde2c4-01b1-4263-924e-b1cbac8984e5/frame-3.webp', 2, '2026-11-23 05:18:23+00:00'::timestamptz),
('71c333ca-b54e-4942-9e20-b4136b1e3c0c', '6acc7390-683f-433c-9a3c-ae1a9a33cc5e', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/6acc7390-683f-433c-9a3c-ae1a9a33cc5e/narration.mp3', 0, '2026-11-24 05:28:20+00:00'::timestamptz),
('7217e398-e3d1-41a8-95cc-102733ff02db', '6acc7390-683f-433c-9a3c-ae1a9a33cc5e', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/6acc7390-683f-433c-9a3c-ae1a9a33cc5e/frame-1.webp', 0, '2026-11-24 05:28:20+00:00'::timestamptz),
('7307991f-4a48-4b08-a9ac-7f9b30c2c5ba', '6acc7390-683f-433c-9a3c-ae1a9a33cc5e', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/6acc7390-683f-433c-9a3c-ae1a9a33cc5e/frame-2.webp', 1, '2026-11-24 05:28:20+00:00'::timestamptz),
('73d8535c-566c-42f7-aabb-ad634cab1fda', '6ddf6ba1-3870-412e-8633-c569dc42d066', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/6ddf6ba1-3870-412e-8633-c569dc42d066/narration.mp3', 0, '2026-11-26 05:29:30+00:00'::timestamptz),
('749ce828-35ed-4339-b3b1-b81d4910812f', '6ddf6ba1-3870-412e-8633-c569dc42d066', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/6ddf6ba1-3870-412e-8633-c569dc42d066/frame-1.webp', 0, '2026-11-26 05:29:30+00:00'::timestamptz),
('752ca319-61ce-48d0-b8c6-a71dd75ddae5', '6ddf6ba1-3870-412e-8633-c569dc42d066', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/6ddf6ba1-3870-412e-8633-c569dc42d066/frame-2.webp', 1, '2026-11-26 05:29:30+00:00'::timestamptz),
('764fdfc8-2580-4d45-bec5-b4b610b3eafb', '6ddf6ba1-3870-412e-8633-c569dc42d066', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/6ddf6ba1-3870-412e-8633-c569dc42d066/frame-3.webp', 2, '2026-11-26 05:29:30+00:00'::timestamptz),
('77227794-9744-46fa-86af-0217197e430f', '7209e683-9962-464c-8d2f-79ffaa457fad', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/7209e683-9962-464c-8d2f-79ffaa457fad/narration.mp3', 0, '2026-11-27 04:24:15+00:00'::timestamptz),
('7783fb91-5ce1-43f4-a0d0-d00c69ccaf04', '7209e683-9962-464c-8d2f-79ffaa457fad', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/7209e683-9962-464c-8d2f-79ffaa457fad/frame-1.webp', 0, '2026-11-27 04:24:15+00:00'::timestamptz),
('78650820-a7f6-4077-ba98-00acb1446d9c', '7209e683-9962-464c-8d2f-79ffaa457fad', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/7209e683-9962-464c-8d2f-79ffaa457fad/frame-2.webp', 1, '2026-11-27 04:24:15+00:00'::timestamptz),
('79864158-89fc-46de-b9a1-5b04021c03a6', '7209e683-9962-464c-8d2f-79ffaa457fad', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/7209e683-9962-464c-8d2f-79ffaa457fad/frame-3.webp', 2, '2026-11-27 04:24:15+00:00'::timestamptz),
('79ec1bf1-6068-4bbd-8c0e-c7ef8e6b4a0f', '7209e683-9962-464c-8d2f-79ffaa457fad', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/7209e683-9962-464c-8d2f-79ffaa457fad/frame-4.webp', 3, '2026-11-27 04:24:15+00:00'::timestamptz),
('7b02ea2a-6ca6-44be-a11d-540357afaf43', '7209e683-9962-464c-8d2f-79ffaa457fad', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/7209e683-9962-464c-8d2f-79ffaa457fad/frame-5.webp', 4, '2026-11-27 04:24:15+00:00'::timestamptz),
('7bb07632-fb3a-4245-9086-db791771d026', '72fe74ab-f35f-47c2-9769-5530be26d92f', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/72fe74ab-f35f-47c2-9769-5530be26d92f/narration.mp3', 0, '2026-11-28 04:51:06+00:00'::timestamptz),
('7c43af6b-630f-499e-ad69-3fbbf9330879', '72fe74ab-f35f-47c2-9769-5530be26d92f', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/72fe74ab-f35f-47c2-9769-5530be26d92f/frame-1.webp', 0, '2026-11-28 04:51:06+00:00'::timestamptz),
('7c994e3b-7831-4b7b-8319-ba3206b5fab8', '72fe74ab-f35f-47c2-9769-5530be26d92f', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/72fe74ab-f35f-47c2-9769-5530be26d92f/frame-2.webp', 1, '2026-11-28 04:51:06+00:00'::timestamptz),
('7dd28e51-e23f-4334-bd13-aa31e76fd091', '72fe74ab-f35f-47c2-9769-5530be26d92f', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/72fe74ab-f35f-47c2-9769-5530be26d92f/frame-3.webp', 2, '2026-11-28 04:51:06+00:00'::timestamptz),
('7e682499-0051-402b-b61b-7feaa45fe545', '77b6be9d-14ee-4814-89dd-368ceeeda7f7', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/77b6be9d-14ee-4814-89dd-368ceeeda7f7/narration.mp3', 0, '2026-11-28 04:27:45+00:00'::timestamptz),
('7f9b34cf-d38b-4ea0-9aca-a6a47d687773', '77b6be9d-14ee-4814-89dd-368ceeeda7f7', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/77b6be9d-14ee-4814-89dd-368ceeeda7f7/story.mp4', 0, '2026-11-28 04:27:45+00:00'::timestamptz),
('8032c8f6-804f-440d-97d9-44c356d06e8e', '77b6be9d-14ee-4814-89dd-368ceeeda7f7', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/77b6be9d-14ee-4814-89dd-368ceeeda7f7/frame-1.webp', 0, '2026-11-28 04:27:45+00:00'::timestamptz),
('8123623c-564c-4f48-89f0-3c8e28929b11', '77b6be9d-14ee-4814-89dd-368ceeeda7f7', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/77b6be9d-14ee-4814-89dd-368ceeeda7f7/frame-2.webp', 1, '2026-11-28 04:27:45+00:00'::timestamptz),
('813f1836-32ff-46e2-ad39-7fcb32888b7f', '77b6be9d-14ee-4814-89dd-368ceeeda7f7', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/77b6be9d-14ee-4814-89dd-368ceeeda7f7/frame-3.webp', 2, '2026-11-28 04:27:45+00:00'::timestamptz),
('820733d1-9c30-47d5-bf7e-b80325b54472', '77b6be9d-14ee-4814-89dd-368ceeeda7f7', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/77b6be9d-14ee-4814-89dd-368ceeeda7f7/frame-4.webp', 3, '2026-11-28 04:27:45+00:00'::timestamptz),
('8316d992-49d4-453a-b51f-2d10e30cbfb8', '7a5fca18-738f-496f-a91f-cdae84ba33e3', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/7a5fca18-738f-496f-a91f-cdae84ba33e3/narration.mp3', 0, '2026-11-29 05:47:08+00:00'::timestamptz),
('83caae68-42d8-4f97-a9d0-d380a3708092', '7a5fca18-738f-496f-a91f-cdae84ba33e3', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/7a5fca18-738f-496f-a91f-cdae84ba33e3/story.mp4', 0, '2026-11-29 05:47:08+00:00'::timestamptz),
('8461db19-6f41-44b6-9144-b5c75e177ba4', '7a5fca18-738f-496f-a91f-cdae84ba33e3', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/7a5fca18-738f-496f-a91f-cdae84ba33e3/frame-1.webp', 0, '2026-11-29 05:47:08+00:00'::timestamptz),
('853e1656-0ded-49c9-8d4f-6bccf0f3a7d1', '7a5fca18-738f-496f-a91f-cdae84ba33e3', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/7a5fca18-738f-496f-a91f-cdae84ba33e3/frame-2.webp', 1, '2026-11-29 05:47:08+00:00'::timestamptz),
('85c2cad6-0102-4984-969b-8eab22910d00', '7a5fca18-738f-496f-a91f-cdae84ba33e3', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/7a5fca18-738f-496f-a91f-cdae84ba33e3/frame-3.webp', 2, '2026-11-29 05:47:08+00:00'::timestamptz),
('86bfacdc-8315-4d78-9592-1cc00ecf5df3', '7a5fca18-738f-496f-a91f-cdae84ba33e3', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/7a5fca18-738f-496f-a91f-cdae84ba33e3/frame-4.webp', 3, '2026-11-29 05:47:08+00:00'::timestamptz),
('8755c0f2-2b2e-4d35-9f43-af638b451d9a', '7c0360dd-c33a-4def-9408-7ecb1428475c', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/7c0360dd-c33a-4def-9408-7ecb1428475c/narration.mp3', 0, '2026-11-29 04:57:32+00:00'::timestamptz),
('8800fa90-9d27-4916-8e9d-d9cc2cfb2465', '7c0360dd-c33a-4def-9408-7ecb1428475c', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/7c0360dd-c33a-4def-9408-7ecb1428475c/frame-1.webp', 0, '2026-11-29 04:57:32+00:00'::timestamptz),
('88df35d0-63d9-49d0-b98c-cffe5d457102', '7c0360dd-c33a-4def-9408-7ecb1428475c', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/7c0360dd-c33a-4def-9408-7ecb1428475c/frame-2.webp', 1, '2026-11-29 04:57:32+00:00'::timestamptz),
('89a6b5f6-1156-4300-a978-2e9f462a00ef', '8176dd34-d884-47c6-b95f-c520ffc4e9c6', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/8176dd34-d884-47c6-b95f-c520ffc4e9c6/narration.mp3', 0, '2026-11-30 05:32:19+00:00'::timestamptz),
('8afd72ac-4972-492a-9bfe-409c38671141', '8176dd34-d884-47c6-b95f-c520ffc4e9c6', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/8176dd34-d884-47c6-b95f-c520ffc4e9c6/frame-1.webp', 0, '2026-11-30 05:32:19+00:00'::timestamptz),
('8b8060c4-7fd9-49d4-893c-576440e0c66f', '8176dd34-d884-47c6-b95f-c520ffc4e9c6', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/8176dd34-d884-47c6-b95f-c520ffc4e9c6/frame-2.webp', 1, '2026-11-30 05:32:19+00:00'::timestamptz),
('8c27d884-eba0-417c-9b23-e1b95bb5f8d2', '8176dd34-d884-47c6-b95f-c520ffc4e9c6', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/8176dd34-d884-47c6-b95f-c520ffc4e9c6/frame-3.webp', 2, '2026-11-30 05:32:19+00:00'::timestamptz),
('8d1d9db3-b0d2-4d89-860d-161903777a5a', '8176dd34-d884-47c6-b95f-c520ffc4e9c6', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/8176dd34-d884-47c6-b95f-c520ffc4e9c6/frame-4.webp', 3, '2026-11-30 05:32:19+00:00'::timestamptz),
('8e00b52a-f349-4610-8b05-91507c3acd64', '8176dd34-d884-47c6-b95f-c520ffc4e9c6', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/8176dd34-d884-47c6-b95f-c520ffc4e9c6/frame-5.webp', 4, '2026-11-30 05:32:19+00:00'::timestamptz),
('8ea11fc8-87df-44fc-a90c-ed66656dee33', '82fd0858-d2dd-433e-a1bb-e811f0302430', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/82fd0858-d2dd-433e-a1bb-e811f0302430/narration.mp3', 0, '2026-12-01 04:43:25+00:00'::timestamptz),
('8f31ebeb-10e6-47ae-b98b-2cd4d1ce60a5', '82fd0858-d2dd-433e-a1bb-e811f0302430', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/82fd0858-d2dd-433e-a1bb-e811f0302430/story.mp4', 0, '2026-12-01 04:43:25+00:00'::timestamptz),
('8f9d5b80-e9a8-4e74-aa4f-7cc3a1c83171', '82fd0858-d2dd-433e-a1bb-e811f0302430', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/82fd0858-d2dd-433e-a1bb-e811f0302430/frame-1.webp', 0, '2026-12-01 04:43:25+00:00'::timestamptz),
('90b9379e-d45c-4f0f-955f-b8f9d1794b6c', '82fd0858-d2dd-433e-a1bb-e811f0302430', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/82fd0858-d2dd-433e-a1bb-e811f0302430/frame-2.webp', 1, '2026-12-01 04:43:25+00:00'::timestamptz),
('91699c2e-d1c8-457b-b1b4-78c192dab706', '82fd0858-d2dd-433e-a1bb-e811f0302430', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/82fd0858-d2dd-433e-a1bb-e811f0302430/frame-3.webp', 2, '2026-12-01 04:43:25+00:00'::timestamptz),
('9272343c-767a-47a3-bf96-2baa7ea43377', '82fd0858-d2dd-433e-a1bb-e811f0302430', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/82fd0858-d2dd-433e-a1bb-e811f0302430/frame-4.webp', 3, '2026-12-01 04:43:25+00:00'::timestamptz),
('92ce3f79-c88f-4298-8d8b-1c9386f33014', '82fd0858-d2dd-433e-a1bb-e811f0302430', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/82fd0858-d2dd-433e-a1bb-e811f0302430/frame-5.webp', 4, '2026-12-01 04:43:25+00:00'::timestamptz),
('93724752-ab68-44bb-a195-02028f1bc526', '85332700-e311-4745-aab6-894fa18c6fe0', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/85332700-e311-4745-aab6-894fa18c6fe0/narration.mp3', 0, '2026-12-02 05:21:11+00:00'::timestamptz),
('94ca028c-15af-4514-8013-ac02961e6cfe', '85332700-e311-4745-aab6-894fa18c6fe0', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/85332700-e311-4745-aab6-894fa18c6fe0/frame-1.webp', 0, '2026-12-02 05:21:11+00:00'::timestamptz),
('94f7b5d9-7b8c-4b56-a3bb-5b49b98bd29e', '85332700-e311-4745-aab6-894fa18c6fe0', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/85332700-e311-4745-aab6-894fa18c6fe0/frame-2.webp', 1, '2026-12-02 05:21:11+00:00'::timestamptz),
('95e17c79-d6e9-4767-99c2-961578a06e42', '85332700-e311-4745-aab6-894fa18c6fe0', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/85332700-e311-4745-aab6-894fa18c6fe0/frame-3.webp', 2, '2026-12-02 05:21:11+00:00'::timestamptz),
('96edfd6b-a915-4b2d-a4ef-8cdf39c2c330', '85332700-e311-4745-aab6-894fa18c6fe0', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/85332700-e311-4745-aab6-894fa18c6fe0/frame-4.webp', 3, '2026-12-02 05:21:11+00:00'::timestamptz),
('9760efe2-ce99-494a-b0a4-eb7f511f400b', '8920f937-5603-4c98-8325-ef3a9295bd59', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/8920f937-5603-4c98-8325-ef3a9295bd59/narration.mp3', 0, '2026-12-03 05:18:10+00:00'::timestamptz),
('98778c97-7652-4b8b-9c67-f622c00bd28e', '8920f937-5603-4c98-8325-ef3a9295bd59', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/8920f937-5603-4c98-8325-ef3a9295bd59/story.mp4', 0, '2026-12-03 05:18:10+00:00'::timestamptz),
('99411b6f-1a59-4ce1-b26a-38e70da53816', '8920f937-5603-4c98-8325-ef3a9295bd59', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/8920f937-5603-4c98-8325-ef3a9295bd59/frame-1.webp', 0, '2026-12-03 05:18:10+00:00'::timestamptz),
('99cc34f5-1415-4537-a0c5-74e4d832834a', '8920f937-5603-4c98-8325-ef3a9295bd59', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/8920f937-5603-4c98-8325-ef3a9295bd59/frame-2.webp', 1, '2026-12-03 05:18:10+00:00'::timestamptz),
('9aec9726-a548-476c-bbaf-fd7f02143bdd', '8920f937-5603-4c98-8325-ef3a9295bd59', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/8920f937-5603-4c98-8325-ef3a9295bd59/frame-3.webp', 2, '2026-12-03 05:18:10+00:00'::timestamptz),
('9ba252b0-3e46-4db3-81de-de8aa6a2abff', '8920f937-5603-4c98-8325-ef3a9295bd59', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/8920f937-5603-4c98-8325-ef3a9295bd59/frame-4.webp', 3, '2026-12-03 05:18:10+00:00'::timestamptz),
('9c797529-3c3a-427f-94bc-04b8803a5d2b', '8b6fe029-77b1-4569-809d-2f6dc68c8d87', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/8b6fe029-77b1-4569-809d-2f6dc68c8d87/narration.mp3', 0, '2026-12-04 05:02:56+00:00'::timestamptz),
('9cf9e526-b42e-4303-9f16-6de76e9abc35', '8b6fe029-77b1-4569-809d-2f6dc68c8d87', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/8b6fe029-77b1-4569-809d-2f6dc68c8d87/story.mp4', 0, '2026-12-04 05:02:56+00:00'::timestamptz),
('9dac477a-3df9-4dab-b566-ef89c0a4ff4c', '8b6fe029-77b1-4569-809d-2f6dc68c8d87', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/8b6fe029-77b1-4569-809d-2f6dc68c8d87/frame-1.webp', 0, '2026-12-04 05:02:56+00:00'::timestamptz),
('9ea8488c-b774-4c4b-b934-25fefc997d0e', '8b6fe029-77b1-4569-809d-2f6dc68c8d87', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/8b6fe029-77b1-4569-809d-2f6dc68c8d87/frame-2.webp', 1, '2026-12-04 05:02:56+00:00'::timestamptz),
('9f6b5831-be04-4cd9-b2fd-ec85e7142438', '8b6fe029-77b1-4569-809d-2f6dc68c8d87', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/8b6fe029-77b1-4569-809d-2f6dc68c8d87/frame-3.webp', 2, '2026-12-04 05:02:56+00:00'::timestamptz),
('9fd3f383-141b-41f1-aa6a-1e7b431a5251', '902dcc74-b0cc-4091-a2fa-fa758193dc64', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/902dcc74-b0cc-4091-a2fa-fa758193dc64/narration.mp3', 0, '2026-12-04 04:24:03+00:00'::timestamptz),
('a04d1cee-d59f-47e6-a605-bb3a10f01630', '902dcc74-b0cc-4091-a2fa-fa758193dc64', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/902dcc74-b0cc-4091-a2fa-fa758193dc64/frame-1.webp', 0, '2026-12-04 04:24:03+00:00'::timestamptz),
('a1605a9e-df97-41e7-90e2-73c2b22bdb52', '902dcc74-b0cc-4091-a2fa-fa758193dc64', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/902dcc74-b0cc-4091-a2fa-fa758193dc64/frame-2.webp', 1, '2026-12-04 04:24:03+00:00'::timestamptz),
('a281f893-b6ed-44ab-9fb1-786b08a04d8d', '902dcc74-b0cc-4091-a2fa-fa758193dc64', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/902dcc74-b0cc-4091-a2fa-fa758193dc64/frame-3.webp', 2, '2026-12-04 04:24:03+00:00'::timestamptz),
('a29add29-a2dc-4438-bd7f-1e923402d818', '933727f9-e57a-443b-b728-1aa02d3925b1', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/933727f9-e57a-443b-b728-1aa02d3925b1/narration.mp3', 0, '2026-12-04 04:57:32+00:00'::timestamptz),
('a3f10593-244d-49c4-a011-a845d990f7f0', '933727f9-e57a-443b-b728-1aa02d3925b1', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/933727f9-e57a-443b-b728-1aa02d3925b1/frame-1.webp', 0, '2026-12-04 04:57:32+00:00'::timestamptz),
('a4bf34b2-d9e2-4370-8d57-b690a33b2dac', '933727f9-e57a-443b-b728-1aa02d3925b1', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/933727f9-e57a-443b-b728-1aa02d3925b1/frame-2.webp', 1, '2026-12-04 04:57:32+00:00'::timestamptz),
('a4da1a82-ad94-460b-b7db-d3cac37749b6', '933727f9-e57a-443b-b728-1aa02d3925b1', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/933727f9-e57a-443b-b728-1aa02d3925b1/frame-3.webp', 2, '2026-12-04 04:57:32+00:00'::timestamptz),
('a5ec3088-287d-4759-86d8-71e09c0c3aae', '933727f9-e57a-443b-b728-1aa02d3925b1', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/933727f9-e57a-443b-b728-1aa02d3925b1/frame-4.webp', 3, '2026-12-04 04:57:32+00:00'::timestamptz),
('a6860fa1-c101-4053-9b0a-16e37ce96aa6', '954970fb-740b-42b7-802f-b3d02187cb31', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/954970fb-740b-42b7-802f-b3d02187cb31/narration.mp3', 0, '2026-12-05 05:15:01+00:00'::timestamptz),
('a77558d8-f9d4-40d4-8955-0e4213970dd2', '954970fb-740b-42b7-802f-b3d02187cb31', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/954970fb-740b-42b7-802f-b3d02187cb31/story.mp4', 0, '2026-12-05 05:15:01+00:00'::timestamptz),
('a847d6c0-dba0-41e2-86cf-9fa31bee6b26', '954970fb-740b-42b7-802f-b3d02187cb31', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/954970fb-740b-42b7-802f-b3d02187cb31/frame-1.webp', 0, '2026-12-05 05:15:01+00:00'::timestamptz),
('a8ba14a9-027b-45ab-90cb-07cf96c672f2', '954970fb-740b-42b7-802f-b3d02187cb31', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/954970fb-740b-42b7-802f-b3d02187cb31/frame-2.webp', 1, '2026-12-05 05:15:01+00:00'::timestamptz),
('a97086b6-6fb3-46bf-a294-2298d130a170', '954970fb-740b-42b7-802f-b3d02187cb31', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/954970fb-740b-42b7-802f-b3d02187cb31/frame-3.webp', 2, '2026-12-05 05:15:01+00:00'::timestamptz),
('aa411c85-dd22-4d2b-89fe-1d42fdf7572a', '9845f328-19ed-4f2e-83c6-c1b016eec178', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/9845f328-19ed-4f2e-83c6-c1b016eec178/narration.mp3', 0, '2026-12-06 04:48:42+00:00'::timestamptz),
('ab5255a5-2791-4583-969a-ce7c0ce2d0be', '9845f328-19ed-4f2e-83c6-c1b016eec178', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/9845f328-19ed-4f2e-83c6-c1b016eec178/story.mp4', 0, '2026-12-06 04:48:42+00:00'::timestamptz),
('abf99cdb-f29e-4532-88d4-334bdc425601', '9845f328-19ed-4f2e-83c6-c1b016eec178', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/9845f328-19ed-4f2e-83c6-c1b016eec178/frame-1.webp', 0, '2026-12-06 04:48:42+00:00'::timestamptz),
('acbf38ae-2afc-4fa9-9527-ab16e41bb792', '9845f328-19ed-4f2e-83c6-c1b016eec178', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/9845f328-19ed-4f2e-83c6-c1b016eec178/frame-2.webp', 1, '2026-12-06 04:48:42+00:00'::timestamptz),
('ad41ba5b-80f7-4ef7-8613-0e02ab142940', '9cbf955e-4a21-446a-b93f-9a1d1710bb52', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/9cbf955e-4a21-446a-b93f-9a1d1710bb52/narration.mp3', 0, '2026-11-30 21:50:56+00:00'::timestamptz),
('ae04765d-3b1b-4f60-bc58-236bbee93269', '9cbf955e-4a21-446a-b93f-9a1d1710bb52', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/9cbf955e-4a21-446a-b93f-9a1d1710bb52/frame-1.webp', 0, '2026-11-30 21:50:56+00:00'::timestamptz),
('af19a952-08d1-4e6b-99e2-13b437a9aca0', '9cbf955e-4a21-446a-b93f-9a1d1710bb52', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/9cbf955e-4a21-446a-b93f-9a1d1710bb52/frame-2.webp', 1, '2026-11-30 21:50:56+00:00'::timestamptz),
('af985ec8-d040-49c4-90dd-46f0c8632741', '9cbf955e-4a21-446a-b93f-9a1d1710bb52', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/9cbf955e-4a21-446a-b93f-9a1d1710bb52/frame-3.webp', 2, '2026-11-30 21:50:56+00:00'::timestamptz),
('b0c96354-bba2-4339-a590-adc6b9c33c4b', 'a3e34e89-16a8-4158-8086-46e28c8feceb', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/a3e34e89-16a8-4158-8086-46e28c8feceb/narration.mp3', 0, '2026-12-01 21:11:10+00:00'::timestamptz),
('b1b7dc46-63e4-40db-aa6d-4524c7e3c2af', 'a3e34e89-16a8-4158-8086-46e28c8feceb', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/a3e34e89-16a8-4158-8086-46e28c8feceb/frame-1.webp', 0, '2026-12-01 21:11:10+00:00'::timestamptz),
('b2483de3-5f40-4610-833d-3ed07fce5f8a', 'a3e34e89-16a8-4158-8086-46e28c8feceb', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/a3e34e89-16a8-4158-8086-46e28c8feceb/frame-2.webp', 1, '2026-12-01 21:11:10+00:00'::timestamptz),
('b287d24b-8bf9-4dc4-8118-791458c8bfce', 'a3e34e89-16a8-4158-8086-46e28c8feceb', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/a3e34e89-16a8-4158-8086-46e28c8feceb/frame-3.webp', 2, '2026-12-01 21:11:10+00:00'::timestamptz),
('b3da766e-059f-4043-988b-d1e14282304b', 'a7461cb5-412f-4a7a-84f2-a62aa9df3099', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/a7461cb5-412f-4a7a-84f2-a62aa9df3099/narration.mp3', 0, '2026-12-02 21:45:05+00:00'::timestamptz),
('b4783c58-7f51-4f51-935c-05dabce19a78', 'a7461cb5-412f-4a7a-84f2-a62aa9df3099', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/a7461cb5-412f-4a7a-84f2-a62aa9df3099/frame-1.webp', 0, '2026-12-02 21:45:05+00:00'::timestamptz),
('b4cda592-7a50-4f0e-bc15-6a6f9a6d5d27', 'a7461cb5-412f-4a7a-84f2-a62aa9df3099', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/a7461cb5-412f-4a7a-84f2-a62aa9df3099/frame-2.webp', 1, '2026-12-02 21:45:05+00:00'::timestamptz),
('b5b7f296-01c8-45d9-9fdd-65e8eb12940c', 'a7461cb5-412f-4a7a-84f2-a62aa9df3099', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/a7461cb5-412f-4a7a-84f2-a62aa9df3099/frame-3.webp', 2, '2026-12-02 21:45:05+00:00'::timestamptz),
('b664627d-9493-4ee9-aa3d-2605c8a03e69', 'ab8ede5b-208b-4b27-ac79-f5aa9b6b03ef', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/ab8ede5b-208b-4b27-ac79-f5aa9b6b03ef/narration.mp3', 0, '2026-12-03 20:58:11+00:00'::timestamptz),
('b7bea860-02a3-4232-b9be-c446f7492597', 'ab8ede5b-208b-4b27-ac79-f5aa9b6b03ef', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/ab8ede5b-208b-4b27-ac79-f5aa9b6b03ef/frame-1.webp', 0, '2026-12-03 20:58:11+00:00'::timestamptz),
('b817f33f-67f2-4965-afd2-1485d74d2033', 'ab8ede5b-208b-4b27-ac79-f5aa9b6b03ef', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/ab8ede5b-208b-4b27-ac79-f5aa9b6b03ef/frame-2.webp', 1, '2026-12-03 20:58:11+00:00'::timestamptz),
('b9526732-a0f6-4f2e-b3c6-2880621fc224', 'b4c2299f-2faa-441d-9f29-2dc789bb48de', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/b4c2299f-2faa-441d-9f29-2dc789bb48de/narration.mp3', 0, '2026-12-03 20:42:24+00:00'::timestamptz),
('b9e2088b-4f46-4baf-b468-b451a1a05ea0', 'b4c2299f-2faa-441d-9f29-2dc789bb48de', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/b4c2299f-2faa-441d-9f29-2dc789bb48de/frame-1.webp', 0, '2026-12-03 20:42:24+00:00'::timestamptz),
('ba701585-e692-45b0-8b33-3fe883ddc027', 'b4c2299f-2faa-441d-9f29-2dc789bb48de', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/b4c2299f-2faa-441d-9f29-2dc789bb48de/frame-2.webp', 1, '2026-12-03 20:42:24+00:00'::timestamptz),
('bb493c1c-0ae6-4c52-b447-9c2874ccb33d', 'b4c2299f-2faa-441d-9f29-2dc789bb48de', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/b4c2299f-2faa-441d-9f29-2dc789bb48de/frame-3.webp', 2, '2026-12-03 20:42:24+00:00'::timestamptz),
('bc376ea4-340d-4044-bfbd-5b2866428d12', 'b4c2299f-2faa-441d-9f29-2dc789bb48de', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/b4c2299f-2faa-441d-9f29-2dc789bb48de/frame-4.webp', 3, '2026-12-03 20:42:24+00:00'::timestamptz),
('bccdd05f-3a04-4b25-bc1a-cd03ca166763', 'b4c2299f-2faa-441d-9f29-2dc789bb48de', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/b4c2299f-2faa-441d-9f29-2dc789bb48de/frame-5.webp', 4, '2026-12-03 20:42:24+00:00'::timestamptz),
('bd3c7104-3e93-4d6c-b388-b4c830ff5458', 'b862c170-547b-4f99-b545-50b3c05f1971', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/b862c170-547b-4f99-b545-50b3c05f1971/narration.mp3', 0, '2026-12-04 20:42:17+00:00'::timestamptz),
('be2f8a20-92e5-4880-8549-6174b9c63151', 'b862c170-547b-4f99-b545-50b3c05f1971', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/b862c170-547b-4f99-b545-50b3c05f1971/frame-1.webp', 0, '2026-12-04 20:42:17+00:00'::timestamptz),
('bf0fc57a-67de-422e-87fc-31b46d67f32f', 'b862c170-547b-4f99-b545-50b3c05f1971', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/b862c170-547b-4f99-b545-50b3c05f1971/frame-2.webp', 1, '2026-12-04 20:42:17+00:00'::timestamptz),
('bf9a844b-65b1-4172-af98-a0057026b0fd', 'c006dff3-5ea7-42e1-ba89-71690b2a8da3', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/c006dff3-5ea7-42e1-ba89-71690b2a8da3/narration.mp3', 0, '2026-12-05 20:49:21+00:00'::timestamptz),
('c0cb8138-fe28-4421-96ad-b4a4e45ddbb2', 'c006dff3-5ea7-42e1-ba89-71690b2a8da3', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/c006dff3-5ea7-42e1-ba89-71690b2a8da3/frame-1.webp', 0, '2026-12-05 20:49:21+00:00'::timestamptz),
('c1448fd1-d32a-4048-9db9-eac72072714a', 'c006dff3-5ea7-42e1-ba89-71690b2a8da3', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/c006dff3-5ea7-42e1-ba89-71690b2a8da3/frame-2.webp', 1, '2026-12-05 20:49:21+00:00'::timestamptz),
('c20c9dcb-652f-4cd4-aada-02edfb9b9658', 'c006dff3-5ea7-42e1-ba89-71690b2a8da3', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/c006dff3-5ea7-42e1-ba89-71690b2a8da3/frame-3.webp', 2, '2026-12-05 20:49:21+00:00'::timestamptz),
('c30503ab-7da6-444a-b2d4-52cf711dd62e', 'c006dff3-5ea7-42e1-ba89-71690b2a8da3', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/c006dff3-5ea7-42e1-ba89-71690b2a8da3/frame-4.webp', 3, '2026-12-05 20:49:21+00:00'::timestamptz),
('c37e45d3-c8be-4fc7-a79f-a7cec5b9fba2', 'c006dff3-5ea7-42e1-ba89-71690b2a8da3', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/c006dff3-5ea7-42e1-ba89-71690b2a8da3/frame-5.webp', 4, '2026-12-05 20:49:21+00:00'::timestamptz),
('c430213c-e71a-4e40-b526-6c5087b5eb40', 'c267394f-343e-4ebe-b870-16b152c9d64d', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/c267394f-343e-4ebe-b870-16b152c9d64d/narration.mp3', 0, '2026-12-05 21:09:07+00:00'::timestamptz),
('c4bfc4c0-d944-4b46-ae51-474b5d518216', 'c267394f-343e-4ebe-b870-16b152c9d64d', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/c267394f-343e-4ebe-b870-16b152c9d64d/frame-1.webp', 0, '2026-12-05 21:09:07+00:00'::timestamptz),
('c62a1763-04d4-4c58-bc29-0e740f778bba', 'c267394f-343e-4ebe-b870-16b152c9d64d', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/c267394f-343e-4ebe-b870-16b152c9d64d/frame-2.webp', 1, '2026-12-05 21:09:07+00:00'::timestamptz),
('c6987a32-bd5e-4c6d-b8c5-6a979cdf3fa8', 'c9ff84e6-5aaf-4091-8adb-9342fcab2495', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/c9ff84e6-5aaf-4091-8adb-9342fcab2495/narration.mp3', 0, '2026-12-06 21:02:42+00:00'::timestamptz),
('c7a88e25-c2d3-4940-a15a-bbf2f099afbc', 'c9ff84e6-5aaf-4091-8adb-9342fcab2495', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/c9ff84e6-5aaf-4091-8adb-9342fcab2495/frame-1.webp', 0, '2026-12-06 21:02:42+00:00'::timestamptz),
('c862ba59-0aa1-43d9-b351-233a956935b3', 'c9ff84e6-5aaf-4091-8adb-9342fcab2495', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/c9ff84e6-5aaf-4091-8adb-9342fcab2495/frame-2.webp', 1, '2026-12-06 21:02:42+00:00'::timestamptz),
('c9124cc4-10c7-4bee-9f78-cb58b3c520dc', 'c9ff84e6-5aaf-4091-8adb-9342fcab2495', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/c9ff84e6-5aaf-4091-8adb-9342fcab2495/frame-3.webp', 2, '2026-12-06 21:02:42+00:00'::timestamptz),
('c96a63cb-3519-4960-9c7b-6af3e2c79260', 'c9ff84e6-5aaf-4091-8adb-9342fcab2495', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/c9ff84e6-5aaf-4091-8adb-9342fcab2495/frame-4.webp', 3, '2026-12-06 21:02:42+00:00'::timestamptz),
('ca924d1b-407d-49c7-a95a-8d2c165af4f1', 'ce606554-37c7-40d2-8e38-69e7542559b4', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/ce606554-37c7-40d2-8e38-69e7542559b4/narration.mp3', 0, '2026-11-23 19:41:46+00:00'::timestamptz),
('cadbc40a-3e66-44c5-96a8-4ba30eb59118', 'ce606554-37c7-40d2-8e38-69e7542559b4', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/ce606554-37c7-40d2-8e38-69e7542559b4/frame-1.webp', 0, '2026-11-23 19:41:46+00:00'::timestamptz),
('cc3f097c-9206-4835-afd4-18f40384c9de', 'ce606554-37c7-40d2-8e38-69e7542559b4', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/ce606554-37c7-40d2-8e38-69e7542559b4/frame-2.webp', 1, '2026-11-23 19:41:46+00:00'::timestamptz),
('ccfb8f48-8013-4b75-b9de-1620f93871f7', 'ce606554-37c7-40d2-8e38-69e7542559b4', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/ce606554-37c7-40d2-8e38-69e7542559b4/frame-3.webp', 2, '2026-11-23 19:41:46+00:00'::timestamptz),
('cdaf7eb9-90b0-43fa-b16b-6496a18d6315', 'ce606554-37c7-40d2-8e38-69e7542559b4', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/ce606554-37c7-40d2-8e38-69e7542559b4/frame-4.webp', 3, '2026-11-23 19:41:46+00:00'::timestamptz),
('ce1f91da-13b4-421a-954c-e809537c253f', 'd38d3fd8-4eac-463f-805c-d91964aa8193', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/d38d3fd8-4eac-463f-805c-d91964aa8193/narration.mp3', 0, '2026-11-24 19:06:58+00:00'::timestamptz),
('cea9582a-05c0-4e8e-9121-b44549a00ab8', 'd38d3fd8-4eac-463f-805c-d91964aa8193', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/d38d3fd8-4eac-463f-805c-d91964aa8193/frame-1.webp', 0, '2026-11-24 19:06:58+00:00'::timestamptz),
('cf720b8b-0956-42b1-8bbf-22441f56e7bf', 'd38d3fd8-4eac-463f-805c-d91964aa8193', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/d38d3fd8-4eac-463f-805c-d91964aa8193/frame-2.webp', 1, '2026-11-24 19:06:58+00:00'::timestamptz),
('d097a54b-877c-475d-a535-95712739baf9', 'd38d3fd8-4eac-463f-805c-d91964aa8193', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/d38d3fd8-4eac-463f-805c-d91964aa8193/frame-3.webp', 2, '2026-11-24 19:06:58+00:00'::timestamptz),
('d12b600d-21a6-42b4-8ceb-7832ddaa43a9', 'd38d3fd8-4eac-463f-805c-d91964aa8193', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/d38d3fd8-4eac-463f-805c-d91964aa8193/frame-4.webp', 3, '2026-11-24 19:06:58+00:00'::timestamptz),
('d1bb1774-7c77-49ce-9c00-7a9e8369e1ac', 'd7002c73-9dac-4427-95a0-e068af7e5f56', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/d7002c73-9dac-4427-95a0-e068af7e5f56/narration.mp3', 0, '2026-11-25 19:33:45+00:00'::timestamptz),
('d2c2ed6c-76f0-4911-a891-adcee90b9aea', 'd7002c73-9dac-4427-95a0-e068af7e5f56', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/d7002c73-9dac-4427-95a0-e068af7e5f56/frame-1.webp', 0, '2026-11-25 19:33:45+00:00'::timestamptz),
('d3d0f7a6-9321-46f8-8f3d-85a87436f9e8', 'd7002c73-9dac-4427-95a0-e068af7e5f56', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/d7002c73-9dac-4427-95a0-e068af7e5f56/frame-2.webp', 1, '2026-11-25 19:33:45+00:00'::timestamptz),
('d489aa61-ac4b-4ca7-ad4a-4a56be1f351b', 'd7002c73-9dac-4427-95a0-e068af7e5f56', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/d7002c73-9dac-4427-95a0-e068af7e5f56/frame-3.webp', 2, '2026-11-25 19:33:45+00:00'::timestamptz),
('d4cb6085-a7b6-4cda-bf74-3a9f287edd0f', 'd7002c73-9dac-4427-95a0-e068af7e5f56', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/d7002c73-9dac-4427-95a0-e068af7e5f56/frame-4.webp', 3, '2026-11-25 19:33:45+00:00'::timestamptz),
('d5e40416-9418-44f5-8cb8-dd4bff97a29d', 'd89b8dfa-c3b9-464d-843e-2badb9e7013b', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/d89b8dfa-c3b9-464d-843e-2badb9e7013b/narration.mp3', 0, '2026-11-26 19:47:42+00:00'::timestamptz),
('d6d1e8ae-8e3e-416c-882d-122167ea31fe', 'd89b8dfa-c3b9-464d-843e-2badb9e7013b', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/d89b8dfa-c3b9-464d-843e-2badb9e7013b/frame-1.webp', 0, '2026-11-26 19:47:42+00:00'::timestamptz),
('d73e8e7c-5ab4-4ea3-a6bf-09eebacdb640', 'd89b8dfa-c3b9-464d-843e-2badb9e7013b', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/d89b8dfa-c3b9-464d-843e-2badb9e7013b/frame-2.webp', 1, '2026-11-26 19:47:42+00:00'::timestamptz),
('d7c70b74-8d54-4bb3-bdbd-3cba40a30137', 'd89b8dfa-c3b9-464d-843e-2badb9e7013b', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/d89b8dfa-c3b9-464d-843e-2badb9e7013b/frame-3.webp', 2, '2026-11-26 19:47:42+00:00'::timestamptz),
('d90bc119-d782-4307-8388-ed9215f51e57', 'd89b8dfa-c3b9-464d-843e-2badb9e7013b', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/d89b8dfa-c3b9-464d-843e-2badb9e7013b/frame-4.webp', 3, '2026-11-26 19:47:42+00:00'::timestamptz),
('d99da026-5c42-43c3-8886-7bbd52386fb1', 'dd72a9c2-fe16-4de7-8ea4-6f3730738f4f', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/dd72a9c2-fe16-4de7-8ea4-6f3730738f4f/narration.mp3', 0, '2026-11-27 18:55:11+00:00'::timestamptz),
('da877d84-1986-4332-bc4c-ce0efad6bef6', 'dd72a9c2-fe16-4de7-8ea4-6f3730738f4f', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/dd72a9c2-fe16-4de7-8ea4-6f3730738f4f/frame-1.webp', 0, '2026-11-27 18:55:11+00:00'::timestamptz),
('db7a4ec9-c6f0-4e2c-83fd-5605b597094c', 'dd72a9c2-fe16-4de7-8ea4-6f3730738f4f', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/dd72a9c2-fe16-4de7-8ea4-6f3730738f4f/frame-2.webp', 1, '2026-11-27 18:55:11+00:00'::timestamptz),
('db8b427a-5b15-4405-85f5-681b86edd352', 'dd72a9c2-fe16-4de7-8ea4-6f3730738f4f', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/dd72a9c2-fe16-4de7-8ea4-6f3730738f4f/frame-3.webp', 2, '2026-11-27 18:55:11+00:00'::timestamptz),
('dcf55a14-4de7-4980-87d7-61c007a92e99', 'dd72a9c2-fe16-4de7-8ea4-6f3730738f4f', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/dd72a9c2-fe16-4de7-8ea4-6f3730738f4f/frame-4.webp', 3, '2026-11-27 18:55:11+00:00'::timestamptz),
('dd222f5a-76b7-4111-af3e-2b94cc676772', 'dfa8ae0d-d5d3-4bcc-89b9-9e29ef5ef437', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/dfa8ae0d-d5d3-4bcc-89b9-9e29ef5ef437/narration.mp3', 0, '2026-11-28 20:00:21+00:00'::timestamptz),
('de2e2fdd-aabd-4292-a4c7-f989b9c5db4c', 'dfa8ae0d-d5d3-4bcc-89b9-9e29ef5ef437', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/dfa8ae0d-d5d3-4bcc-89b9-9e29ef5ef437/story.mp4', 0, '2026-11-28 20:00:21+00:00'::timestamptz),
('de9631fa-4dfa-423e-8351-a2ca2d6fda08', 'dfa8ae0d-d5d3-4bcc-89b9-9e29ef5ef437', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/dfa8ae0d-d5d3-4bcc-89b9-9e29ef5ef437/frame-1.webp', 0, '2026-11-28 20:00:21+00:00'::timestamptz),
('dfe5b3b6-a788-4f95-a71d-888cef3d1da8', 'dfa8ae0d-d5d3-4bcc-89b9-9e29ef5ef437', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/dfa8ae0d-d5d3-4bcc-89b9-9e29ef5ef437/frame-2.webp', 1, '2026-11-28 20:00:21+00:00'::timestamptz),
('e0d1cb9a-1af4-4ec8-99e1-8f14506074b0', 'dfa8ae0d-d5d3-4bcc-89b9-9e29ef5ef437', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/dfa8ae0d-d5d3-4bcc-89b9-9e29ef5ef437/frame-3.webp', 2, '2026-11-28 20:00:21+00:00'::timestamptz),
('e11781e8-205e-4b8e-8342-18e4c705ecc1', 'dfa8ae0d-d5d3-4bcc-89b9-9e29ef5ef437', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/dfa8ae0d-d5d3-4bcc-89b9-9e29ef5ef437/frame-4.webp', 3, '2026-11-28 20:00:21+00:00'::timestamptz),
('e206d422-fa5b-49dc-8167-3e2a458168a2', 'e3d5ae05-385a-42ca-9f88-7c107e033e4c', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/e3d5ae05-385a-42ca-9f88-7c107e033e4c/narration.mp3', 0, '2026-11-29 18:41:42+00:00'::timestamptz),
('e316ecec-88d4-4fdc-8eb4-c5cc90280622', 'e3d5ae05-385a-42ca-9f88-7c107e033e4c', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/e3d5ae05-385a-42ca-9f88-7c107e033e4c/frame-1.webp', 0, '2026-11-29 18:41:42+00:00'::timestamptz),
('e3e375fc-3ad4-407d-915a-f114a38149df', 'e3d5ae05-385a-42ca-9f88-7c107e033e4c', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/e3d5ae05-385a-42ca-9f88-7c107e033e4c/frame-2.webp', 1, '2026-11-29 18:41:42+00:00'::timestamptz),
('e4103223-274d-407e-a094-04c188bf4610', 'e3d5ae05-385a-42ca-9f88-7c107e033e4c', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/e3d5ae05-385a-42ca-9f88-7c107e033e4c/frame-3.webp', 2, '2026-11-29 18:41:42+00:00'::timestamptz),
('e5430234-fc4d-4929-8cb1-dee5ecfe8aba', 'e3d5ae05-385a-42ca-9f88-7c107e033e4c', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/e3d5ae05-385a-42ca-9f88-7c107e033e4c/frame-4.webp', 3, '2026-11-29 18:41:42+00:00'::timestamptz),
('e59647f4-fc52-4628-b0e0-caa8fd545de4', 'e4ddb503-f55e-497b-9e93-4d773e4cf174', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/e4ddb503-f55e-497b-9e93-4d773e4cf174/narration.mp3', 0, '2026-11-30 19:06:32+00:00'::timestamptz),
('e64da2d6-2979-415e-973a-5e8fc72d059f', 'e4ddb503-f55e-497b-9e93-4d773e4cf174', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/e4ddb503-f55e-497b-9e93-4d773e4cf174/frame-1.webp', 0, '2026-11-30 19:06:32+00:00'::timestamptz),
('e77726d3-153b-47da-a04e-d80c048f459a', 'e4ddb503-f55e-497b-9e93-4d773e4cf174', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/e4ddb503-f55e-497b-9e93-4d773e4cf174/frame-2.webp', 1, '2026-11-30 19:06:32+00:00'::timestamptz),
('e7c6cd09-42db-45da-8edc-bd033adba28e', 'e4ddb503-f55e-497b-9e93-4d773e4cf174', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/e4ddb503-f55e-497b-9e93-4d773e4cf174/frame-3.webp', 2, '2026-11-30 19:06:32+00:00'::timestamptz),
('e87b0f9b-f20b-487e-89c3-e4fce105f58f', 'e4ddb503-f55e-497b-9e93-4d773e4cf174', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/e4ddb503-f55e-497b-9e93-4d773e4cf174/frame-4.webp', 3, '2026-11-30 19:06:32+00:00'::timestamptz),
('e94b4340-7294-411e-92f9-52e5bd0a6180', 'e8a46c54-89df-474f-bebb-1437bf98db9f', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/e8a46c54-89df-474f-bebb-1437bf98db9f/narration.mp3', 0, '2026-12-01 19:19:13+00:00'::timestamptz),
('ea1de4a8-cfdc-4da2-ab1c-4e893a64a3dc', 'e8a46c54-89df-474f-bebb-1437bf98db9f', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/e8a46c54-89df-474f-bebb-1437bf98db9f/frame-1.webp', 0, '2026-12-01 19:19:13+00:00'::timestamptz),
('ead0351f-ba0a-48de-b532-cb23d4a30486', 'e8a46c54-89df-474f-bebb-1437bf98db9f', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/e8a46c54-89df-474f-bebb-1437bf98db9f/frame-2.webp', 1, '2026-12-01 19:19:13+00:00'::timestamptz),
('ebe0ce9f-2849-42bf-ae70-f4957c540862', 'e8a46c54-89df-474f-bebb-1437bf98db9f', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/e8a46c54-89df-474f-bebb-1437bf98db9f/frame-3.webp', 2, '2026-12-01 19:19:13+00:00'::timestamptz),
('ec7f0eb2-a4bf-43ed-8a81-fc0e8ed95a23', 'e8a46c54-89df-474f-bebb-1437bf98db9f', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/e8a46c54-89df-474f-bebb-1437bf98db9f/frame-4.webp', 3, '2026-12-01 19:19:13+00:00'::timestamptz),
('ed549bce-98d5-4b41-9c39-f03060113e4a', 'eb9925ba-a558-4594-bbe7-43e0189e2290', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/eb9925ba-a558-4594-bbe7-43e0189e2290/narration.mp3', 0, '2026-12-02 19:31:29+00:00'::timestamptz),
('ee59c402-208a-43d7-a100-b369f63426d8', 'eb9925ba-a558-4594-bbe7-43e0189e2290', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/eb9925ba-a558-4594-bbe7-43e0189e2290/frame-1.webp', 0, '2026-12-02 19:31:29+00:00'::timestamptz),
('ef18c72d-ccb4-49b6-bbfb-c43f10488745', 'eb9925ba-a558-4594-bbe7-43e0189e2290', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/eb9925ba-a558-4594-bbe7-43e0189e2290/frame-2.webp', 1, '2026-12-02 19:31:29+00:00'::timestamptz),
('ef6fba4b-8f43-411c-99ed-b88f48d3fe0a', 'eb9925ba-a558-4594-bbe7-43e0189e2290', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/eb9925ba-a558-4594-bbe7-43e0189e2290/frame-3.webp', 2, '2026-12-02 19:31:29+00:00'::timestamptz),
('f02b3c7e-f232-4154-8f6e-78cbd90d9b33', 'eb9925ba-a558-4594-bbe7-43e0189e2290', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/eb9925ba-a558-4594-bbe7-43e0189e2290/frame-4.webp', 3, '2026-12-02 19:31:29+00:00'::timestamptz),
('f185a979-132f-4ae7-ae25-337d210c206d', 'eb9925ba-a558-4594-bbe7-43e0189e2290', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/eb9925ba-a558-4594-bbe7-43e0189e2290/frame-5.webp', 4, '2026-12-02 19:31:29+00:00'::timestamptz),
('f242dc5e-de23-4dc1-98b5-f88e171acc3d', 'ef2118db-7c8a-4bbe-8a80-86081feb4212', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/ef2118db-7c8a-4bbe-8a80-86081feb4212/narration.mp3', 0, '2026-12-03 19:14:14+00:00'::timestamptz),
('f2fd0224-0559-47a9-b75c-97cff4d7e9df', 'ef2118db-7c8a-4bbe-8a80-86081feb4212', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/ef2118db-7c8a-4bbe-8a80-86081feb4212/frame-1.webp', 0, '2026-12-03 19:14:14+00:00'::timestamptz),
('f32f40a5-33ef-4506-9691-87dc08c69acf', 'ef2118db-7c8a-4bbe-8a80-86081feb4212', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/ef2118db-7c8a-4bbe-8a80-86081feb4212/frame-2.webp', 1, '2026-12-03 19:14:14+00:00'::timestamptz),
('f417b365-9a1e-4137-9628-5baa54d0c69a', 'f4c1bb62-f67d-4e31-a9ba-12b89378eddb', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/f4c1bb62-f67d-4e31-a9ba-12b89378eddb/narration.mp3', 0, '2026-12-04 18:50:43+00:00'::timestamptz),
('f53d4dad-742b-4d4f-8015-897421b3b4b8', 'f4c1bb62-f67d-4e31-a9ba-12b89378eddb', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/f4c1bb62-f67d-4e31-a9ba-12b89378eddb/frame-1.webp', 0, '2026-12-04 18:50:43+00:00'::timestamptz),
('f5803d7e-9038-4ad7-a90b-207bf0228b61', 'f4c1bb62-f67d-4e31-a9ba-12b89378eddb', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/f4c1bb62-f67d-4e31-a9ba-12b89378eddb/frame-2.webp', 1, '2026-12-04 18:50:43+00:00'::timestamptz),
('f695a858-f1c9-4ec5-b033-9c92bc4c70bf', 'f4c1bb62-f67d-4e31-a9ba-12b89378eddb', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/f4c1bb62-f67d-4e31-a9ba-12b89378eddb/frame-3.webp', 2, '2026-12-04 18:50:43+00:00'::timestamptz),
('f72583e7-205f-4579-a64b-5b77c524c68f', 'f928b61b-2c0e-43ef-b6e7-07f0c1c5143c', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/f928b61b-2c0e-43ef-b6e7-07f0c1c5143c/narration.mp3', 0, '2026-12-05 18:44:52+00:00'::timestamptz),
('f7b4b1bc-0401-4f8d-8684-fdaca8f24b03', 'f928b61b-2c0e-43ef-b6e7-07f0c1c5143c', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/f928b61b-2c0e-43ef-b6e7-07f0c1c5143c/frame-1.webp', 0, '2026-12-05 18:44:52+00:00'::timestamptz),
('f8bc1b29-c094-4920-86f6-af2b90204be6', 'f928b61b-2c0e-43ef-b6e7-07f0c1c5143c', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/f928b61b-2c0e-43ef-b6e7-07f0c1c5143c/frame-2.webp', 1, '2026-12-05 18:44:52+00:00'::timestamptz),
('f98b08a5-e1e2-4c09-b2b7-d42751adf42e', 'fa791e2d-aa31-4464-bfe3-2b4d998f5a16', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/fa791e2d-aa31-4464-bfe3-2b4d998f5a16/narration.mp3', 0, '2026-12-06 19:19:23+00:00'::timestamptz),
('f9ef41bd-4f80-4130-b42c-b62d2da81fb6', 'fa791e2d-aa31-4464-bfe3-2b4d998f5a16', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/fa791e2d-aa31-4464-bfe3-2b4d998f5a16/story.mp4', 0, '2026-12-06 19:19:23+00:00'::timestamptz),
('fb5b3479-decf-49b1-8a2c-9acad611c211', 'fa791e2d-aa31-4464-bfe3-2b4d998f5a16', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/fa791e2d-aa31-4464-bfe3-2b4d998f5a16/frame-1.webp', 0, '2026-12-06 19:19:23+00:00'::timestamptz),
('fc18cb3c-4679-409f-8315-a5a2a47f4139', 'fa791e2d-aa31-4464-bfe3-2b4d998f5a16', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/fa791e2d-aa31-4464-bfe3-2b4d998f5a16/frame-2.webp', 1, '2026-12-06 19:19:23+00:00'::timestamptz),
('fc7d343b-66d1-4ef6-af47-56c8fe3ba756', 'fcbb308a-0f49-4f3f-a0a5-c3cb6f1e0402', 'audio', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/fcbb308a-0f49-4f3f-a0a5-c3cb6f1e0402/narration.mp3', 0, '2026-12-06 19:15:44+00:00'::timestamptz),
('fd616fc0-aa8d-4037-87c7-c58545313c92', 'fcbb308a-0f49-4f3f-a0a5-c3cb6f1e0402', 'video', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/fcbb308a-0f49-4f3f-a0a5-c3cb6f1e0402/story.mp4', 0, '2026-12-06 19:15:44+00:00'::timestamptz),
('fdf37171-9b3e-45f8-95b6-8b99308763fb', 'fcbb308a-0f49-4f3f-a0a5-c3cb6f1e0402', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/fcbb308a-0f49-4f3f-a0a5-c3cb6f1e0402/frame-1.webp', 0, '2026-12-06 19:15:44+00:00'::timestamptz),
('fea70fda-1e0e-4fd5-93a9-7b80713e23e5', 'fcbb308a-0f49-4f3f-a0a5-c3cb6f1e0402', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/fcbb308a-0f49-4f3f-a0a5-c3cb6f1e0402/frame-2.webp', 1, '2026-12-06 19:15:44+00:00'::timestamptz),
('ff5bad6e-1034-4d86-b01d-62f2401f18e5', 'fcbb308a-0f49-4f3f-a0a5-c3cb6f1e0402', 'frame', 'http://127.0.0.1:54321/storage/v1/object/public/story-assets/fcbb308a-0f49-4f3f-a0a5-c3cb6f1e0402/frame-3.webp', 2, '2026-12-06 19:15:44+00:00'::timestamptz);
insert into public.session_feedback (id, session_id, user_id, rating, mood_delta, created_at, updated_at) values
('00434aa6-180e-46ea-b526-40b7203f85ab', '0074fe31-fe94-43f2-9d24-ccb26eaf077a', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 5, 4, '2026-11-23 18:11:27+00:00'::timestamptz, '2026-11-23 18:11:27+00:00'::timestamptz),
('04a6fd3b-642f-4947-88d8-bd6beaf060ed', '049698bc-70cc-44bb-ab7e-99c460d6ef7a', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 5, 5, '2026-11-25 17:44:06+00:00'::timestamptz, '2026-11-25 17:44:06+00:00'::timestamptz),
('0cbfecec-87aa-405f-af41-630b2c2c38be', '08a9c657-5abc-4041-85bc-530be29fd2c1', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 3, 3, '2026-11-27 17:39:29+00:00'::timestamptz, '2026-11-27 17:39:29+00:00'::timestamptz),
('0f32534f-4520-4c5d-b13b-baa029b36a6b', '0eba81ca-7ace-41b8-91ec-65d8d6b669f0', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 4, 1, '2026-11-28 17:41:09+00:00'::timestamptz, '2026-11-28 17:41:09+00:00'::timestamptz),
('12eb1b97-d830-41a2-a585-4824586a9d5b', '143a3181-f993-466e-a7af-abb199e91b64', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 2, 1, '2026-11-29 18:38:07+00:00'::timestamptz, '2026-11-29 18:38:07+00:00'::timestamptz),
('1a935511-de42-4824-96c4-1b7bf3b9cc7c', '19d0073a-ff27-4c13-bf50-fc10c8634910', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 5, 2, '2026-12-01 17:33:38+00:00'::timestamptz, '2026-12-01 17:33:38+00:00'::timestamptz),
('1be039b8-f9d6-472d-a609-e46d3d08c47e', '1e0bb0e0-05fb-4f59-9ee1-eb40b5110988', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 5, 2, '2026-12-02 17:40:28+00:00'::timestamptz, '2026-12-02 17:40:28+00:00'::timestamptz),
('21cc02c8-790c-4e6a-867d-e06e32295bce', '23af4eb0-3604-4a52-91f4-62a87b25fb8b', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 4, 4, '2026-12-03 17:47:32+00:00'::timestamptz, '2026-12-03 17:47:32+00:00'::timestamptz),
('25448e8f-479b-49c6-a780-57bec67f498d', '26bff572-06c1-4723-8641-6d910e081a40', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 3, 2, '2026-12-04 18:08:17+00:00'::timestamptz, '2026-12-04 18:08:17+00:00'::timestamptz),
('2b763442-205f-4556-a836-307214172e44', '2ecc2546-6975-43a4-8b5b-28d4a2e77ce8', 'bdd640fb-0667-4ad1-9c80-317fa3b1799d', 5, 2, '2026-12-05 18:19:19+00:00'::timestamptz, '2026-12-05 18:19:19+00:00'::timestamptz),
('322d8780-748c-4ead-8d4a-843969dcbcfa', '34ced8cc-d126-426a-832d-8062a85b6d3a', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 5, 1, '2026-11-24 20:53:15+00:00'::timestamptz, '2026-11-24 20:53:15+00:00'::timestamptz),
('34bee3f0-27fe-4164-aef8-783597d6c5a4', '37f826e9-e086-48d5-9543-35b9e0062232', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 4,  -1, '2026-11-25 20:42:26+00:00'::timestamptz, '2026-11-25 20:42:26+00:00'::timestamptz),
('36f2b623-74ab-427a-a286-5fc9f5db5215', '3b773a42-a28e-4a7b-aa0a-3ea30d0c0c9b', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 5, 2, '2026-11-26 20:15:28+00:00'::timestamptz, '2026-11-26 20:15:28+00:00'::timestamptz),
('3c5994fe-cd68-427a-a306-f0877f9f5ec2', '402b5b74-d03a-47ba-8b43-4f0ca96d7c22', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 3,  -3, '2026-11-27 21:02:39+00:00'::timestamptz, '2026-11-27 21:02:39+00:00'::timestamptz),
('4362ca71-c8e0-4d97-8696-f4ea300ec758', '42e056d5-9e71-4f45-934a-df25de25df50', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 4, 2, '2026-11-28 20:04:20+00:00'::timestamptz, '2026-11-28 20:04:20+00:00'::timestamptz),
('45ee5810-09bf-453a-b6f3-93712359b7a4', '451e0dd4-7452-47a8-990d-55fd0bda7d7c', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 3, 0, '2026-11-29 20:04:10+00:00'::timestamptz, '2026-11-29 20:04:10+00:00'::timestamptz),
('4b9b51bf-d22b-454a-8945-ab1c58bb4b6b', '481ac055-8fab-4b4c-bc4f-c4ee69264b5b', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 5, 5, '2026-11-30 19:58:41+00:00'::timestamptz, '2026-11-30 19:58:41+00:00'::timestamptz),
('510e9b06-98a9-418f-aa65-e1c4b037cd8b', '4c9fb3e8-3c15-4ec1-bafe-286615e400df', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 4, 5, '2026-11-30 19:55:21+00:00'::timestamptz, '2026-11-30 19:55:21+00:00'::timestamptz),
('54bb5bcf-88bc-4e9e-9478-f9a50d307b74', '4ea473d3-6872-4c2d-a394-10f954e48b8e', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 5, 2, '2026-12-01 21:14:22+00:00'::timestamptz, '2026-12-01 21:14:22+00:00'::timestamptz),
('5aa4eab0-7aca-4411-9c00-298a3afcad40', '52b85250-4bd8-4b76-a3db-9ab00cbb9612', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 5, 0, '2026-12-02 20:26:00+00:00'::timestamptz, '2026-12-02 20:26:00+00:00'::timestamptz),
('5da15d22-31fc-4fd5-b2d2-e8de3f7db7cf', '55f42d29-af63-4814-91f3-6b7c02e7ee0f', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 5, 2, '2026-12-03 19:52:02+00:00'::timestamptz, '2026-12-03 19:52:02+00:00'::timestamptz),
('60bef69b-147c-4d0a-85a4-70125e8d6627', '5be02760-c884-4042-bbaa-f829b49c62f2', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 5, 5, '2026-12-04 20:31:26+00:00'::timestamptz, '2026-12-04 20:31:26+00:00'::timestamptz),
('64cdafd9-692f-4f00-8209-49c1e93e3946', '5e42b2d7-4f8a-4112-b354-df25910d409a', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 5, 2, '2026-12-04 21:05:32+00:00'::timestamptz, '2026-12-04 21:05:32+00:00'::timestamptz),
('6d85583b-c7fb-4d23-909d-3b3cc4d8b8c0', '624c4803-3dc0-45aa-a792-7e0c7b5a694a', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 3, 2, '2026-12-05 20:03:26+00:00'::timestamptz, '2026-12-05 20:03:26+00:00'::timestamptz),
('70ae818d-d21f-43e9-af31-aa929ecd6e6d', '65ffb3ff-e2a3-47a4-8dd0-815afaa819cd', '3b8faa18-37f8-488b-97fc-695a07a0ca6e', 3, 3, '2026-12-06 20:16:31+00:00'::timestamptz, '2026-12-06 20:16:31+00:00'::timestamptz),
('76595084-a04d-46b9-b07b-686b18e46d56', '7209e683-9962-464c-8d2f-79ffaa457fad', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 5, 0, '2026-11-27 04:30:49+00:00'::timestamptz, '2026-11-27 04:30:49+00:00'::timestamptz),
('7706453d-5e6b-4865-8cd3-c57d187cfef3', '72fe74ab-f35f-47c2-9769-5530be26d92f', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 5, 5, '2026-11-28 05:03:36+00:00'::timestamptz, '2026-11-28 05:03:36+00:00'::timestamptz),
('7d3dab5d-9219-4568-8680-872d23fab37e', '7a5fca18-738f-496f-a91f-cdae84ba33e3', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 5, 1, '2026-11-29 05:55:25+00:00'::timestamptz, '2026-11-29 05:55:25+00:00'::timestamptz),
('813b14f1-f9b1-4840-b959-07dc0ee93c38', '7c0360dd-c33a-4def-9408-7ecb1428475c', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 5, 1, '2026-11-29 05:06:35+00:00'::timestamptz, '2026-11-29 05:06:35+00:00'::timestamptz),
('862a261f-7fdc-4da7-af33-d5119cad3694', '8176dd34-d884-47c6-b95f-c520ffc4e9c6', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 4, 2, '2026-11-30 05:45:43+00:00'::timestamptz, '2026-11-30 05:45:43+00:00'::timestamptz),
('8cbb046d-94ee-4cd4-b033-31e004203ee0', '82fd0858-d2dd-433e-a1bb-e811f0302430', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 4, 0, '2026-12-01 04:56:07+00:00'::timestamptz, '2026-12-01 04:56:07+00:00'::timestamptz),
('8dcb167c-2d42-472e-a92e-3e9aa7436e81', '85332700-e311-4745-aab6-894fa18c6fe0', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 4,  -3, '2026-12-02 05:29:23+00:00'::timestamptz, '2026-12-02 05:29:23+00:00'::timestamptz),
('9373bb40-62c2-4561-a5e1-8dafafc2130a', '8920f937-5603-4c98-8325-ef3a9295bd59', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 4, 3, '2026-12-03 05:22:30+00:00'::timestamptz, '2026-12-03 05:22:30+00:00'::timestamptz),
('9b6d3722-9254-4e70-b20e-a3870920ba12', '8b6fe029-77b1-4569-809d-2f6dc68c8d87', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 5, 1, '2026-12-04 05:13:28+00:00'::timestamptz, '2026-12-04 05:13:28+00:00'::timestamptz),
('9beec746-05b3-43db-9714-32d4c5a236a3', '902dcc74-b0cc-4091-a2fa-fa758193dc64', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 3, 2, '2026-12-04 04:28:24+00:00'::timestamptz, '2026-12-04 04:28:24+00:00'::timestamptz),
('a4902e51-18c5-4262-93a3-549655d30c37', '954970fb-740b-42b7-802f-b3d02187cb31', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 5, 0, '2026-12-05 05:29:50+00:00'::timestamptz, '2026-12-05 05:29:50+00:00'::timestamptz),
('a8d20bf8-bb6a-49dd-8b08-f44cc816618e', '9845f328-19ed-4f2e-83c6-c1b016eec178', '6c307511-b2b9-437a-a8df-6ec4ce4a2bbd', 4,  -2, '2026-12-06 05:02:49+00:00'::timestamptz, '2026-12-06 05:02:49+00:00'::timestamptz),
('ac0bcc4b-9b00-4fb9-be79-cf798fff1014', '9cbf955e-4a21-446a-b93f-9a1d1710bb52', '759cde66-bacf-43d0-8b1f-9163ce9ff57f', 3, 0, '2026-11-30 21:58:40+00:00'::timestamptz, '2026-11-30 21:58:40+00:00'::timestamptz),
('ade4e572-8def-45c8-afed-6d6bf0a2d56b', 'a3e34e89-16a8-4158-8086-46e28c8feceb', '759cde66-bacf-43d0-8b1f-9163ce9ff57f', 4, 1, '2026-12-01 21:27:40+00:00'::timestamptz, '2026-12-01 21:27:40+00:00'::timestamptz),
('b2b1c58d-1128-4860-9383-f9646197c83a', 'a7461cb5-412f-4a7a-84f2-a62aa9df3099', '759cde66-bacf-43d0-8b1f-9163ce9ff57f', 5, 1, '2026-12-02 21:55:27+00:00'::timestamptz, '2026-12-02 21:55:27+00:00'::timestamptz),
('b7b301e3-0a88-4c35-83b5-d76a3a399738', 'ab8ede5b-208b-4b27-ac79-f5aa9b6b03ef', '759cde66-bacf-43d0-8b1f-9163ce9ff57f', 4, 2, '2026-12-03 21:05:28+00:00'::timestamptz, '2026-12-03 21:05:28+00:00'::timestamptz),
('bc72d130-a48e-47ba-936e-c30b50d20f1b', 'b4c2299f-2faa-441d-9f29-2dc789bb48de', '759cde66-bacf-43d0-8b1f-9163ce9ff57f', 5, 1, '2026-12-03 20:57:36+00:00'::timestamptz, '2026-12-03 20:57:36+00:00'::timestamptz),
('c2663229-b1d6-4195-bfbe-cf8be9d2b0bb', 'b862c170-547b-4f99-b545-50b3c05f1971', '759cde66-bacf-43d0-8b1f-9163ce9ff57f', 3, 2, '2026-12-04 20:54:38+00:00'::timestamptz, '2026-12-04 20:54:38+00:00'::timestamptz),
('c642a987-b938-43da-b32a-e5c663fb2bcb', 'c006dff3-5ea7-42e1-ba89-71690b2a8da3', '759cde66-bacf-43d0-8b1f-9163ce9ff57f', 4, 1, '2026-12-05 21:03:47+00:00'::timestamptz, '2026-12-05 21:03:47+00:00'::timestamptz),
('ca331a97-f8be-4c64-b0f7-4e1da52c0802', 'c9ff84e6-5aaf-4091-8adb-9342fcab2495', '759cde66-bacf-43d0-8b1f-9163ce9ff57f', 4,  -1, '2026-12-06 21:10:34+00:00'::timestamptz, '2026-12-06 21:10:34+00:00'::timestamptz),
('d0d6c679-7810-4ba6-b4c2-c485f9728540', 'd38d3fd8-4eac-463f-805c-d91964aa8193', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 5, 2, '2026-11-24 19:16:58+00:00'::timestamptz, '2026-11-24 19:16:58+00:00'::timestamptz),
('d4fc989c-d9c7-40fd-8cb2-b02341d5bfd8', 'd7002c73-9dac-4427-95a0-e068af7e5f56', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 5,  -2, '2026-11-25 19:47:14+00:00'::timestamptz, '2026-11-25 19:47:14+00:00'::timestamptz),
('daf3903e-d401-44a8-a002-adb54cd8c78a', 'd89b8dfa-c3b9-464d-843e-2badb9e7013b', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 5, 0, '2026-11-26 20:03:06+00:00'::timestamptz, '2026-11-26 20:03:06+00:00'::timestamptz),
('df0e0c96-5343-42ae-94e3-874c92646c5b', 'dfa8ae0d-d5d3-4bcc-89b9-9e29ef5ef437', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 5,  -2, '2026-11-28 20:09:23+00:00'::timestamptz, '2026-11-28 20:09:23+00:00'::timestamptz),
('e431ea69-fbbb-4320-9c83-7adfaca9dde5', 'e4ddb503-f55e-497b-9e93-4d773e4cf174', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 4, 3, '2026-11-30 19:18:37+00:00'::timestamptz, '2026-11-30 19:18:37+00:00'::timestamptz),
('e7e7f49c-5666-419a-8fda-d1ca40d6a9eb', 'e8a46c54-89df-474f-bebb-1437bf98db9f', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 4, 1, '2026-12-01 19:32:46+00:00'::timestamptz, '2026-12-01 19:32:46+00:00'::timestamptz),
('ed68e9cf-71c1-4a7b-9878-9784bc95b932', 'eb9925ba-a558-4594-bbe7-43e0189e2290', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 2,  -1, '2026-12-02 19:47:49+00:00'::timestamptz, '2026-12-02 19:47:49+00:00'::timestamptz),
('ee6a64b0-a7fb-4caa-929d-d59c41866506', 'f4c1bb62-f67d-4e31-a9ba-12b89378eddb', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 4, 2, '2026-12-04 19:06:17+00:00'::timestamptz, '2026-12-04 19:06:17+00:00'::timestamptz),
('f2e4f590-3dba-41f1-9f46-3fb1fc40bef2', 'f928b61b-2c0e-43ef-b6e7-07f0c1c5143c', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 4, 2, '2026-12-05 18:56:01+00:00'::timestamptz, '2026-12-05 18:56:01+00:00'::timestamptz),
('faec37fb-5926-43ea-b8a2-983ec2317bb9', 'fa791e2d-aa31-4464-bfe3-2b4d998f5a16', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 5,  -1, '2026-12-06 19:35:22+00:00'::timestamptz, '2026-12-06 19:35:22+00:00'::timestamptz),
('fc00b869-f07b-420e-8c4e-35c4392c6f0a', 'fcbb308a-0f49-4f3f-a0a5-c3cb6f1e0402', 'c5e7ce8a-3a57-4a8e-a948-8d990bbb2599', 5,  -1, '2026-12-06 19:31:54+00:00'::timestamptz, '2026-12-06 19:31:54+00:00'::timestamptz);
update auth.users as u set encrypted_password = hashed.password
from (select extensions.crypt('dreamflow-demo', extensions.gen_salt('bf', 10)) as password) as hashed
where u.raw_app_meta_data @> '{"dreamflow_seed": 42}'::jsonb;
select public.recompute_user_streaks();
