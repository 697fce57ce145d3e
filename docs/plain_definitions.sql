-- The plain meaning of Dream Flow's streaks and analytics: each figure written once, the obvious set-based way,
-- over the source tables alone (public.sessions, auth.users, public.profiles), with no bookkeeping at all.
-- public.user_streaks (after recompute_user_streaks()) and the five public.analytics_* views must equal these,
-- row for row; the property tests (tests/test_plain_definitions.py) check it and the bench (dreamflow_dev/bench)
-- times the real objects against them. Each statement creates a temporary view: run the file on a connection
-- (dreamflow_dev.bench.plain.load_plain_definitions) and the views last as long as that connection.
-- A day is the UTC calendar day of sessions.created_at, whatever the client's TimeZone.

-- Each user's UTC days with at least one session.
create or replace temporary view plain_session_days as
select distinct s.user_id, (s.created_at at time zone 'utc')::date as day
from public.sessions as s;

-- Each run of consecutive UTC days of a user (gaps and islands: the days of one run share day minus their rank).
create or replace temporary view plain_session_runs as
select user_id, min(day) as first_day, max(day) as last_day, count(*)::integer as days
from (
    select user_id, day, day - (row_number() over (partition by user_id order by day))::integer as island
    from plain_session_days
) as numbered
group by user_id, island;

-- Each auth user's streak: the current streak is the latest run if it ends today or yesterday (UTC), else 0
-- (and then no start date); the longest streak is the longest run among the sessions that exist; no sessions
-- at all gives 0, 0 and no dates.
create or replace temporary view plain_user_streaks as
select u.id as user_id,
       case when r.last_day >= (now() at time zone 'utc')::date - 1
            then r.last_day - r.latest_first_day + 1 else 0 end as current_streak,
       coalesce(r.longest, 0) as longest_streak,
       r.last_day as last_session_date,
       case when r.last_day >= (now() at time zone 'utc')::date - 1 then r.latest_first_day end as streak_start_date
from auth.users as u
left join (
    select user_id, max(last_day) as last_day, max(first_day) as latest_first_day, max(days) as longest
    from plain_session_runs
    group by user_id
) as r on r.user_id = u.id;

-- Each auth user's sessions, distinct UTC days and themes with a session, and first and last UTC day.
create or replace temporary view plain_user_activity as
select u.id as user_id,
       count(s.id) as sessions,
       count(distinct (s.created_at at time zone 'utc')::date)::integer as active_days,
       count(distinct s.theme)::integer as themes_used,
       min((s.created_at at time zone 'utc')::date) as first_session_date,
       max((s.created_at at time zone 'utc')::date) as last_session_date
from auth.users as u
left join public.sessions as s on s.user_id = u.id
group by u.id;

-- Each auth user's persona, first match wins, case-insensitive substrings of the profile (an array matches when
-- one of its elements does): a work or screen routine, a calm, focused or stressed mood and at least 5 sessions
-- make a mindful_professional; kids or family in the routine or preferences a burned_out_parent; more than two
-- calming elements, or a sensory preference or calming element, a wellness_seeker; anyone else (no profile
-- included) is unknown.
create or replace temporary view plain_user_persona as
select a.user_id,
       case
           when p.routine ~* '(work|professional|office|screen|computer)'
                and p.mood ~* '(calm|focused|stressed)'
                and a.sessions >= 5
               then 'mindful_professional'
           when p.routine ~* '(kid|child|bedtime|parent|family)'
                or exists (select from unnest(p.preferences) as e where e ~* '(kid|child|family)')
               then 'burned_out_parent'
           when cardinality(p.calming_elements) > 2
                or exists (select from unnest(p.preferences) as e where e ~* '(asmr|meditation|wellness|sensory)')
                or exists (select from unnest(p.calming_elements) as e where e ~* '(asmr|binaural|ambient|sensory)')
               then 'wellness_seeker'
           else 'unknown'
       end as persona
from plain_user_activity as a
left join public.profiles as p on p.id = a.user_id;

-- analytics_daily_active_users: DAU = distinct users with a session that UTC day.
create or replace temporary view plain_daily_active_users as
select (s.created_at at time zone 'utc')::date as date,
       count(distinct s.user_id)::integer as dau
from public.sessions as s
group by 1;

-- analytics_daily_story_stats: stories that day, the users who made them, distinct themes, and the average
-- length and scenes asked for.
create or replace temporary view plain_daily_story_stats as
select (s.created_at at time zone 'utc')::date as date,
       count(*)::integer as total_stories,
       count(distinct s.user_id)::integer as active_users,
       round(count(*)::numeric / count(distinct s.user_id), 2) as avg_stories_per_user,
       count(distinct s.theme)::integer as unique_themes,
       round(avg(s.target_length), 1) as avg_target_length,
       round(avg(s.num_scenes), 2) as avg_num_scenes
from public.sessions as s
group by 1;

-- analytics_user_personas: every auth user with persona, mood and routine, sessions, and the days and themes
-- with sessions.
create or replace temporary view plain_user_personas as
select a.user_id,
       pe.persona,
       p.mood,
       p.routine,
       a.sessions as total_sessions,
       a.active_days,
       a.themes_used,
       a.first_session_date,
       a.last_session_date
from plain_user_activity as a
join plain_user_persona as pe using (user_id)
left join public.profiles as p on p.id = a.user_id;

-- analytics_daily_persona_mix: per UTC day and persona (as the user is now), the users with a session that
-- day, their stories, and their share of the day's active users.
create or replace temporary view plain_daily_persona_mix as
select d.date,
       pe.persona,
       count(*)::integer as user_count,
       sum(d.stories)::integer as story_count,
       round(100.0 * count(*) / sum(count(*)) over (partition by d.date), 2) as user_percentage
from (
    select (s.created_at at time zone 'utc')::date as date, s.user_id, count(*) as stories
    from public.sessions as s
    group by 1, 2
) as d
join plain_user_persona as pe using (user_id)
group by d.date, pe.persona;

-- analytics_daily_comprehensive: the day's story stats with its persona mix as one JSON object (each day's mix
-- folded into one object first, then joined to the day).
create or replace temporary view plain_daily_comprehensive as
select st.date, st.active_users as daily_active_users, st.total_stories, st.avg_stories_per_user, st.active_users,
       st.unique_themes, st.avg_target_length, st.avg_num_scenes, m.persona_mix
from plain_daily_story_stats as st
join (
    select date,
           jsonb_object_agg(persona, jsonb_build_object('user_count', user_count, 'story_count', story_count,
                                                        'user_percentage', user_percentage)) as persona_mix
    from plain_daily_persona_mix
    group by date
) as m using (date);
