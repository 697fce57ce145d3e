-- A signed-in user reads and writes her own rows in every table, and only reads her streak.
begin;
\ir support/tests_schema.psql
\ir support/two_dreamers.psql
select plan(22);

select tests.act_as_user('alice');

select results_eq($$ select id from public.profiles $$, $$ select tests.user_id('alice') $$,
    'alice sees her own profile and no other');
select results_eq($$ select user_id from public.rituals $$, $$ select tests.user_id('alice') $$,
    'alice sees her own ritual and no other');
select results_eq($$ select user_id from public.sessions $$, $$ select tests.user_id('alice') $$,
    'alice sees her own session and no other');
select results_eq($$ select s.user_id from public.session_assets as a join public.sessions as s on s.id = a.session_id $$,
    $$ select tests.user_id('alice') $$, 'alice sees the asset of her own session and no other');
select results_eq($$ select user_id from public.session_feedback $$, $$ select tests.user_id('alice') $$,
    'alice sees her own feedback and no other');
select results_eq($$ select user_id from public.user_streaks $$, $$ select tests.user_id('alice') $$,
    'alice sees her own streak and no other');

select isnt_empty($$ update public.profiles set mood = 'calm' where id = tests.user_id('alice') returning id $$,
    'alice can update her profile');
select isnt_empty($$ update public.rituals set name = 'Moonlight' where user_id = tests.user_id('alice') returning id $$,
    'alice can update her ritual');
select isnt_empty($$ update public.sessions set theme = 'ocean' where user_id = tests.user_id('alice') returning id $$,
    'alice can update her session');
select isnt_empty($$ update public.session_assets set display_order = 1 returning id $$,
    'alice can update the asset of her session');
select isnt_empty($$ update public.session_feedback set rating = 4 where user_id = tests.user_id('alice') returning id $$,
    'alice can update her feedback');

select lives_ok($$ insert into public.rituals (user_id, name) values (tests.user_id('alice'), 'Stars') $$,
    'alice can add a ritual of her own');
select lives_ok($$ insert into public.sessions (user_id, prompt) values (tests.user_id('alice'), 'a sleepy fox') $$,
    'alice can add a session of her own');
select lives_ok($$ insert into public.session_assets (session_id, asset_type, asset_url)
                   select id, 'frame', 'https://example.invalid/frame.png' from public.sessions limit 1 $$,
    'alice can add an asset to her own session');
select lives_ok($$ insert into public.session_feedback (session_id, user_id, rating)
                   select id, tests.user_id('alice'), 3 from public.sessions where prompt = 'a sleepy fox' $$,
    'alice can leave feedback on her own session');

select isnt_empty($$ delete from public.session_feedback where rating = 3 returning id $$,
    'alice can delete her feedback');
select isnt_empty($$ delete from public.session_assets where asset_type = 'frame' returning id $$,
    'alice can delete an asset of her session');
select isnt_empty($$ delete from public.rituals where name = 'Stars' returning id $$,
    'alice can delete her ritual');
select isnt_empty($$ delete from public.sessions where prompt = 'a sleepy fox' returning id $$,
    'alice can delete her session');

select throws_ok($$ update public.user_streaks set longest_streak = 99 $$,
    '42501', 'permission denied for table user_streaks', 'alice cannot change her own streak');
select throws_ok($$ insert into public.user_streaks (user_id) values (tests.user_id('alice')) $$,
    '42501', 'permission denied for table user_streaks', 'alice cannot write a streak row');
select throws_ok($$ delete from public.user_streaks $$,
    '42501', 'permission denied for table user_streaks', 'alice cannot delete her streak');

select * from finish();
rollback;
