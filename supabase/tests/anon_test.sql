-- A request with only the anon key sees no one's rows and can write none.
begin;
\ir support/tests_schema.psql
\ir support/two_dreamers.psql
select plan(17);

create temporary table dreamers_sessions as
    select s.id from public.sessions as s join tests.users as u on u.id = s.user_id;
grant select on dreamers_sessions to anon;

select tests.act_as_anon();

select is(auth.uid(), null, 'anon has no user id');

select is_empty($$ select 1 from public.profiles $$, 'anon sees no profiles');
select is_empty($$ select 1 from public.rituals $$, 'anon sees no rituals');
select is_empty($$ select 1 from public.sessions $$, 'anon sees no sessions');
select is_empty($$ select 1 from public.session_assets $$, 'anon sees no session assets');
select is_empty($$ select 1 from public.session_feedback $$, 'anon sees no session feedback');
select is_empty($$ select 1 from public.user_streaks $$, 'anon sees no streaks');

select is_empty($$ update public.profiles set mood = 'grumpy' returning 1 $$, 'anon cannot update profiles');
select is_empty($$ update public.sessions set theme = 'hacked' returning 1 $$, 'anon cannot update sessions');
select is_empty($$ delete from public.rituals returning 1 $$, 'anon cannot delete rituals');
select is_empty($$ delete from public.session_assets returning 1 $$, 'anon cannot delete session assets');

select throws_ok($$ insert into public.profiles (id) values (gen_random_uuid()) $$,
    '42501', 'new row violates row-level security policy for table "profiles"', 'anon cannot add a profile');
select throws_ok($$ insert into public.sessions (user_id, prompt) values (tests.user_id('alice'), 'forged') $$,
    '42501', 'new row violates row-level security policy for table "sessions"',
    'anon cannot add a session in alice''s name');
select throws_ok($$ insert into public.session_feedback (session_id, user_id, rating)
                    select id, tests.user_id('alice'), 1 from dreamers_sessions limit 1 $$,
    '42501', 'new row violates row-level security policy for table "session_feedback"',
    'anon cannot leave feedback');
select throws_ok($$ insert into public.user_streaks (user_id) values (tests.user_id('alice')) $$,
    '42501', 'permission denied for table user_streaks', 'anon cannot write a streak row');

select tests.reset_identity();

select results_eq($$ select count(*) from public.sessions where user_id in (select id from tests.users) $$,
    $$ values (2::bigint) $$, 'both users'' sessions are still there');
select results_eq($$ select count(*) from public.rituals where user_id in (select id from tests.users) $$,
    $$ values (2::bigint) $$, 'both users'' rituals are still there');

select * from finish();
rollback;
