-- Analytics views for the product team, by UTC day of sessions.created_at, exact at any moment, each read as the
-- metric it defines over migration 005's private.*_figures. For service_role (and the owner) only; they run with
-- the caller's rights and none reads auth.users, which service_role may not read on the platform.

-- DAU: distinct users with a session that day.
create view public.analytics_daily_active_users with (security_invoker = true) as
select d.day as date,
       d.active_users as dau
from private.daily_figures as d;

-- Stories that day, the users who made them, distinct themes, and the average length and scenes asked for.
create view public.analytics_daily_story_stats with (security_invoker = true) as
select d.day as date,
       d.stories as total_stories,
       d.active_users,
       round(d.stories::numeric / d.active_users, 2) as avg_stories_per_user,
       d.unique_themes,
       round(d.target_length_sum::numeric / d.stories, 1) as avg_target_length,
       round(d.num_scenes_sum::numeric / d.stories, 2) as avg_num_scenes
from private.daily_figures as d;

-- Every user: persona (private.persona_of), mood and routine, sessions, and the days and themes with sessions.
create view public.analytics_user_personas with (security_invoker = true) as
select u.user_id,
       u.persona,
       p.mood,
       p.routine,
       u.sessions as total_sessions,
       u.active_days,
       u.themes_used,
       u.first_session_date,
       u.last_session_date
from private.user_figures as u
left join public.profiles as p on p.id = u.user_id;

-- Users with a session that day per persona, their stories, and their share of the day's active users.
create view public.analytics_daily_persona_mix with (security_invoker = true) as
select p.day as date,
       p.persona,
       p.users as user_count,
       p.stories as story_count,
       round(100.0 * p.users / sum(p.users) over (partition by p.day), 2) as user_percentage
from private.daily_persona_figures as p;

-- The day's story stats with its persona mix as one JSON object.
create view public.analytics_daily_comprehensive with (security_invoker = true) as
select st.date,
       st.active_users as daily_active_users,
       st.total_stories,
       st.avg_stories_per_user,
       st.active_users,
       st.unique_themes,
       st.avg_target_length,
       st.avg_num_scenes,
       jsonb_object_agg(
           m.persona,
           jsonb_build_object(
               'user_count', m.user_count,
               'story_count', m.story_count,
               'user_percentage', m.user_percentage
           )
       ) as persona_mix
from public.analytics_daily_story_stats as st
join public.analytics_daily_persona_mix as m using (date)
group by st.date,
         st.total_stories,
         st.avg_stories_per_user,
         st.active_users,
         st.unique_themes,
         st.avg_target_length,
         st.avg_num_scenes;

revoke all on public.analytics_daily_active_users,
              public.analytics_daily_story_stats,
              public.analytics_user_personas,
              public.analytics_daily_persona_mix,
              public.analytics_daily_comprehensive
    from public, anon, authenticated;
grant select on public.analytics_daily_active_users,
                public.analytics_daily_story_stats,
                public.analytics_user_personas,
                public.analytics_daily_persona_mix,
                public.analytics_daily_comprehensive
    to service_role;

-- A restore hands the API roles TRIGGER on these views back (migration 000 says why), and an INSTEAD OF
-- trigger would make a view writable through a function of theirs. A view's statement triggers fire before
-- any INSTEAD OF row trigger, so migration 000's guard refuses every such write first.
select private.guard_writes(view_name)
from unnest(array[
    'public.analytics_daily_active_users',
    'public.analytics_daily_story_stats',
    'public.analytics_user_personas',
    'public.analytics_daily_persona_mix',
    'public.analytics_daily_comprehensive'
]::regclass[]) as view_name;
