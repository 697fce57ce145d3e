-- The analytics views and recompute_user_streaks() are for the server side only: anon and signed-in
-- users get "permission denied", never a filtered or partial answer.
begin;
\ir support/tests_schema.psql
\ir support/two_dreamers.psql
select plan(12);

select tests.act_as_anon();

select throws_ok($$ select * from public.analytics_daily_active_users $$,
    '42501', 'permission denied for view analytics_daily_active_users', 'anon cannot read analytics_daily_active_users');
select throws_ok($$ select * from public.analytics_daily_story_stats $$,
    '42501', 'permission denied for view analytics_daily_story_stats', 'anon cannot read analytics_daily_story_stats');
select throws_ok($$ select * from public.analytics_user_personas $$,
    '42501', 'permission denied for view analytics_user_personas', 'anon cannot read analytics_user_personas');
select throws_ok($$ select * from public.analytics_daily_persona_mix $$,
    '42501', 'permission denied for view analytics_daily_persona_mix', 'anon cannot read analytics_daily_persona_mix');
select throws_ok($$ select * from public.analytics_daily_comprehensive $$,
    '42501', 'permission denied for view analytics_daily_comprehensive', 'anon cannot read analytics_daily_comprehensive');
select throws_ok($$ select public.recompute_user_streaks() $$,
    '42501', 'permission denied for function recompute_user_streaks', 'anon cannot run recompute_user_streaks()');

select tests.act_as_user('alice');

select throws_ok($$ select * from public.analytics_daily_active_users $$,
    '42501', 'permission denied for view analytics_daily_active_users', 'alice cannot read analytics_daily_active_users');
select throws_ok($$ select * from public.analytics_daily_story_stats $$,
    '42501', 'permission denied for view analytics_daily_story_stats', 'alice cannot read analytics_daily_story_stats');
select throws_ok($$ select * from public.analytics_user_personas $$,
    '42501', 'permission denied for view analytics_user_personas', 'alice cannot read analytics_user_personas');
select throws_ok($$ select * from public.analytics_daily_persona_mix $$,
    '42501', 'permission denied for view analytics_daily_persona_mix', 'alice cannot read analytics_daily_persona_mix');
select throws_ok($$ select * from public.analytics_daily_comprehensive $$,
    '42501', 'permission denied for view analytics_daily_comprehensive', 'alice cannot read analytics_daily_comprehensive');
select throws_ok($$ select public.recompute_user_streaks() $$,
    '42501', 'permission denied for function recompute_user_streaks', 'alice cannot run recompute_user_streaks()');

select * from finish();
rollback;
