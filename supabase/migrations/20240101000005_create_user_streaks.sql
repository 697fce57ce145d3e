-- User streaks (consecutive UTC days with a session), written by the nightly job recompute_user_streaks() and
-- readable by their user only; and, in the schema private that API users cannot reach, the bookkeeping behind
-- the job and the analytics views (next migration), as of the last nightly run:
--   session_tallies   sessions per user, UTC day and theme, with sums of target_length and num_scenes;
--   user_rollup, daily_rollup, daily_persona_rollup   the views' figures per user (a row for every auth user),
--                     per day, and per day and persona;
--   session_changes   every write to sessions since (one plain insert per statement), as the same signed counts;
--                     a user created, deleted or with an edited profile adds a row of zeros with no day.
-- The views (private.*_figures) add those changes to the rollups: exact at any moment, for the price of today's
-- changes. longest_streak is the longest run among the sessions that still exist, as of the last nightly run;
-- only the server's clock dates a session an API user writes (migration 002).

create table public.user_streaks (
    user_id uuid primary key references auth.users (id) on delete cascade,
    current_streak integer not null default 0 constraint user_streaks_current_streak_check check (current_streak >= 0),
    longest_streak integer not null default 0 constraint user_streaks_longest_streak_check check (longest_streak >= 0),
    last_session_date date, streak_start_date date,
    computed_at timestamptz not null default now(), updated_at timestamptz not null default now(),
    constraint user_streaks_longest_covers_current_check check (longest_streak >= current_streak)
);

comment on table public.user_streaks is 'System-managed by recompute_user_streaks(); each user may read only theirs.';
-- The primary key already indexes user_id.
create index user_streaks_last_session_date_idx on public.user_streaks (last_session_date);
create index user_streaks_computed_at_idx on public.user_streaks (computed_at);
create index user_streaks_live_idx on public.user_streaks (last_session_date) where current_streak > 0;  -- lapses

-- Unless the writer set updated_at itself, as the nightly run does (saving a trigger call per row).
create trigger user_streaks_set_updated_at before update on public.user_streaks for each row
    when (new.updated_at is not distinct from old.updated_at) execute function public.update_updated_at_column();

alter table public.user_streaks enable row level security;
create policy user_streaks_owner_can_select on public.user_streaks
    for select to authenticated using ((select auth.uid()) = user_id);

-- No write policies, and no write privileges either: only the system (owner, service_role) writes.
revoke insert, update, delete, truncate, trigger, references on public.user_streaks from anon, authenticated;
revoke truncate, trigger, references on public.user_streaks from service_role;

create schema if not exists private;
revoke all on schema private from public, anon, authenticated;
grant usage on schema private to service_role;

-- No foreign keys: a deleted user's rows go at the next nightly run, with the changes that remove them.
create table private.session_tallies (
    user_id uuid not null, day date not null, theme text,
    sessions integer not null, target_length_sum bigint not null, num_scenes_sum bigint not null,
    -- Covering, as are the lookups by day and theme and by user and theme: read from the index alone.
    constraint session_tallies_user_id_day_theme_key unique nulls not distinct (user_id, day, theme)
        include (sessions, target_length_sum, num_scenes_sum)
);
create index session_tallies_day_theme_idx on private.session_tallies (day, theme) include (sessions);
create index session_tallies_user_id_theme_idx on private.session_tallies (user_id, theme) include (sessions);

-- Emptied (and analyzed) by every nightly run, which an autovacuum would make wait. Looked up by user.
create table private.session_changes (like private.session_tallies) with (autovacuum_enabled = false);
alter table private.session_changes alter column day drop not null;  -- no day: a change of the user alone
create index session_changes_user_id_idx on private.session_changes (user_id);

create table private.user_rollup (
    user_id uuid primary key, sessions integer not null default 0, active_days integer not null default 0,
    themes_used integer not null default 0, first_session_date date, last_session_date date,
    persona text not null default 'unknown', longest_run integer not null default 0,
    last_run_start date,  -- first day of the run of consecutive days that ends on last_session_date
    deleted boolean not null default false  -- the auth user is gone; the row goes at the nightly run
);
create index user_rollup_deleted_idx on private.user_rollup (user_id) where deleted;

create table private.daily_rollup (
    day date primary key,
    stories integer not null, active_users integer not null, unique_themes integer not null,
    target_length_sum bigint not null, num_scenes_sum bigint not null
);

create table private.daily_persona_rollup (
    day date, persona text, users integer not null, stories integer not null,
    primary key (day, persona)
);

alter table private.session_tallies enable row level security;
alter table private.session_changes enable row level security;
alter table private.user_rollup enable row level security;
alter table private.daily_rollup enable row level security;
alter table private.daily_persona_rollup enable row level security;

-- Personas, first match wins, case-insensitive substrings (arrays searched element by element, joined with
-- a separator no word contains): a professional routine and mood with 5 sessions; kids or family in the
-- routine or preferences; more than two calming elements or a sensory preference or element; else unknown.
create or replace function private.persona_of(p_mood text, p_routine text, p_preferences text[],
                                              p_calming_elements text[], p_sessions bigint)
returns text language plpgsql immutable set search_path = '' as $$
begin  -- PL/pgSQL keeps its plan between queries; a SQL function with a SET clause is planned in each one
    return case
        when p_routine ~* '(work|professional|office|screen|computer)' and p_mood ~* '(calm|focused|stressed)'
             and p_sessions >= 5 then 'mindful_professional'
        when p_routine ~* '(kid|child|bedtime|parent|family)'
             or array_to_string(p_preferences, chr(31)) ~* '(kid|child|family)' then 'burned_out_parent'
        when cardinality(p_calming_elements) > 2
             or array_to_string(p_preferences, chr(31)) ~* '(asmr|meditation|wellness|sensory)'
             or array_to_string(p_calming_elements, chr(31)) ~* '(asmr|binaural|ambient|sensory)'
            then 'wellness_seeker'
        else 'unknown'
    end;
end;
$$;

-- A statement's sessions, by user, UTC day and theme: + for rows written, - for rows removed (an UPDATE is
-- both, counted together, and logs only the counts that really change: filling in a story's text logs nothing).
create or replace function private.log_session_changes()
returns trigger language plpgsql security definer set search_path = '' as $$
begin
    if tg_op = 'TRUNCATE' then  -- no rows to count: everything goes, and every user is looked at again
        truncate private.session_tallies, private.session_changes, private.daily_rollup, private.daily_persona_rollup;
        update private.user_rollup set sessions = 0, active_days = 0, themes_used = 0, first_session_date = null,
                                       last_session_date = null, last_run_start = null, longest_run = 0;
        insert into private.session_changes select user_id, null, null, 0, 0, 0 from private.user_rollup;
        update public.user_streaks set current_streak = 0, longest_streak = 0, last_session_date = null,
                                       streak_start_date = null where last_session_date is not null;
    elsif tg_op = 'INSERT' then
        insert into private.session_changes
        select user_id, (created_at at time zone 'utc')::date, theme, 1, target_length, num_scenes from added;
    elsif tg_op = 'DELETE' then
        insert into private.session_changes
        select user_id, (created_at at time zone 'utc')::date, theme, -1, -target_length, -num_scenes from removed;
    else
        insert into private.session_changes
        select user_id, day, theme, sum(n), sum(target_length), sum(num_scenes)
        from (select user_id, (created_at at time zone 'utc')::date as day, theme, 1 as n, target_length, num_scenes
              from added union all
              select user_id, (created_at at time zone 'utc')::date, theme, -1, -target_length, -num_scenes from removed
             ) as c
        group by 1, 2, 3 having sum(n) <> 0 or sum(target_length) <> 0 or sum(num_scenes) <> 0;
    end if;
    return null;
end;
$$;

-- Every auth user has a rollup row, so the personas view needs no auth.users (which service_role may not read).
-- A user created, deleted (marked at once) or edited is a change: the nightly run writes, removes or re-reads it.
create or replace function private.track_users()
returns trigger language plpgsql security definer set search_path = '' as $$
begin
    if tg_table_name = 'profiles' then
        insert into private.session_changes values (coalesce(new.id, old.id), null, null, 0, 0, 0);
    elsif tg_op = 'INSERT' then
        insert into private.user_rollup (user_id) select id from new_users
        on conflict (user_id) do update set deleted = false;  -- deleted and created again since the last run
        insert into private.session_changes select id, null, null, 0, 0, 0 from new_users;
    else
        update private.user_rollup as r set deleted = true from old_users as o where r.user_id = o.id;
        insert into private.session_changes select id, null, null, 0, 0, 0 from old_users;
    end if;
    return null;
end;
$$;

create trigger sessions_log_inserts after insert on public.sessions referencing new table as added
    for each statement execute function private.log_session_changes();
create trigger sessions_log_updates after update on public.sessions referencing old table as removed
    new table as added for each statement execute function private.log_session_changes();
create trigger sessions_log_deletes after delete on public.sessions referencing old table as removed
    for each statement execute function private.log_session_changes();
create trigger sessions_log_truncate after truncate on public.sessions
    for each statement execute function private.log_session_changes();
create trigger users_track_inserts after insert on auth.users referencing new table as new_users
    for each statement execute function private.track_users();
create trigger users_track_deletes after delete on auth.users referencing old table as old_users
    for each statement execute function private.track_users();
create trigger profiles_track_edits after insert or update or delete on public.profiles
    for each row execute function private.track_users();

-- Users who signed up before this migration ran.
insert into private.user_rollup (user_id) select id from auth.users;
insert into private.session_changes select id, null, null, 0, 0, 0 from auth.users;

-- Each user and day with changes: its sessions as of the last nightly run (settled), and now.
create view private.changed_user_days with (security_invoker = true) as
select c.user_id, c.day, t.settled, t.settled + c.sessions as sessions
from (select user_id, day, sum(sessions)::integer as sessions from private.session_changes
      where day is not null group by user_id, day) as c
cross join lateral (select coalesce(sum(sessions), 0)::integer as settled from private.session_tallies as t
                    where t.user_id = c.user_id and t.day = c.day) as t;

-- Each user and theme, and day and theme, with changes: came is 1 if the theme came (no settled sessions, some
-- now), -1 if it went, else 0. That takes one settled tally more than the changes removed, not all of them.
create view private.changed_user_themes with (security_invoker = true) as
select c.user_id, c.theme, (t.settled + c.sessions > 0)::integer - (t.settled > 0)::integer as came
from (select user_id, theme, sum(sessions)::integer as sessions from private.session_changes
      where theme is not null group by user_id, theme) as c
cross join lateral (select coalesce(sum(sessions), 0) as settled from (select sessions from private.session_tallies as t
                    where t.user_id = c.user_id and t.theme = c.theme limit greatest(1, 1 - c.sessions)) as t) as t;

create view private.changed_day_themes with (security_invoker = true) as
select c.day, c.theme, (t.settled + c.sessions > 0)::integer - (t.settled > 0)::integer as came
from (select day, theme, sum(sessions)::integer as sessions from private.session_changes
      where theme is not null group by day, theme) as c
cross join lateral (select coalesce(sum(sessions), 0) as settled from (select sessions from private.session_tallies as t
                    where t.day = c.day and t.theme = c.theme limit greatest(1, 1 - c.sessions)) as t) as t;

-- Each user with changes: their rollup row, and their sessions and persona now. The persona is read again only
-- if the profile may have changed (a change with no day) or the sessions crossed the 5 that persona_of counts.
create view private.changed_users with (security_invoker = true) as
select r.*, r.sessions + c.sessions as sessions_now,
       case when c.sessions_only and (r.sessions >= 5) = (r.sessions + c.sessions >= 5) then r.persona else (
           select private.persona_of(p.mood, p.routine, p.preferences, p.calming_elements, r.sessions + c.sessions)
           from (select) as one left join public.profiles as p on p.id = c.user_id) end as persona_now
from (select user_id, sum(sessions) as sessions, bool_and(day is not null) as sessions_only
      from private.session_changes group by user_id) as c
-- User by user (offset 0 keeps the planner from hashing whole tables instead): the changes are few.
cross join lateral (select * from private.user_rollup as r where r.user_id = c.user_id offset 0) as r;

-- Every user's figures: the rollup, plus for a user with changes the days and themes that came or went, with the
-- span and runs of days read again from the latest run on (from the first day if a day came or went before its end).
create view private.user_figures with (security_invoker = true) as
with changed as materialized (
    select u.*, coalesce(d.added, 0) as days_added, coalesce(t.added, 0)::integer as themes_added,
           case when d.first_came_or_went <= u.last_session_date then '-infinity'
                else coalesce(u.last_run_start, '-infinity') end::date as from_day
    from private.changed_users as u
    left join (select user_id, sum((sessions > 0)::integer - (settled > 0)::integer)::integer as added,
                      min(day) filter (where (sessions > 0) <> (settled > 0)) as first_came_or_went
               from private.changed_user_days group by user_id) as d using (user_id)
    left join (select user_id, sum(came) as added from private.changed_user_themes group by 1) as t using (user_id)
    where not u.deleted
), days as (  -- from from_day on, each day with settled sessions or with changes, as it is now; the days of
              -- one run of consecutive days share day - (its rank among the user's days)
    select user_id, day, day - (row_number() over (partition by user_id order by day))::integer as run
    from (select t.user_id, t.day, null::integer as sessions from changed as c join private.session_tallies as t
              on t.user_id = c.user_id and t.day >= c.from_day
          union all
          select d.user_id, d.day, d.sessions from changed as c join private.changed_user_days as d
              on d.user_id = c.user_id and d.day >= c.from_day) as settled_and_changed
    group by user_id, day having coalesce(min(sessions), 1) > 0
), runs as (select user_id, min(day) as first_day, max(day) as last_day from days group by user_id, run)
select r.user_id, r.sessions, r.active_days, r.themes_used, r.first_session_date, r.last_session_date, r.persona,
       r.last_run_start, r.longest_run
from private.user_rollup as r
where not r.deleted and not exists (select from private.session_changes as c where c.user_id = r.user_id)
union all
select c.user_id, c.sessions_now, c.active_days + c.days_added, c.themes_used + c.themes_added,
       case when c.from_day = '-infinity' then x.first_day else c.first_session_date end, x.last_day, c.persona_now,
       x.last_run_start, greatest(x.longest_run, case when c.from_day > '-infinity' then c.longest_run end, 0)
from changed as c left join (select user_id, min(first_day) as first_day, max(last_day) as last_day,
                                    max(first_day) as last_run_start, max(last_day - first_day + 1) as longest_run
                             from runs group by user_id) as x using (user_id);

-- A day's figures: its rollup, plus the sessions changed since, and the users and themes that came or went.
create view private.daily_figures with (security_invoker = true) as
select day, sum(stories)::integer as stories, sum(active_users)::integer as active_users,
       sum(unique_themes)::integer as unique_themes, sum(target_length_sum)::bigint as target_length_sum,
       sum(num_scenes_sum)::bigint as num_scenes_sum
from (
    select day, stories, active_users, unique_themes, target_length_sum, num_scenes_sum from private.daily_rollup
    union all
    select day, sessions, 0, 0, target_length_sum, num_scenes_sum from private.session_changes where day is not null
    union all
    select day, 0, (sessions > 0)::integer - (settled > 0)::integer, 0, 0, 0 from private.changed_user_days
    union all
    select day, 0, 0, came, 0, 0 from private.changed_day_themes
) as parts group by day having sum(stories) > 0;

-- Users per persona and UTC day, and their stories: the rollup, plus for each user and day with changes (and
-- every day of a user whose persona changed) the user as they are now, less the user as the rollup counted.
create view private.daily_persona_figures with (security_invoker = true) as
with changed as materialized (select user_id, persona, persona_now from private.changed_users),
touched as (
    select user_id, day, settled, sessions from private.changed_user_days
    union all
    select t.user_id, t.day, sum(t.sessions), sum(t.sessions)
    from changed as u join private.session_tallies as t using (user_id)
    where u.persona_now <> u.persona
      and not exists (select from private.session_changes as c where c.user_id = t.user_id and c.day = t.day)
    group by t.user_id, t.day
)
select day, persona, sum(users)::integer as users, sum(stories)::integer as stories
from (
    select day, persona, users, stories from private.daily_persona_rollup
    union all
    select t.day, x.persona, x.users, x.stories
    from touched as t join changed as u using (user_id)
    cross join lateral (values (u.persona, -(t.settled > 0)::integer, -t.settled),
                               (u.persona_now, (t.sessions > 0)::integer, t.sessions)) as x (persona, users, stories)
) as parts group by day, persona having sum(users) > 0;

-- Everything in private is closed to the API roles; service_role may read it and call persona_of.
revoke all on all tables in schema private from public, anon, authenticated;
grant select on all tables in schema private to service_role;
revoke all on all functions in schema private from public, anon, authenticated;
grant execute on function private.persona_of(text, text, text[], text[], bigint) to service_role;

-- recompute_user_streaks(p_full): the nightly job. Stores the figures above for the users and days with changes
-- (and every day of a user whose persona changed), folds the log into the tallies, writes those users' streaks
-- (every user's with p_full) and zeroes every streak whose last day is before yesterday, UTC. A streak that comes
-- out as it was is left alone (computed_at says when it was last written). Returns the rows written.
create or replace function public.recompute_user_streaks(p_full boolean default false)
returns integer language plpgsql security definer set search_path = '' as $$
declare
    utc_today constant date := (now() at time zone 'utc')::date;
    changed_users uuid[];
    changed_days date[];
    daily private.daily_figures[];
    mix private.daily_persona_figures[];
    written integer;
begin
    -- One run at a time, and no write lands between reading the changes and folding them in (writers wait).
    lock table private.session_changes in share row exclusive mode;
    analyze private.session_changes;  -- a bulk load (a seed) may have left statistics that say it is empty
    changed_users := array(select distinct user_id from private.session_changes);
    changed_days := array(select day from private.session_changes where day is not null union
                          select t.day from private.changed_users as u join private.session_tallies as t using (user_id)
                          where u.persona_now <> u.persona);

    -- The days' figures are read before their rollups go, since they are computed from them.
    daily := array(select f from private.daily_figures as f where f.day = any(changed_days));
    mix := array(select f from private.daily_persona_figures as f where f.day = any(changed_days));
    delete from private.daily_rollup where day = any(changed_days);
    delete from private.daily_persona_rollup where day = any(changed_days);
    insert into private.daily_rollup select * from unnest(daily);
    insert into private.daily_persona_rollup select * from unnest(mix);

    update private.user_rollup as r
       set (sessions, active_days, themes_used, first_session_date, last_session_date, persona, last_run_start,
            longest_run) = (f.sessions, f.active_days, f.themes_used, f.first_session_date, f.last_session_date,
                            f.persona, f.last_run_start, f.longest_run)
      from private.user_figures as f
     where r.user_id = f.user_id and f.user_id = any(changed_users);
    delete from private.user_rollup where user_id = any(changed_users) and deleted;

    merge into private.session_tallies as t
    using (select user_id, day, theme, sum(sessions) as sessions, sum(target_length_sum) as target_length_sum,
                  sum(num_scenes_sum) as num_scenes_sum
           from private.session_changes where day is not null group by 1, 2, 3) as c
    on t.user_id = c.user_id and t.day = c.day and t.theme is not distinct from c.theme
    when matched and t.sessions + c.sessions = 0 then delete
    when matched then update set (sessions, target_length_sum, num_scenes_sum) =
        (t.sessions + c.sessions, t.target_length_sum + c.target_length_sum, t.num_scenes_sum + c.num_scenes_sum)
    when not matched and c.sessions > 0
        then insert values (c.user_id, c.day, c.theme, c.sessions, c.target_length_sum, c.num_scenes_sum);
    -- Not DELETE (the views would read its dead rows until a vacuum); analyzed empty, or the planner assumes ten pages.
    truncate private.session_changes;
    analyze private.session_changes;

    -- The streaks of the users with changes (every user with p_full) and every streak that lapsed, where they differ.
    insert into public.user_streaks as s (user_id, current_streak, longest_streak, last_session_date, streak_start_date)
    select user_id, case when last_session_date >= utc_today - 1 then last_session_date - last_run_start + 1 else 0 end,
           longest_run, last_session_date, case when last_session_date >= utc_today - 1 then last_run_start end
    from private.user_rollup
    where p_full or user_id = any(changed_users || array(
        select user_id from public.user_streaks where current_streak > 0 and last_session_date < utc_today - 1))
    on conflict (user_id) do update
        set (current_streak, longest_streak, last_session_date, streak_start_date, computed_at, updated_at)
          = (excluded.current_streak, excluded.longest_streak, excluded.last_session_date, excluded.streak_start_date,
             now(), now())
        where (s.current_streak, s.longest_streak, s.last_session_date, s.streak_start_date) is distinct from
            (excluded.current_streak, excluded.longest_streak, excluded.last_session_date, excluded.streak_start_date);
    get diagnostics written = row_count;
    return written;
end;
$$;

comment on function public.recompute_user_streaks(boolean) is
    'Recomputes user_streaks (UTC days) and settles the analytics rollups. Pass true to recompute every row.';
revoke execute on function public.recompute_user_streaks(boolean) from public, anon, authenticated;
grant execute on function public.recompute_user_streaks(boolean) to service_role;

-- The nightly job, where pg_cron can run in this database: created in pg_catalog as on the platform, where
-- it already is. cron.schedule() updates a job of the same name, so re-running never duplicates it.
do $schedule$
begin
    if not exists (select 1 from pg_catalog.pg_extension where extname = 'pg_cron') then
        begin
            if current_setting('cron.database_name', true) is distinct from current_database() then
                raise insufficient_privilege using message = 'pg_cron runs in another database, or nowhere';
            end if;
            create extension if not exists pg_cron with schema pg_catalog;
        exception when insufficient_privilege or feature_not_supported or undefined_file
                       or object_not_in_prerequisite_state then
            raise notice 'pg_cron is not available here (%), so the nightly streak job was not scheduled. '
                'Once it is (Debian: apt-get install postgresql-15-cron; Supabase: Database > Extensions), run: '
                'select cron.schedule(''nightly-recompute-streaks'', ''0 2 * * *'', '
                '''select public.recompute_user_streaks()'');', sqlerrm;
            return;
        end;
    end if;
    perform cron.schedule('nightly-recompute-streaks', '0 2 * * *', 'select public.recompute_user_streaks()');
end;
$schedule$;
