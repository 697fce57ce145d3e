-- service_role (the server-side key) bypasses row-level security: it sees and changes every user's rows,
-- reads the analytics views and runs recompute_user_streaks().
begin;
\ir support/tests_schema.psql
\ir support/two_dreamers.psql
select plan(16);

select tests.act_as_service_role();

select results_eq($$ select count(*) from public.profiles where id in (select id from tests.users) $$,
    $$ values (2::bigint) $$, 'service_role sees both users'' profiles');
select results_eq($$ select count(*) from public.rituals where user_id in (select id from tests.users) $$,
    $$ values (2::bigint) $$, 'service_role sees both users'' rituals');
select results_eq($$ select count(*) from public.sessions where user_id in (select id from tests.users) $$,
    $$ values (2::bigint) $$, 'service_role sees both users'' sessions');
select results_eq($$ select count(*) from public.session_assets as a
                     join public.sessions as s on s.id = a.session_id
                     where s.user_id in (select id from tests.users) $$,
    $$ values (2::bigint) $$, 'service_role sees both users'' session assets');
select results_eq($$ select count(*) from public.session_feedback where user_id in (select id from tests.users) $$,
    $$ values (2::bigint) $$, 'service_role sees both users'' feedback');
select results_eq($$ select count(*) from public.user_streaks where user_id in (select id from tests.users) $$,
    $$ values (2::bigint) $$, 'service_role sees both users'' streaks');

select isnt_empty($$ update public.sessions set theme = 'ocean' where user_id = tests.user_id('bob') returning 1 $$,
    'service_role can update bob''s session');
select isnt_empty($$ delete from public.rituals where user_id = tests.user_id('alice') returning 1 $$,
    'service_role can delete alice''s ritual');

select isnt_empty($$ select 1 from public.analytics_daily_active_users $$,
    'service_role reads analytics_daily_active_users');
select isnt_empty($$ select 1 from public.analytics_daily_story_stats $$,
    'service_role reads analytics_daily_story_stats');
select results_eq($$ select count(*) from public.analytics_user_personas where user_id in (select id from tests.users) $$,
    $$ values (2::bigint) $$, 'service_role sees both users in analytics_user_personas');
select isnt_empty($$ select 1 from public.analytics_daily_persona_mix $$,
    'service_role reads analytics_daily_persona_mix');
select isnt_empty($$ select 1 from public.analytics_daily_comprehensive $$,
    'service_role reads analytics_daily_comprehensive');

select lives_ok($$ select public.recompute_user_streaks() $$, 'service_role can run recompute_user_streaks()');
select lives_ok($$ update public.user_streaks set longest_streak = 5 where user_id = tests.user_id('bob') $$,
    'service_role can write a streak row');
select results_eq($$ select longest_streak from public.user_streaks where user_id = tests.user_id('bob') $$,
    $$ values (5) $$, 'service_role''s streak write landed');

select * from finish();
rollback;
