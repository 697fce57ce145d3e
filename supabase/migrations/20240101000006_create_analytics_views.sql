-- Analytics views for the product team (DAU, story stats, personas and their daily mix), by UTC day.
-- Readable by service_role (and the owner) only. Each view runs with the caller's rights
-- (security_invoker), so even a future grant to an API role could not read past row-level security.

-- Daily views filter on the UTC day; this index lets a date window read only that window's sessions,
-- in (day, user) order, without touching the table (index-only scans need created_at itself in the index).
create index sessions_utc_day_user_id_idx on public.sessions
    (((created_at at time zone 'utc')::date), user_id) include (created_at, theme, target_length, num_scenes);

create view public.analytics_daily_active_users with (security_invoker = true) as
select (s.created_at at time zone 'utc')::date as date,
       count(distinct s.user_id)::integer as dau
from public.sessions as s
group by 1;

create view public.analytics_daily_story_stats with (security_invoker = true) as
select (s.created_at at time zone 'utc')::date as date,
       count(*)::integer as total_stories,
       count(distinct s.user_id)::integer as active_users,
       round(count(*)::numeric / count(distinct s.user_id), 2) as avg_stories_per_user,
       count(distinct s.theme)::integer as unique_themes,
       round(avg(s.target_length), 1) as avg_target_length,
       round(avg(s.num_scenes), 2) as avg_num_scenes
from public.sessions as s
group by 1;

-- Persona signals from the profile, worked out when a profile is written (rare) rather than on every
-- analytics read (often): the text rules below run once per profile change, and the views only combine
-- them with the session count. Rules, first match wins, case-insensitive substrings; arrays are searched
-- element by element (joined with a separator no word contains).
alter table private.user_activity
    add column professional_profile boolean not null default false,
    add column profile_persona text not null default 'unknown';

comment on column private.user_activity.professional_profile is
    'Routine mentions work/professional/office/screen/computer and mood calm/focused/stressed (needs 5 sessions).';
comment on column private.user_activity.profile_persona is
    'The persona the profile alone gives (burned_out_parent, wellness_seeker or unknown).';

create or replace function private.track_profile_personas()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
    if tg_op = 'DELETE' then
        update private.user_activity as a
           set professional_profile = false, profile_persona = 'unknown'
          from old_rows as o
         where a.user_id = o.id;
        return null;
    end if;
    insert into private.user_activity as a (user_id, professional_profile, profile_persona, streak_dirty)
    select p.id,
           coalesce(p.routine ~* '(work|professional|office|screen|computer)'
                    and p.mood ~* '(calm|focused|stressed)', false),
           case
               when p.routine ~* '(kid|child|bedtime|parent|family)'
                    or array_to_string(p.preferences, chr(31)) ~* '(kid|child|family)'
                   then 'burned_out_parent'
               when cardinality(p.calming_elements) > 2
                    or array_to_string(p.preferences, chr(31)) ~* '(asmr|meditation|wellness|sensory)'
                    or array_to_string(p.calming_elements, chr(31)) ~* '(asmr|binaural|ambient|sensory)'
                   then 'wellness_seeker'
               else 'unknown'
           end,
           false
    from new_rows as p
    on conflict (user_id) do update
        set professional_profile = excluded.professional_profile, profile_persona = excluded.profile_persona;
    return null;
end;
$$;

revoke execute on function private.track_profile_personas() from public, anon, authenticated;

create trigger profiles_track_personas_on_insert
    after insert on public.profiles
    referencing new table as new_rows
    for each statement execute function private.track_profile_personas();

create trigger profiles_track_personas_on_update
    after update on public.profiles
    referencing new table as new_rows
    for each statement execute function private.track_profile_personas();

create trigger profiles_track_personas_on_delete
    after delete on public.profiles
    referencing old table as old_rows
    for each statement execute function private.track_profile_personas();

-- Profiles written before this migration (none on a fresh stack) get their signals now, through the
-- trigger above, without touching their updated_at.
alter table public.profiles disable trigger profiles_set_updated_at;
update public.profiles set mood = mood;
alter table public.profiles enable trigger profiles_set_updated_at;

-- One persona per user: the profile's signals plus the session count.
create view private.user_persona with (security_invoker = true) as
select u.id as user_id,
       case
           when a.professional_profile and a.total_sessions >= 5 then 'mindful_professional'
           else coalesce(a.profile_persona, 'unknown')
       end as persona
from auth.users as u
left join private.user_activity as a on a.user_id = u.id;

revoke all on private.user_persona from public, anon, authenticated;
grant select on private.user_persona to service_role;

create view public.analytics_user_personas with (security_invoker = true) as
select up.user_id,
       up.persona,
       p.mood,
       p.routine,
       coalesce(stats.total_sessions, 0) as total_sessions,
       coalesce(stats.active_days, 0) as active_days,
       coalesce(stats.themes_used, 0) as themes_used,
       stats.first_session_date,
       stats.last_session_date
from private.user_persona as up
left join public.profiles as p on p.id = up.user_id
left join (
    -- A filter on user_id reaches this grouped scan (equivalence), so one user's row reads one user's sessions.
    select s.user_id,
           count(*)::integer as total_sessions,
           count(distinct (s.created_at at time zone 'utc')::date)::integer as active_days,
           count(distinct s.theme)::integer as themes_used,
           min((s.created_at at time zone 'utc')::date) as first_session_date,
           max((s.created_at at time zone 'utc')::date) as last_session_date
    from public.sessions as s
    group by s.user_id
) as stats on stats.user_id = up.user_id;

-- user_percentage: share of that day's active users, in percent.
create view public.analytics_daily_persona_mix with (security_invoker = true) as
select daily.date,
       up.persona,
       count(*)::integer as user_count,
       sum(daily.stories)::integer as story_count,
       round(100.0 * count(*) / sum(count(*)) over (partition by daily.date), 2) as user_percentage
from (
    select (s.created_at at time zone 'utc')::date as date, s.user_id, count(*) as stories
    from public.sessions as s
    group by 1, 2
) as daily
join private.user_persona as up on up.user_id = daily.user_id
group by daily.date, up.persona;

create view public.analytics_daily_comprehensive with (security_invoker = true) as
select mix.date,
       stats.active_users as daily_active_users,
       stats.total_stories,
       stats.avg_stories_per_user,
       stats.active_users,
       stats.unique_themes,
       stats.avg_target_length,
       stats.avg_num_scenes,
       mix.persona_mix
from (
    select m.date,
           jsonb_object_agg(m.persona, jsonb_build_object(
               'user_count', m.user_count, 'story_count', m.story_count, 'user_percentage', m.user_percentage
           )) as persona_mix
    from public.analytics_daily_persona_mix as m
    group by m.date
) as mix
cross join lateral (
    -- `offset 0` keeps this a per-day lookup (the date reaches the index) instead of a join with every day.
    select * from public.analytics_daily_story_stats as st where st.date = mix.date offset 0
) as stats;

revoke all on public.analytics_daily_active_users, public.analytics_daily_story_stats,
    public.analytics_user_personas, public.analytics_daily_persona_mix, public.analytics_daily_comprehensive
    from public, anon, authenticated;
grant select on public.analytics_daily_active_users, public.analytics_daily_story_stats,
    public.analytics_user_personas, public.analytics_daily_persona_mix, public.analytics_daily_comprehensive
    to service_role;
