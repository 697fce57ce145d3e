-- A signed-in user neither sees nor changes another user's rows, and cannot write rows in their name.
begin;
\ir support/tests_schema.psql
\ir support/two_dreamers.psql
select plan(24);

create temporary table bobs_session as select id from public.sessions where user_id = tests.user_id('bob');
grant select on bobs_session to authenticated;

select tests.act_as_user('alice');

select is_empty($$ select 1 from public.profiles where id = tests.user_id('bob') $$,
    'alice cannot see bob''s profile');
select is_empty($$ select 1 from public.rituals where user_id = tests.user_id('bob') $$,
    'alice cannot see bob''s ritual');
select is_empty($$ select 1 from public.sessions where user_id = tests.user_id('bob') $$,
    'alice cannot see bob''s session');
select is_empty($$ select 1 from public.session_assets where session_id in (select id from bobs_session) $$,
    'alice cannot see the asset of bob''s session');
select is_empty($$ select 1 from public.session_feedback where user_id = tests.user_id('bob') $$,
    'alice cannot see bob''s feedback');
select is_empty($$ select 1 from public.user_streaks where user_id = tests.user_id('bob') $$,
    'alice cannot see bob''s streak');

select is_empty($$ update public.profiles set mood = 'grumpy' where id = tests.user_id('bob') returning 1 $$,
    'alice cannot update bob''s profile');
select is_empty($$ update public.rituals set name = 'Hacked' where user_id = tests.user_id('bob') returning 1 $$,
    'alice cannot update bob''s ritual');
select is_empty($$ update public.sessions set theme = 'hacked' where user_id = tests.user_id('bob') returning 1 $$,
    'alice cannot update bob''s session');
select is_empty($$ update public.session_feedback set rating = 1 where user_id = tests.user_id('bob') returning 1 $$,
    'alice cannot update bob''s feedback');

select is_empty($$ delete from public.profiles where id = tests.user_id('bob') returning 1 $$,
    'alice cannot delete bob''s profile');
select is_empty($$ delete from public.rituals where user_id = tests.user_id('bob') returning 1 $$,
    'alice cannot delete bob''s ritual');
select is_empty($$ delete from public.sessions where user_id = tests.user_id('bob') returning 1 $$,
    'alice cannot delete bob''s session');
select is_empty($$ delete from public.session_feedback where user_id = tests.user_id('bob') returning 1 $$,
    'alice cannot delete bob''s feedback');

select throws_ok($$ insert into public.rituals (user_id, name) values (tests.user_id('bob'), 'Forged') $$,
    '42501', 'new row violates row-level security policy for table "rituals"',
    'alice cannot add a ritual in bob''s name');
select throws_ok($$ insert into public.sessions (user_id, prompt) values (tests.user_id('bob'), 'forged') $$,
    '42501', 'new row violates row-level security policy for table "sessions"',
    'alice cannot add a session in bob''s name');
select throws_ok($$ update public.sessions set user_id = tests.user_id('bob') $$,
    '42501', 'new row violates row-level security policy for table "sessions"',
    'alice cannot hand her session over to bob');
select throws_ok($$ update public.rituals set user_id = tests.user_id('bob') $$,
    '42501', 'new row violates row-level security policy for table "rituals"',
    'alice cannot hand her ritual over to bob');

select throws_ok($$ insert into public.session_assets (session_id, asset_type, asset_url)
                    select id, 'frame', 'https://example.invalid/forged.png' from bobs_session $$,
    '42501', 'new row violates row-level security policy for table "session_assets"',
    'alice cannot attach an asset to bob''s session');
select throws_ok($$ insert into public.session_feedback (session_id, user_id, rating)
                    select id, tests.user_id('alice'), 1 from bobs_session $$,
    '42501', 'new row violates row-level security policy for table "session_feedback"',
    'alice cannot leave feedback on bob''s session');
select is_empty($$ update public.session_assets set asset_url = 'https://example.invalid/hacked.png'
                   where session_id in (select id from bobs_session) returning 1 $$,
    'alice cannot update the asset of bob''s session');
select is_empty($$ delete from public.session_assets where session_id in (select id from bobs_session) returning 1 $$,
    'alice cannot delete the asset of bob''s session');

select tests.reset_identity();

select results_eq(
    $$ select p.mood, r.name, s.theme, f.rating, a.asset_url like '%.mp3'
       from public.profiles as p
       join public.rituals as r on r.user_id = p.id
       join public.sessions as s on s.user_id = p.id
       join public.session_feedback as f on f.session_id = s.id
       join public.session_assets as a on a.session_id = s.id
       where p.id = tests.user_id('bob') $$,
    $$ values ('sleepy', 'bob''s ritual', 'forest', 5, true) $$,
    'bob''s rows are as he left them');
select results_eq($$ select count(*) from public.sessions where user_id = tests.user_id('bob') $$,
    $$ values (1::bigint) $$, 'nothing was added in bob''s name');

select * from finish();
rollback;
