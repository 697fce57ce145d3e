-- The analytics views and recompute_user_streaks() are for the server side only: anon and signed-in
-- users get "permission denied", never a filtered or partial answer.
begin;
\ir support/tests_schema.psql
\ir support/two_dreamers.psql
select plan(12);

create temporary table analytics_views (name text primary key);
insert into analytics_views values ('analytics_daily_active_users'), ('analytics_daily_story_stats'),
    ('analytics_user_personas'), ('analytics_daily_persona_mix'), ('analytics_daily_comprehensive');
grant select on analytics_views to anon, authenticated;

select tests.act_as_anon();

select throws_ok(format('select * from public.%I', name), '42501', format('permission denied for view %s', name),
                 format('anon cannot read %s', name))
from analytics_views order by name;
select throws_ok($$ select public.recompute_user_streaks() $$,
    '42501', 'permission denied for function recompute_user_streaks', 'anon cannot run recompute_user_streaks()');

select tests.act_as_user('alice');

select throws_ok(format('select * from public.%I', name), '42501', format('permission denied for view %s', name),
                 format('alice cannot read %s', name))
from analytics_views order by name;
select throws_ok($$ select public.recompute_user_streaks() $$,
    '42501', 'permission denied for function recompute_user_streaks', 'alice cannot run recompute_user_streaks()');

select * from finish();
rollback;
