-- Analytics views for the product team (DAU, story stats, personas and their daily mix), by UTC day.
-- Readable by service_role (and the owner) only. Each view runs with the caller's rights
-- (security_invoker), so even a future grant to an API role could not read past row-level security.
--
-- The views read daily and per-user rollups that statement-level triggers keep as sessions and profiles
-- change, so reading a year of history costs a few hundred rows rather than every session:
--   private.daily_activity: per UTC day: stories, active users, distinct themes, sums for the averages;
--   private.daily_theme_activity: per day and theme: stories (what makes a theme count for a day);
--   private.daily_persona_activity: per day and persona: active users and their stories;
--   private.user_theme_activity: per user and theme: stories (themes_used);
--   private.user_activity (previous migration) gains the persona signals and the persona counted above.

alter table private.user_activity
    add column professional_profile boolean not null default false,
    add column profile_persona text not null default 'unknown',
    add column persona text not null default 'unknown',
    add column themes_used integer not null default 0;

comment on column private.user_activity.professional_profile is
    'Routine mentions work/professional/office/screen/computer and mood calm/focused/stressed (needs 5 sessions).';
comment on column private.user_activity.profile_persona is
    'The persona the profile alone gives (burned_out_parent, wellness_seeker or unknown).';
comment on column private.user_activity.persona is
    'The user''s persona, as counted in private.daily_persona_activity.';

create table private.daily_activity (
    day date primary key,
    stories integer not null,
    active_users integer not null,
    unique_themes integer not null,
    target_length_sum bigint not null,
    num_scenes_sum bigint not null
);

create table private.daily_theme_activity (
    day date not null,
    theme text not null,
    stories integer not null,
    primary key (day, theme)
);

create table private.daily_persona_activity (
    day date not null,
    persona text not null,
    users integer not null,
    stories integer not null,
    primary key (day, persona)
);

create table private.user_theme_activity (
    user_id uuid not null,
    theme text not null,
    stories integer not null,
    primary key (user_id, theme)
);

alter table private.daily_activity enable row level security;
alter table private.daily_theme_activity enable row level security;
alter table private.daily_persona_activity enable row level security;
alter table private.user_theme_activity enable row level security;
revoke all on private.daily_activity, private.daily_theme_activity, private.daily_persona_activity,
    private.user_theme_activity from public, anon, authenticated;
grant select on private.daily_activity, private.daily_theme_activity, private.daily_persona_activity,
    private.user_theme_activity to service_role;

-- Personas, first match wins: a professional profile with 5 sessions, else what the profile alone gives.
create or replace function private.persona_of(p_professional_profile boolean, p_profile_persona text,
                                              p_total_sessions integer)
returns text
language sql
immutable
set search_path = ''
as $$
    select case when p_professional_profile and p_total_sessions >= 5 then 'mindful_professional'
                else p_profile_persona end;
$$;

-- Users whose persona changed (a profile edit, a fifth session) have every day they were active moved
-- from the old persona's count to the new one's.
create or replace function private.refresh_personas(p_user_ids uuid[])
returns void
language plpgsql
set search_path = ''
as $$
declare
    moved integer;
begin
    with changed as (
        update private.user_activity as a
           set persona = private.persona_of(a.professional_profile, a.profile_persona, a.total_sessions)
          from private.user_activity as before
         where a.user_id in (select distinct user_id from unnest(p_user_ids) as u (user_id))
           and before.user_id = a.user_id
           and before.persona <> private.persona_of(a.professional_profile, a.profile_persona, a.total_sessions)
        returning a.user_id, before.persona as old_persona, a.persona as new_persona
    ), moves as (
        select d.day, c.old_persona as persona, -1 as users, -d.stories as stories
        from changed as c join private.user_day_activity as d using (user_id)
        union all
        select d.day, c.new_persona, 1, d.stories
        from changed as c join private.user_day_activity as d using (user_id)
    )
    insert into private.daily_persona_activity as p (day, persona, users, stories)
    select day, persona, sum(users), sum(stories) from moves group by day, persona order by day, persona
    on conflict (day, persona) do update
        set users = p.users + excluded.users, stories = p.stories + excluded.stories;
    get diagnostics moved = row_count;
    if moved > 0 then
        delete from private.daily_persona_activity where users = 0;
    end if;
end;
$$;

-- Applies one statement's session changes, given per (user, UTC day, theme) as signed sums, with the
-- (user, day) pairs that gained their first story (+1) or lost their last (-1), as the streak
-- bookkeeping found them.
create or replace function private.apply_daily_changes(
    p_user_ids uuid[], p_days date[], p_themes text[], p_stories integer[], p_target_lengths bigint[],
    p_num_scenes bigint[], p_moved_users uuid[], p_moved_days date[], p_moved_signs integer[])
returns void
language plpgsql
set search_path = ''
as $$
begin
    with changes as (
        select * from unnest(p_user_ids, p_days, p_themes, p_stories, p_target_lengths, p_num_scenes)
            as c (user_id, day, theme, stories, target_length_sum, num_scenes_sum)
    ), moved as (
        select * from unnest(p_moved_users, p_moved_days, p_moved_signs) as m (user_id, day, sign)
    ), user_days as (
        select user_id, day, stories, 0 as users from changes
        union all
        select user_id, day, 0, sign from moved
    ), persona_changes as (
        insert into private.daily_persona_activity as p (day, persona, users, stories)
        select d.day, a.persona, sum(d.users), sum(d.stories)
        from user_days as d join private.user_activity as a using (user_id)
        group by d.day, a.persona
        order by d.day, a.persona
        on conflict (day, persona) do update
            set users = p.users + excluded.users, stories = p.stories + excluded.stories
    ), day_theme_changes as (
        select day, theme, sum(stories)::integer as change from changes where theme is not null
        group by day, theme having sum(stories) <> 0
    ), day_themes as (
        -- A theme counts for a day from its first story there (count = change) until its last is gone (0).
        insert into private.daily_theme_activity as t (day, theme, stories)
        select day, theme, change from day_theme_changes order by day, theme
        on conflict (day, theme) do update set stories = t.stories + excluded.stories
        returning t.day, t.theme, t.stories
    ), user_theme_changes as (
        select user_id, theme, sum(stories)::integer as change from changes where theme is not null
        group by user_id, theme having sum(stories) <> 0
    ), user_themes as (
        insert into private.user_theme_activity as t (user_id, theme, stories)
        select user_id, theme, change from user_theme_changes order by user_id, theme
        on conflict (user_id, theme) do update set stories = t.stories + excluded.stories
        returning t.user_id, t.theme, t.stories
    ), themes_per_user as (
        update private.user_activity as a
           set themes_used = a.themes_used + u.themes
          from (select t.user_id, sum(case when t.stories = 0 then -1 when t.stories = c.change then 1 else 0 end)
                          as themes
                from user_themes as t join user_theme_changes as c using (user_id, theme)
                group by t.user_id) as u
         where a.user_id = u.user_id and u.themes <> 0
    ), per_day as (
        select day, sum(stories) as stories, sum(target_length_sum) as target_length_sum,
               sum(num_scenes_sum) as num_scenes_sum, 0 as active_users, 0 as unique_themes
        from changes group by day
        union all
        select day, 0, 0, 0, sum(sign), 0 from moved group by day
        union all
        select t.day, 0, 0, 0, 0, sum(case when t.stories = 0 then -1 when t.stories = c.change then 1 else 0 end)
        from day_themes as t join day_theme_changes as c using (day, theme) group by t.day
    )
    insert into private.daily_activity as a
        (day, stories, active_users, unique_themes, target_length_sum, num_scenes_sum)
    select day, sum(stories), sum(active_users), sum(unique_themes), sum(target_length_sum), sum(num_scenes_sum)
    from per_day
    group by day
    order by day
    on conflict (day) do update
        set stories = a.stories + excluded.stories,
            active_users = a.active_users + excluded.active_users,
            unique_themes = a.unique_themes + excluded.unique_themes,
            target_length_sum = a.target_length_sum + excluded.target_length_sum,
            num_scenes_sum = a.num_scenes_sum + excluded.num_scenes_sum;

    if exists (select 1 from unnest(p_stories) as c (stories) where c.stories < 0) then
        -- Something was removed: drop the counts that reached zero (only the keys this statement touched).
        delete from private.daily_activity
        where day in (select distinct day from unnest(p_days) as c (day)) and stories = 0;
        delete from private.daily_theme_activity
        where day in (select distinct day from unnest(p_days) as c (day)) and stories = 0;
        delete from private.daily_persona_activity
        where day in (select distinct day from unnest(p_days) as c (day)) and users = 0;
        delete from private.user_theme_activity
        where user_id in (select distinct user_id from unnest(p_user_ids) as c (user_id)) and stories = 0;
    end if;
    perform private.refresh_personas(p_user_ids);
end;
$$;

-- From here on the session triggers of the previous migration feed both the streak bookkeeping and the
-- rollups above. The statement's sessions are read once, summed per (user, UTC day, theme) and per
-- (user, day) in the same pass: + for rows added, - for rows removed (an UPDATE is both).
create or replace function private.track_session_activity()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
    source text := case tg_op
        when 'INSERT' then 'select user_id, created_at, theme, target_length, num_scenes, 1 as n from new_rows'
        when 'DELETE' then 'select user_id, created_at, theme, -target_length, -num_scenes, -1 from old_rows'
        else 'select user_id, created_at, theme, target_length, num_scenes, 1 from new_rows union all '
             'select user_id, created_at, theme, -target_length, -num_scenes, -1 from old_rows' end;
    -- Per (user, day, theme); the names keep clear of the sessions' columns.
    changed_users uuid[];
    changed_days date[];
    changed_themes text[];
    changed_stories integer[];
    changed_lengths bigint[];
    changed_scenes bigint[];
    -- Per (user, day).
    day_users uuid[];
    day_days date[];
    day_stories integer[];
    moved record;
begin
    execute format($sql$
        select array_agg(user_id) filter (where per_theme), array_agg(day) filter (where per_theme),
               array_agg(theme) filter (where per_theme), array_agg(n) filter (where per_theme),
               array_agg(tl) filter (where per_theme), array_agg(ns) filter (where per_theme),
               array_agg(user_id) filter (where not per_theme and n <> 0),
               array_agg(day) filter (where not per_theme and n <> 0),
               array_agg(n) filter (where not per_theme and n <> 0)
        from (select user_id, day, theme, grouping(theme) = 0 as per_theme, sum(n)::integer as n,
                     sum(target_length)::bigint as tl, sum(num_scenes)::bigint as ns
              from (select user_id, (created_at at time zone 'utc')::date as day, theme, target_length,
                           num_scenes, n
                    from (%s) as rows (user_id, created_at, theme, target_length, num_scenes, n)) as changes
              group by grouping sets ((user_id, day, theme), (user_id, day))
              having sum(n) <> 0 or sum(target_length) <> 0 or sum(num_scenes) <> 0) as sums
    $sql$, source)
    into changed_users, changed_days, changed_themes, changed_stories, changed_lengths, changed_scenes,
         day_users, day_days, day_stories;
    if changed_users is null then
        return null;
    end if;
    select * into moved
    from private.apply_session_day_changes(coalesce(day_users, '{}'), coalesce(day_days, '{}'),
                                           coalesce(day_stories, '{}'));
    perform private.apply_daily_changes(changed_users, changed_days, changed_themes, changed_stories,
                                        changed_lengths, changed_scenes,
                                        moved.moved_users, moved.moved_days, moved.moved_signs);
    return null;
end;
$$;

-- Every rollup recomputed from the sessions and profiles: the backfill below, the answer to a TRUNCATE
-- of sessions, and the reference the tests hold the triggers to. Runs after rebuild_user_activity().
create or replace function private.rebuild_daily_activity()
returns void
language plpgsql
set search_path = ''
as $$
begin
    truncate private.daily_activity, private.daily_theme_activity, private.daily_persona_activity,
        private.user_theme_activity;

    insert into private.user_theme_activity (user_id, theme, stories)
    select user_id, theme, count(*) from public.sessions where theme is not null group by 1, 2;
    update private.user_activity as a
       set themes_used = coalesce(t.themes, 0),
           persona = private.persona_of(a.professional_profile, a.profile_persona, a.total_sessions)
      from private.user_activity as everyone
      left join (select user_id, count(*)::integer as themes from private.user_theme_activity group by 1) as t
             using (user_id)
     where a.user_id = everyone.user_id;

    insert into private.daily_theme_activity (day, theme, stories)
    select (created_at at time zone 'utc')::date, theme, count(*) from public.sessions
    where theme is not null group by 1, 2;
    insert into private.daily_persona_activity (day, persona, users, stories)
    select d.day, a.persona, count(*), sum(d.stories)
    from private.user_day_activity as d join private.user_activity as a using (user_id)
    group by 1, 2;
    insert into private.daily_activity (day, stories, active_users, unique_themes, target_length_sum, num_scenes_sum)
    select s.day, s.stories, u.users, coalesce(t.themes, 0), s.target_length_sum, s.num_scenes_sum
    from (select (created_at at time zone 'utc')::date as day, count(*) as stories,
                 sum(target_length) as target_length_sum, sum(num_scenes) as num_scenes_sum
          from public.sessions group by 1) as s
    join (select day, count(*) as users from private.user_day_activity group by 1) as u using (day)
    left join (select day, count(*) as themes from private.daily_theme_activity group by 1) as t using (day);
end;
$$;

create or replace function private.track_sessions_truncate()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
    perform private.rebuild_user_activity();
    perform private.rebuild_daily_activity();
    return null;
end;
$$;

-- Persona signals from the profile, worked out when a profile is written (rare) rather than on every
-- analytics read (often). Rules, first match wins, case-insensitive substrings; arrays are searched
-- element by element (joined with a separator no word contains).
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
        perform private.refresh_personas(array(select id from old_rows));
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
    perform private.refresh_personas(array(select id from new_rows));
    return null;
end;
$$;

revoke execute on function private.persona_of(boolean, text, integer), private.refresh_personas(uuid[]),
    private.apply_daily_changes(uuid[], date[], text[], integer[], bigint[], bigint[], uuid[], date[], integer[]),
    private.rebuild_daily_activity(), private.track_profile_personas()
    from public, anon, authenticated;

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
-- trigger above, without touching their updated_at; then every rollup is filled from the sessions.
alter table public.profiles disable trigger profiles_set_updated_at;
update public.profiles set mood = mood;
alter table public.profiles enable trigger profiles_set_updated_at;
select private.rebuild_daily_activity();

create view public.analytics_daily_active_users with (security_invoker = true) as
select d.day as date, d.active_users as dau
from private.daily_activity as d;

create view public.analytics_daily_story_stats with (security_invoker = true) as
select d.day as date,
       d.stories as total_stories,
       d.active_users,
       round(d.stories::numeric / d.active_users, 2) as avg_stories_per_user,
       d.unique_themes,
       round(d.target_length_sum::numeric / d.stories, 1) as avg_target_length,
       round(d.num_scenes_sum::numeric / d.stories, 2) as avg_num_scenes
from private.daily_activity as d;

create view public.analytics_user_personas with (security_invoker = true) as
select u.id as user_id,
       coalesce(a.persona, 'unknown') as persona,
       p.mood,
       p.routine,
       coalesce(a.total_sessions, 0) as total_sessions,
       coalesce(a.active_days, 0) as active_days,
       coalesce(a.themes_used, 0) as themes_used,
       a.first_session_date,
       a.last_session_date
from auth.users as u
left join private.user_activity as a on a.user_id = u.id
left join public.profiles as p on p.id = u.id;

-- user_percentage: share of that day's active users, in percent.
create view public.analytics_daily_persona_mix with (security_invoker = true) as
select p.day as date,
       p.persona,
       p.users as user_count,
       p.stories as story_count,
       round(100.0 * p.users / d.active_users, 2) as user_percentage
from private.daily_persona_activity as p
join private.daily_activity as d using (day);

create view public.analytics_daily_comprehensive with (security_invoker = true) as
select st.date,
       st.active_users as daily_active_users,
       st.total_stories,
       st.avg_stories_per_user,
       st.active_users,
       st.unique_themes,
       st.avg_target_length,
       st.avg_num_scenes,
       mix.persona_mix
from public.analytics_daily_story_stats as st
cross join lateral (
    select jsonb_object_agg(m.persona, jsonb_build_object(
               'user_count', m.user_count, 'story_count', m.story_count, 'user_percentage', m.user_percentage
           )) as persona_mix
    from public.analytics_daily_persona_mix as m
    where m.date = st.date
) as mix;

revoke all on public.analytics_daily_active_users, public.analytics_daily_story_stats,
    public.analytics_user_personas, public.analytics_daily_persona_mix, public.analytics_daily_comprehensive
    from public, anon, authenticated;
grant select on public.analytics_daily_active_users, public.analytics_daily_story_stats,
    public.analytics_user_personas, public.analytics_daily_persona_mix, public.analytics_daily_comprehensive
    to service_role;
