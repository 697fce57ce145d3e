-- User streaks: consecutive UTC days with a session, one row per user, written by the nightly job
-- recompute_user_streaks() and readable by their user only. longest_streak is the longest run among the
-- sessions that still exist, as of the last run; only the server's clock dates a session an API user writes
-- (migration 002).
--
-- Below the user-facing objects (the table, its policy, recompute_user_streaks() and its cron job) comes the
-- bookkeeping in schema private, which API users cannot reach, that keeps the nightly run's cost to the day's
-- activity and feeds the analytics views (migration 006). Its design is described where it starts.

create table public.user_streaks (
    user_id uuid primary key references auth.users (id) on delete cascade,
    current_streak integer not null default 0
        constraint user_streaks_current_streak_check check (current_streak >= 0),
    longest_streak integer not null default 0
        constraint user_streaks_longest_streak_check check (longest_streak >= 0),
    last_session_date date,
    streak_start_date date,
    computed_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint user_streaks_longest_covers_current_check check (longest_streak >= current_streak)
);

comment on table public.user_streaks is
    'System-managed by recompute_user_streaks(); each user may read only theirs.';

-- The primary key already indexes user_id.
create index user_streaks_last_session_date_idx on public.user_streaks (last_session_date);
create index user_streaks_computed_at_idx on public.user_streaks (computed_at);
-- The streaks still running: the nightly run finds the ones that lapsed here.
create index user_streaks_live_idx on public.user_streaks (last_session_date) where current_streak > 0;

-- Unless the writer set updated_at itself, as the nightly run does (saving a trigger call per row).
create trigger user_streaks_set_updated_at
    before update on public.user_streaks
    for each row when (new.updated_at is not distinct from old.updated_at)
    execute function public.update_updated_at_column();

alter table public.user_streaks enable row level security;

create policy user_streaks_owner_can_select on public.user_streaks
    for select to authenticated
    using ((select auth.uid()) = user_id);

-- No write policies, and no write privileges either: only the system (owner, service_role) writes. A restore
-- hands those privileges back (migration 000 says why): the guard refuses their use all the same.
revoke insert, update, delete on public.user_streaks from anon, authenticated;
select private.guard_writes('public.user_streaks');

-- recompute_user_streaks(p_full): the nightly job. Folds the writes since the last run into the bookkeeping,
-- writes the streaks of the users they touched and zeroes every streak whose last day is before yesterday
-- (UTC). With p_full it instead rebuilds all the bookkeeping and every streak from public.sessions,
-- auth.users and public.profiles: the documented way back if the bookkeeping ever drifts, equal to the
-- incremental result. A streak that comes out as it was is left alone (computed_at says when it was last
-- written). Returns the streak rows written. It runs with its caller's rights and does its work through
-- private.recompute_streaks(), which only roles with USAGE on schema private (the owner, service_role) can
-- reach.
create or replace function public.recompute_user_streaks(p_full boolean default false)
returns integer
language plpgsql
set search_path = ''
as $$
begin
    return private.recompute_streaks(p_full);
end;
$$;

comment on function public.recompute_user_streaks(boolean) is
    'Recomputes user_streaks (UTC days) and settles the analytics rollups. Pass true to rebuild them all.';
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
                'Once it is (Debian: apt-get install postgresql-15-cron; Supabase: Database > Extensions), '
                'run: select cron.schedule(''nightly-recompute-streaks'', ''0 2 * * *'', '
                '''select public.recompute_user_streaks()'');', sqlerrm;
            return;
        end;
    end if;
    perform cron.schedule('nightly-recompute-streaks', '0 2 * * *', 'select public.recompute_user_streaks()');
end;
$schedule$;

-- The bookkeeping. Every session counts in private.session_tallies (sessions per user, UTC day and theme) or,
-- until it is folded in, in the log private.session_changes (the same signed counts). The rollups hold what
-- the analytics views and the streaks need, per user, per day and per day and persona, computed from the
-- tallies alone; the *_figures views add the log to them, so they are exact at any moment.
-- - A statement that changes few rows appends its counts to the log; the nightly run folds the log in for the
--   users and days it names, so its cost follows the day's activity, not the tables' size.
-- - A statement that writes many rows (an import, a restore, a COPY, a second seed) settles them at once,
--   set-based: inserted sessions go straight into the tallies, updates and deletes fold their users' part of
--   the log (private.settle_users); then the rollups of those users and days are rebuilt (or, for users
--   with no tallies before, moved by theirs alone) and the tables' statistics refreshed
--   (private.refresh_after_bulk), so views and the next run meet no backlog.
-- - Deleting users (sessions and profiles go by cascade) removes their tallies and recomputes their days; the
--   cascaded deletes log nothing. TRUNCATE of sessions, profiles or auth.users recomputes or empties it all.
-- - Folds take one advisory lock (private.lock_bookkeeping) so that they run one at a time; writers of small
--   statements never take it. The nightly run also blocks log writes while it folds (briefly, never waiting
--   for more than a moment) and deletes what it folded, which keeps older snapshots consistent.

create table private.session_tallies (
    user_id uuid not null,
    day date not null,
    theme text,
    sessions integer not null,
    target_length_sum bigint not null,
    num_scenes_sum bigint not null,
    -- The tallies' one index, covering, and ordered so that it also serves the lookups by user and theme (and
    -- by user and day, within the user's few hundred entries): each index more is filled on every bulk write.
    constraint session_tallies_user_id_theme_day_key unique nulls not distinct (user_id, theme, day)
        include (sessions, target_length_sum, num_scenes_sum)
);

-- A row with no day is a change to the user alone (created, or a profile edit): read their persona again.
create table private.session_changes (
    user_id uuid not null,
    day date,
    theme text,
    sessions integer not null,
    target_length_sum bigint not null,
    num_scenes_sum bigint not null
);

create index session_changes_user_id_idx on private.session_changes (user_id);

-- One row per auth user, so the personas view needs no auth.users (which service_role may not read).
create table private.user_rollup (
    user_id uuid primary key,
    sessions integer not null default 0,
    active_days integer not null default 0,
    themes_used integer not null default 0,
    first_session_date date,
    last_session_date date,
    persona text not null default 'unknown',
    longest_run integer not null default 0,
    last_run_start date  -- first day of the run of consecutive days that ends on last_session_date
);

create table private.daily_rollup (
    day date primary key,
    stories integer not null,
    active_users integer not null,
    unique_themes integer not null,
    target_length_sum bigint not null,
    num_scenes_sum bigint not null
);

create table private.daily_persona_rollup (
    day date,
    persona text,
    users integer not null,
    stories integer not null,
    primary key (day, persona)
);

-- Sessions per UTC day and theme (sessions with a theme): whether a change makes a theme come or go on a day,
-- read without an index on the tallies by day.
create table private.daily_theme_rollup (
    day date,
    theme text,
    sessions integer not null,
    primary key (day, theme)
);

alter table private.session_tallies enable row level security;
alter table private.session_changes enable row level security;
alter table private.user_rollup enable row level security;
alter table private.daily_rollup enable row level security;
alter table private.daily_persona_rollup enable row level security;
alter table private.daily_theme_rollup enable row level security;

-- Personas, first match wins, case-insensitive substrings (arrays searched element by element, joined with
-- a separator no word contains): a professional routine and mood with 5 sessions; kids or family in the
-- routine or preferences; more than two calming elements or a sensory preference or element; else unknown.
create or replace function private.persona_of(
    p_mood text,
    p_routine text,
    p_preferences text[],
    p_calming_elements text[],
    p_sessions bigint
)
returns text
language plpgsql
immutable
set search_path = ''
as $$
begin  -- PL/pgSQL keeps its plan between queries; a SQL function with a SET clause is planned in each one
    return case
        when p_routine ~* '(work|professional|office|screen|computer)'
             and p_mood ~* '(calm|focused|stressed)'
             and p_sessions >= 5
            then 'mindful_professional'
        when p_routine ~* '(kid|child|bedtime|parent|family)'
             or array_to_string(p_preferences, chr(31)) ~* '(kid|child|family)'
            then 'burned_out_parent'
        when cardinality(p_calming_elements) > 2
             or array_to_string(p_preferences, chr(31)) ~* '(asmr|meditation|wellness|sensory)'
             or array_to_string(p_calming_elements, chr(31)) ~* '(asmr|binaural|ambient|sensory)'
            then 'wellness_seeker'
        else 'unknown'
    end;
end;
$$;

-- Folds run one at a time (each computes figures from the tallies and rollups, then writes them); the writers
-- of small statements never take this lock.
create or replace function private.lock_bookkeeping()
returns void
language sql
set search_path = ''
as $$
    select pg_catalog.pg_advisory_xact_lock(
        'private.session_tallies'::pg_catalog.regclass::pg_catalog.oid::bigint);
$$;

-- A statement that writes (or logs) this many rows or more settles them at once;
-- dreamflow.bulk_statement_rows overrides it. Only a READ COMMITTED statement folds: an older snapshot would
-- compute from rollups a later fold replaced. A view, so that the session insert trigger's one statement
-- reads the rule inlined (a function with a SET clause, as every function here has, is never inlined, and
-- each session insert would pay the call).
create view private.bulk_rule with (security_invoker = true) as
select coalesce(nullif(current_setting('dreamflow.bulk_statement_rows', true), '')::bigint, 4096) as min_rows,
       current_setting('transaction_isolation') = 'read committed' as may_fold;

create or replace function private.is_bulk(p_rows bigint)
returns boolean
language sql
stable
set search_path = ''
as $$
    select p_rows >= r.min_rows and r.may_fold from private.bulk_rule as r;
$$;

-- The streaks of these users (every user's for null) from their rollup rows, written where they differ.
create or replace function private.write_streaks(p_users uuid[])
returns integer
language plpgsql
set search_path = ''
as $$
declare
    utc_today constant date := (now() at time zone 'utc')::date;
    written integer;
begin
    insert into public.user_streaks as s (
        user_id,
        current_streak,
        longest_streak,
        last_session_date,
        streak_start_date
    )
    select r.user_id,
           case when r.last_session_date >= utc_today - 1
                then r.last_session_date - r.last_run_start + 1 else 0 end,
           r.longest_run,
           r.last_session_date,
           case when r.last_session_date >= utc_today - 1 then r.last_run_start end
    from private.user_rollup as r
    where p_users is null or r.user_id in (select unnest(p_users))
    on conflict (user_id) do update
        set (current_streak, longest_streak, last_session_date, streak_start_date, computed_at, updated_at)
          = (excluded.current_streak, excluded.longest_streak, excluded.last_session_date,
             excluded.streak_start_date, now(), now())
        where (s.current_streak, s.longest_streak, s.last_session_date, s.streak_start_date)
              is distinct from (excluded.current_streak, excluded.longest_streak, excluded.last_session_date,
                                excluded.streak_start_date);
    get diagnostics written = row_count;
    return written;
end;
$$;

-- The rollup rows of these users (every user for null), computed again from their tallies, set-based.
-- Returns the users whose persona changed. The caller holds private.lock_bookkeeping().
create or replace function private.rebuild_user_rollups(p_users uuid[])
returns uuid[]
language plpgsql
set search_path = ''
as $$
declare
    every_user constant boolean := p_users is null;
    persona_changed uuid[];
begin
    with runs as (
        -- The days of one run of consecutive days share day minus their dense rank among the user's days (a
        -- day's tallies, one per theme, share a rank), so a run spans last_day - first_day + 1 days.
        select user_id,
               min(day) as first_day,
               max(day) as last_day,
               sum(sessions) as sessions
        from (
            select t.user_id,
                   t.day,
                   t.sessions,
                   t.day - (dense_rank() over (partition by t.user_id order by t.day))::integer as run
            from private.session_tallies as t
            where every_user or t.user_id in (select unnest(p_users))
        ) as numbered
        group by user_id, run
    ), activity as (
        select user_id,
               sum(sessions)::integer as sessions,
               sum(last_day - first_day + 1)::integer as active_days,
               min(first_day) as first_session_date,
               max(last_day) as last_session_date,
               max(first_day) as last_run_start,
               max(last_day - first_day + 1) as longest_run
        from runs
        group by user_id
    ), themes as (
        -- Distinct pairs first: a few per user, hashed, where count(distinct) would sort every tally.
        select user_id,
               count(theme)::integer as themes_used
        from (
            select t.user_id,
                   t.theme
            from private.session_tallies as t
            where (every_user or t.user_id in (select unnest(p_users))) and t.theme is not null
            group by t.user_id, t.theme
        ) as user_themes
        group by user_id
    ), before as (
        select r.user_id,
               r.persona
        from private.user_rollup as r
        where every_user or r.user_id in (select unnest(p_users))
    ), written as (
        insert into private.user_rollup as r (
            user_id,
            sessions,
            active_days,
            themes_used,
            first_session_date,
            last_session_date,
            persona,
            longest_run,
            last_run_start
        )
        select u.id,
               coalesce(a.sessions, 0),
               coalesce(a.active_days, 0),
               coalesce(t.themes_used, 0),
               a.first_session_date,
               a.last_session_date,
               private.persona_of(p.mood, p.routine, p.preferences, p.calming_elements,
                                  coalesce(a.sessions, 0)),
               coalesce(a.longest_run, 0),
               a.last_run_start
        from auth.users as u
        left join activity as a on a.user_id = u.id
        left join themes as t on t.user_id = u.id
        left join public.profiles as p on p.id = u.id
        where every_user or u.id in (select unnest(p_users))
        on conflict (user_id) do update
            set (sessions, active_days, themes_used, first_session_date, last_session_date, persona,
                 longest_run, last_run_start)
              = (excluded.sessions, excluded.active_days, excluded.themes_used, excluded.first_session_date,
                 excluded.last_session_date, excluded.persona, excluded.longest_run, excluded.last_run_start)
            where (r.sessions, r.active_days, r.themes_used, r.first_session_date, r.last_session_date,
                   r.persona, r.longest_run, r.last_run_start)
                  is distinct from (excluded.sessions, excluded.active_days, excluded.themes_used,
                                    excluded.first_session_date, excluded.last_session_date, excluded.persona,
                                    excluded.longest_run, excluded.last_run_start)
        returning r.user_id, r.persona
    )
    select coalesce(array_agg(w.user_id), '{}') into persona_changed
    from written as w
    left join before as b using (user_id)
    where w.persona is distinct from b.persona;

    delete from private.user_rollup as r
    where (every_user or r.user_id in (select unnest(p_users)))
      and not exists (select from auth.users as u where u.id = r.user_id);
    return persona_changed;
end;
$$;

-- The day rollups of these days (every day for null), computed again from the tallies, set-based: emptied,
-- then given their tallies (private.add_to_day_rollups). The caller holds private.lock_bookkeeping().
create or replace function private.rebuild_day_rollups(p_days date[])
returns void
language plpgsql
set search_path = ''
as $$
begin
    delete from private.daily_rollup
    where p_days is null or day in (select unnest(p_days));
    delete from private.daily_theme_rollup
    where p_days is null or day in (select unnest(p_days));
    delete from private.daily_persona_rollup
    where p_days is null or day in (select unnest(p_days));
    perform private.add_to_day_rollups(null, p_days);
end;
$$;

-- Adds to the day rollups the tallies of these users, or of these days (every tally when both are null),
-- which the rollups do not count yet: each user-day is new to its day, and a theme is new to a day when the
-- day's theme rollup has no row for it yet. Two callers: rebuild_day_rollups, which empties the days first,
-- and a bulk insert whose users had no tallies before it (an import or a seed of new users): their days then
-- move by their tallies alone, where rebuilding those days would read every user's tallies of them. Each
-- user counts under the persona of their rollup row, which must be current. The caller holds
-- private.lock_bookkeeping().
create or replace function private.add_to_day_rollups(p_users uuid[], p_days date[])
returns void
language plpgsql
set search_path = ''
as $$
begin
    -- The three day rollups from one pass over each user's days: counting users per day from distinct user
    -- days (hashed once) is cheaper than a count(distinct) per rollup, which sorts every tally each time.
    with tallies as not materialized (  -- inlined in both aggregates: storing every tally costs more
        select t.*
        from private.session_tallies as t
        where (p_users is null or t.user_id in (select unnest(p_users)))
          and (p_days is null or t.day in (select unnest(p_days)))
    ), user_days as materialized (
        select user_id,
               day,
               sum(sessions) as sessions,
               sum(target_length_sum) as target_length_sum,
               sum(num_scenes_sum) as num_scenes_sum
        from tallies
        group by user_id, day
    ), day_themes as materialized (
        select day,
               theme,
               sum(sessions)::integer as sessions
        from tallies
        where theme is not null
        group by day, theme
    ), themes_written as (
        insert into private.daily_theme_rollup as r (
            day,
            theme,
            sessions
        )
        select day,
               theme,
               sessions
        from day_themes
        on conflict (day, theme) do update
            set sessions = r.sessions + excluded.sessions
    ), days_written as (
        insert into private.daily_rollup as r (
            day,
            stories,
            active_users,
            unique_themes,
            target_length_sum,
            num_scenes_sum
        )
        select d.day,
               sum(d.sessions),
               count(*),
               coalesce(min(th.themes), 0),
               sum(d.target_length_sum),
               sum(d.num_scenes_sum)
        from user_days as d
        left join (
            -- Every statement of this one sees the theme rollup as it was before it.
            select n.day,
                   count(*) as themes
            from day_themes as n
            where not exists (select from private.daily_theme_rollup as r
                              where r.day = n.day and r.theme = n.theme)
            group by n.day
        ) as th using (day)
        group by d.day
        on conflict (day) do update
            set (stories, active_users, unique_themes, target_length_sum, num_scenes_sum)
              = (r.stories + excluded.stories, r.active_users + excluded.active_users,
                 r.unique_themes + excluded.unique_themes, r.target_length_sum + excluded.target_length_sum,
                 r.num_scenes_sum + excluded.num_scenes_sum)
    )
    insert into private.daily_persona_rollup as r (
        day,
        persona,
        users,
        stories
    )
    select d.day,
           u.persona,
           count(*),
           sum(d.sessions)
    from user_days as d
    join private.user_rollup as u using (user_id)
    group by d.day, u.persona
    on conflict (day, persona) do update
        set (users, stories) = (r.users + excluded.users, r.stories + excluded.stories);
end;
$$;

-- The rollups of these users (every user for null) and of these days (every day for null, plus each day of a
-- user whose persona changed), computed again from the tallies, set-based; then those users' streaks.
-- Returns the streak rows written. The caller holds private.lock_bookkeeping().
create or replace function private.rebuild_rollups(p_users uuid[], p_days date[])
returns integer
language plpgsql
set search_path = ''
as $$
declare
    rebuilt_days date[] := p_days;
    persona_changed uuid[];
begin
    persona_changed := private.rebuild_user_rollups(p_users);
    if rebuilt_days is not null and persona_changed <> '{}' then
        rebuilt_days := rebuilt_days || array(select distinct t.day from private.session_tallies as t
                                              where t.user_id in (select unnest(persona_changed)));
    end if;
    perform private.rebuild_day_rollups(rebuilt_days);
    return private.write_streaks(p_users);
end;
$$;

-- Fold these users' part of the log into the tallies and their rollups, set-based: what a statement that
-- logged many rows does at once. Deletes exactly the log rows it folds (in one statement), so writes in
-- flight stay in the log for a later fold.
create or replace function private.settle_users(p_users uuid[])
returns void
language plpgsql
set search_path = ''
as $$
declare
    changed_days date[];
    folded_rows bigint;
begin
    perform private.lock_bookkeeping();
    with folded as (
        delete from private.session_changes
        where user_id in (select unnest(p_users))
        returning *
    ), merged as (
        insert into private.session_tallies as t
        select user_id,
               day,
               theme,
               sum(sessions),
               sum(target_length_sum),
               sum(num_scenes_sum)
        from folded
        where day is not null
        group by user_id, day, theme
        on conflict (user_id, day, theme) do update
            set (sessions, target_length_sum, num_scenes_sum)
              = (t.sessions + excluded.sessions, t.target_length_sum + excluded.target_length_sum,
                 t.num_scenes_sum + excluded.num_scenes_sum)
    )
    select coalesce(array_agg(distinct day) filter (where day is not null), '{}'), count(*)
    into changed_days, folded_rows
    from folded;
    delete from private.session_tallies where user_id in (select unnest(p_users)) and sessions = 0;
    perform private.refresh_after_bulk(folded_rows, p_users, changed_days);
    analyze private.session_changes;  -- it just lost many rows: later folds must not plan for them
end;
$$;

-- After a bulk change of p_changed tallies: the planner statistics of the tallies are read again if the
-- change is a sizeable part of them (what the rollups' rebuild and the next readers plan on), then the
-- rollups of those users and days are computed again (for users who had no tallies before the change,
-- p_users_are_new, their days move by their tallies alone), and their statistics too. Returns the streak
-- rows written. The caller holds private.lock_bookkeeping().
create or replace function private.refresh_after_bulk(
    p_changed bigint,
    p_users uuid[],
    p_days date[],
    p_users_are_new boolean default false
)
returns integer
language plpgsql
set search_path = ''
set work_mem = '64MB'  -- a bulk rebuild sorts and hashes a row per tally; spilling to disk costs more
as $$
declare
    sizeable constant boolean := p_changed >= 0.1 * (
        select greatest(c.reltuples, 0) from pg_catalog.pg_class as c
        where c.oid = 'private.session_tallies'::pg_catalog.regclass);
    written integer;
begin
    if sizeable then
        analyze private.session_tallies;
    end if;
    if p_users_are_new then
        perform private.rebuild_user_rollups(p_users);
        perform private.add_to_day_rollups(p_users, null);
        written := private.write_streaks(p_users);
    else
        written := private.rebuild_rollups(p_users, p_days);
    end if;
    if sizeable then
        analyze private.user_rollup, private.daily_rollup, private.daily_persona_rollup,
                private.daily_theme_rollup;
    end if;
    return written;
end;
$$;

-- Deleted users: their tallies, log rows and rollup row go, and their days are computed again.
create or replace function private.forget_users(p_users uuid[])
returns void
language plpgsql
set search_path = ''
as $$
declare
    their_days date[];
    removed bigint;
begin
    perform private.lock_bookkeeping();
    their_days := array(select distinct t.day
                        from private.session_tallies as t
                        where t.user_id in (select unnest(p_users)));
    delete from private.session_changes where user_id in (select unnest(p_users));
    delete from private.session_tallies where user_id in (select unnest(p_users));
    get diagnostics removed = row_count;
    delete from private.user_rollup where user_id in (select unnest(p_users));
    perform private.refresh_after_bulk(removed, '{}', their_days);
end;
$$;

-- A statement's sessions, by user, UTC day and theme: + for rows written, - for rows removed (an UPDATE is
-- both, counted together, and logs only the counts that really change: filling in a story's text logs
-- nothing). Sessions removed with their user (the cascade from auth.users) are not logged:
-- private.forget_users removes the user's whole tallies at once.
create or replace function private.log_session_changes()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
    logged bigint;
    batch_users uuid[];
    users_are_new boolean;
begin
    if tg_op = 'TRUNCATE' then  -- no rows to count: every figure is computed again, from no sessions
        perform private.lock_bookkeeping();
        truncate private.session_tallies, private.daily_rollup, private.daily_persona_rollup,
                 private.daily_theme_rollup;
        delete from private.session_changes where day is not null;
        perform private.rebuild_rollups(null, null);
        return null;
    end if;
    if tg_op = 'INSERT' then
        -- A statement of few sessions appends their counts to the log (one statement, the bulk test a
        -- one-time filter in it); a statement of many logs nothing and is counted below.
        insert into private.session_changes
        select user_id, (created_at at time zone 'utc')::date, theme, count(*), sum(target_length),
               sum(num_scenes)
        from added
        where not exists (select from private.bulk_rule as r
                          where (select count(*) from added) >= r.min_rows and r.may_fold)
        group by 1, 2, 3;
        get diagnostics logged = row_count;
        if logged > 0 or not exists (select from added) then
            return null;
        end if;
        -- Many sessions: counted straight into the tallies, set-based, bypassing the log (whatever the log
        -- still holds for these users stays there for the nightly run: tallies plus log stay the truth).
        perform private.lock_bookkeeping();
        batch_users := array(select distinct user_id from added);
        users_are_new := not exists (select from private.session_tallies as t
                                     where t.user_id in (select unnest(batch_users)));
        if users_are_new then  -- no tallies to match: a plain insert, with no join to the tallies
            insert into private.session_tallies
            select user_id, (created_at at time zone 'utc')::date, theme, count(*), sum(target_length),
                   sum(num_scenes)
            from added
            group by 1, 2, 3;
        else
            merge into private.session_tallies as t
            using (
                select user_id,
                       (created_at at time zone 'utc')::date as day,
                       theme,
                       count(*)::integer as sessions,
                       sum(target_length) as target_length_sum,
                       sum(num_scenes) as num_scenes_sum
                from added
                group by 1, 2, 3
            ) as c
            on t.user_id = c.user_id and t.day = c.day and t.theme is not distinct from c.theme
            when matched then update
                set (sessions, target_length_sum, num_scenes_sum)
                  = (t.sessions + c.sessions, t.target_length_sum + c.target_length_sum,
                     t.num_scenes_sum + c.num_scenes_sum)
            when not matched then insert
                values (c.user_id, c.day, c.theme, c.sessions, c.target_length_sum, c.num_scenes_sum);
        end if;
        get diagnostics logged = row_count;
        perform private.refresh_after_bulk(
            logged,
            batch_users,
            -- The days to rebuild: none for new users, whose days only add their tallies.
            case when users_are_new then '{}'
                 else array(select distinct (created_at at time zone 'utc')::date from added) end,
            users_are_new);
    elsif tg_op = 'DELETE' then
        insert into private.session_changes
        select r.user_id,
               (r.created_at at time zone 'utc')::date,
               r.theme,
               -count(*),
               -sum(r.target_length),
               -sum(r.num_scenes)
        from removed as r
        where exists (select from auth.users as u where u.id = r.user_id)
        group by 1, 2, 3;
        get diagnostics logged = row_count;
        if private.is_bulk(logged) then
            perform private.settle_users(array(
                select distinct r.user_id
                from removed as r
                where exists (select from auth.users as u where u.id = r.user_id)));
        end if;
    else
        insert into private.session_changes
        select user_id,
               day,
               theme,
               sum(n),
               sum(target_length),
               sum(num_scenes)
        from (
            select user_id,
                   (created_at at time zone 'utc')::date as day,
                   theme,
                   1 as n,
                   target_length,
                   num_scenes
            from added
            union all
            select user_id,
                   (created_at at time zone 'utc')::date,
                   theme,
                   -1,
                   -target_length,
                   -num_scenes
            from removed
        ) as c
        group by 1, 2, 3
        having sum(n) <> 0 or sum(target_length) <> 0 or sum(num_scenes) <> 0;
        get diagnostics logged = row_count;
        if private.is_bulk(logged) then
            perform private.settle_users(array(select user_id from added union select user_id from removed));
        end if;
    end if;
    return null;
end;
$$;

-- Every auth user has a rollup row. A user created is a change (the nightly run writes their streak row);
-- a user deleted goes from the bookkeeping at once; TRUNCATE empties it.
create or replace function private.track_users()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
    ids uuid[];
begin
    if tg_op = 'TRUNCATE' then
        truncate private.session_tallies, private.session_changes, private.user_rollup, private.daily_rollup,
                 private.daily_persona_rollup, private.daily_theme_rollup;
    elsif tg_op = 'INSERT' then
        ids := array(select id from new_users);
        insert into private.user_rollup (user_id) select unnest(ids) on conflict (user_id) do nothing;
        insert into private.session_changes select unnest(ids), null, null, 0, 0, 0;
        if private.is_bulk(cardinality(ids)) then
            perform private.settle_users(ids);
        end if;
    else
        perform private.forget_users(array(select id from old_users));
    end if;
    return null;
end;
$$;

-- A profile written or removed changes its user's persona: a change with no day for each id on either side of
-- the statement (a changed id changes two users). Profiles removed with their user are not logged. TRUNCATE
-- computes every user's persona again.
create or replace function private.track_profiles()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
    ids uuid[];
begin
    if tg_op = 'TRUNCATE' then
        perform private.lock_bookkeeping();
        perform private.rebuild_rollups(null, null);
        return null;
    elsif tg_op = 'INSERT' then
        ids := array(select id from new_profiles);
    elsif tg_op = 'UPDATE' then
        ids := array(select id from new_profiles union select id from old_profiles);
    else
        ids := array(select p.id
                     from old_profiles as p
                     where exists (select from auth.users as u where u.id = p.id));
    end if;
    insert into private.session_changes select unnest(ids), null, null, 0, 0, 0;
    if private.is_bulk(cardinality(ids)) then
        perform private.settle_users(ids);
    end if;
    return null;
end;
$$;

create trigger sessions_log_inserts
    after insert on public.sessions
    referencing new table as added
    for each statement execute function private.log_session_changes();

create trigger sessions_log_updates
    after update on public.sessions
    referencing old table as removed new table as added
    for each statement execute function private.log_session_changes();

create trigger sessions_log_deletes
    after delete on public.sessions
    referencing old table as removed
    for each statement execute function private.log_session_changes();

create trigger sessions_log_truncate
    after truncate on public.sessions
    for each statement execute function private.log_session_changes();

create trigger users_track_inserts
    after insert on auth.users
    referencing new table as new_users
    for each statement execute function private.track_users();

create trigger users_track_deletes
    after delete on auth.users
    referencing old table as old_users
    for each statement execute function private.track_users();

create trigger users_track_truncate
    after truncate on auth.users
    for each statement execute function private.track_users();

create trigger profiles_track_inserts
    after insert on public.profiles
    referencing new table as new_profiles
    for each statement execute function private.track_profiles();

create trigger profiles_track_updates
    after update on public.profiles
    referencing old table as old_profiles new table as new_profiles
    for each statement execute function private.track_profiles();

create trigger profiles_track_deletes
    after delete on public.profiles
    referencing old table as old_profiles
    for each statement execute function private.track_profiles();

create trigger profiles_track_truncate
    after truncate on public.profiles
    for each statement execute function private.track_profiles();

-- Each user and day with changes: its sessions as of the last nightly run (settled), and now.
create view private.changed_user_days with (security_invoker = true) as
select c.user_id,
       c.day,
       t.settled,
       t.settled + c.sessions as sessions
from (
    select user_id,
           day,
           sum(sessions)::integer as sessions
    from private.session_changes
    where day is not null
    group by user_id, day
) as c
cross join lateral (
    select coalesce(sum(t.sessions), 0)::integer as settled
    from private.session_tallies as t
    where t.user_id = c.user_id and t.day = c.day
) as t;

-- Each user and theme, and day and theme, with changes: came is 1 if the theme came (no settled sessions,
-- some now), -1 if it went, else 0.
create view private.changed_user_themes with (security_invoker = true) as
select c.user_id,
       c.theme,
       (t.settled + c.sessions > 0)::integer - (t.settled > 0)::integer as came
from (
    select user_id,
           theme,
           sum(sessions)::integer as sessions
    from private.session_changes
    where theme is not null
    group by user_id, theme
) as c
cross join lateral (
    select coalesce(sum(settled.sessions), 0) as settled
    from (
        select t.sessions
        from private.session_tallies as t
        where t.user_id = c.user_id and t.theme = c.theme
        -- Whether the theme stays is known after one settled tally more than the changes removed: a user's
        -- theme may have hundreds of tallies, and reading them all would cost the nightly run the table's
        -- size.
        limit greatest(1, 1 - c.sessions)
    ) as settled
) as t;

create view private.changed_day_themes with (security_invoker = true) as
select c.day,
       c.theme,
       (coalesce(r.sessions, 0) + c.sessions > 0)::integer - (coalesce(r.sessions, 0) > 0)::integer as came
from (
    select day,
           theme,
           sum(sessions)::integer as sessions
    from private.session_changes
    where theme is not null
    group by day, theme
) as c
left join private.daily_theme_rollup as r on r.day = c.day and r.theme = c.theme;

-- Each user with changes: their rollup row, and their sessions and persona now. The persona is read again
-- only if the profile may have changed (a change with no day) or the sessions crossed the 5 that persona_of
-- counts.
create view private.changed_users with (security_invoker = true) as
select r.*,
       r.sessions + c.sessions as sessions_now,
       case
           when c.sessions_only and (r.sessions >= 5) = (r.sessions + c.sessions >= 5) then r.persona
           else (
               select private.persona_of(p.mood, p.routine, p.preferences, p.calming_elements,
                                         r.sessions + c.sessions)
               from (select) as one  -- one row, with or without a profile
               left join public.profiles as p on p.id = c.user_id
           )
       end as persona_now
from (
    select user_id,
           sum(sessions) as sessions,
           bool_and(day is not null) as sessions_only
    from private.session_changes
    group by user_id
) as c
cross join lateral (
    select *
    from private.user_rollup as r
    where r.user_id = c.user_id
    -- offset 0 keeps this a lookup per changed user: flattened, the planner may hash the whole rollup
    -- instead, which costs the table's size when the changes are few.
    offset 0
) as r;

-- Every user's figures: the rollup, plus for a user with changes the days and themes that came or went, with
-- the span and runs of days read again from the latest run on (from the first day if a day came or went
-- before its end).
create view private.user_figures with (security_invoker = true) as
with changed as materialized (
    select u.*,
           coalesce(d.added, 0) as days_added,
           coalesce(t.added, 0)::integer as themes_added,
           case
               when d.first_came_or_went <= u.last_session_date then '-infinity'
               else coalesce(u.last_run_start, '-infinity')
           end::date as from_day
    from private.changed_users as u
    left join (
        select user_id,
               sum((sessions > 0)::integer - (settled > 0)::integer)::integer as added,
               min(day) filter (where (sessions > 0) <> (settled > 0)) as first_came_or_went
        from private.changed_user_days
        group by user_id
    ) as d using (user_id)
    left join (
        select user_id,
               sum(came) as added
        from private.changed_user_themes
        group by user_id
    ) as t using (user_id)
), days as (
    -- From from_day on, each day with settled sessions or with changes, as it is now; the days of one run of
    -- consecutive days share day - (its rank among the user's days).
    select user_id,
           day,
           day - (row_number() over (partition by user_id order by day))::integer as run
    from (
        select t.user_id,
               t.day,
               null::integer as sessions
        from changed as c
        join private.session_tallies as t on t.user_id = c.user_id and t.day >= c.from_day
        union all
        select d.user_id,
               d.day,
               d.sessions
        from changed as c
        join private.changed_user_days as d on d.user_id = c.user_id and d.day >= c.from_day
    ) as settled_and_changed
    group by user_id, day
    having coalesce(min(sessions), 1) > 0
), runs as (
    select user_id,
           min(day) as first_day,
           max(day) as last_day
    from days
    group by user_id, run
)
select r.user_id,
       r.sessions,
       r.active_days,
       r.themes_used,
       r.first_session_date,
       r.last_session_date,
       r.persona,
       r.last_run_start,
       r.longest_run
from private.user_rollup as r
where not exists (select from private.session_changes as c where c.user_id = r.user_id)
union all
select c.user_id,
       c.sessions_now,
       c.active_days + c.days_added,
       c.themes_used + c.themes_added,
       case when c.from_day = '-infinity' then x.first_day else c.first_session_date end,
       x.last_day,
       c.persona_now,
       x.last_run_start,
       greatest(x.longest_run, case when c.from_day > '-infinity' then c.longest_run end, 0)
from changed as c
left join (
    select user_id,
           min(first_day) as first_day,
           max(last_day) as last_day,
           max(first_day) as last_run_start,
           max(last_day - first_day + 1) as longest_run
    from runs
    group by user_id
) as x using (user_id);

-- A day's figures: its rollup, plus the sessions changed since, and the users and themes that came or went.
create view private.daily_figures with (security_invoker = true) as
select day,
       sum(stories)::integer as stories,
       sum(active_users)::integer as active_users,
       sum(unique_themes)::integer as unique_themes,
       sum(target_length_sum)::bigint as target_length_sum,
       sum(num_scenes_sum)::bigint as num_scenes_sum
from (
    select day,
           stories,
           active_users,
           unique_themes,
           target_length_sum,
           num_scenes_sum
    from private.daily_rollup
    union all
    select day,
           sessions,
           0,
           0,
           target_length_sum,
           num_scenes_sum
    from private.session_changes
    where day is not null
    union all
    select day,
           0,
           (sessions > 0)::integer - (settled > 0)::integer,
           0,
           0,
           0
    from private.changed_user_days
    union all
    select day,
           0,
           0,
           came,
           0,
           0
    from private.changed_day_themes
) as parts
group by day
having sum(stories) > 0;

-- Users per persona and UTC day, and their stories: the rollup, plus for each user and day with changes (and
-- every day of a user whose persona changed) the user as they are now, less the user as the rollup counted.
create view private.daily_persona_figures with (security_invoker = true) as
with changed as materialized (
    select user_id,
           persona,
           persona_now
    from private.changed_users
), touched as (
    select user_id,
           day,
           settled,
           sessions
    from private.changed_user_days
    union all
    select t.user_id,
           t.day,
           sum(t.sessions),
           sum(t.sessions)
    from changed as u
    join private.session_tallies as t using (user_id)
    where u.persona_now <> u.persona
      and not exists (select from private.session_changes as c where c.user_id = t.user_id and c.day = t.day)
    group by t.user_id, t.day
)
select day,
       persona,
       sum(users)::integer as users,
       sum(stories)::integer as stories
from (
    select day,
           persona,
           users,
           stories
    from private.daily_persona_rollup
    union all
    select t.day,
           x.persona,
           x.users,
           x.stories
    from touched as t
    join changed as u using (user_id)
    cross join lateral (
        values (u.persona, -(t.settled > 0)::integer, -t.settled),
               (u.persona_now, (t.sessions > 0)::integer, t.sessions)
    ) as x (persona, users, stories)
) as parts
group by day, persona
having sum(users) > 0;


-- The nightly fold reads the log in several statements and then deletes it, so no log write may land in
-- between: it locks the log against writes for the fold's own work. It waits for writes in flight only
-- briefly and lets them through before trying again, so that writers never queue behind it for long.
create or replace function private.lock_log_for_fold()
returns void
language plpgsql
set search_path = ''
set lock_timeout = '100ms'
as $$
begin
    for attempt in 1 .. 100 loop
        begin
            lock table private.session_changes in share row exclusive mode;
            return;
        exception when lock_not_available then
            perform pg_catalog.pg_sleep(0.05);
        end;
    end loop;
    raise lock_not_available using message = 'recompute_user_streaks: writes to public.sessions kept the '
        'bookkeeping log busy for 15 s. Run it again when they are done.';
end;
$$;

-- The tallies counted again from public.sessions, writing only the rows that differ; then the log (all
-- folded) goes and every rollup and streak is computed again. The caller holds both locks.
create or replace function private.rebuild_from_sessions()
returns integer
language plpgsql
set search_path = ''
set work_mem = '128MB'  -- it hashes every session's user, day and theme; spilling to disk costs more
as $$
declare
    corrected bigint;
begin
    -- What each tally must change by: the sessions counted now less the tallies, in one aggregate over both
    -- (GROUP BY puts a null theme with a null theme, which a join would not); only the keys that differ come
    -- out, and are applied as the nightly run applies its log.
    merge into private.session_tallies as t
    using (
        select user_id,
               day,
               theme,
               sum(sessions)::integer as sessions,
               sum(target_length_sum) as target_length_sum,
               sum(num_scenes_sum) as num_scenes_sum
        from (
            select s.user_id,
                   (s.created_at at time zone 'utc')::date as day,
                   s.theme,
                   1 as sessions,
                   s.target_length::bigint as target_length_sum,
                   s.num_scenes::bigint as num_scenes_sum
            from public.sessions as s
            union all
            select t.user_id,
                   t.day,
                   t.theme,
                   -t.sessions,
                   -t.target_length_sum,
                   -t.num_scenes_sum
            from private.session_tallies as t
        ) as counted_less_tallied
        group by user_id, day, theme
        having sum(sessions) <> 0 or sum(target_length_sum) <> 0 or sum(num_scenes_sum) <> 0
    ) as c
    on t.user_id = c.user_id and t.day = c.day and t.theme is not distinct from c.theme
    when matched and t.sessions + c.sessions = 0 then delete
    when matched then update
        set (sessions, target_length_sum, num_scenes_sum)
          = (t.sessions + c.sessions, t.target_length_sum + c.target_length_sum,
             t.num_scenes_sum + c.num_scenes_sum)
    when not matched then insert
        values (c.user_id, c.day, c.theme, c.sessions, c.target_length_sum, c.num_scenes_sum);
    get diagnostics corrected = row_count;
    delete from private.session_changes;
    return private.refresh_after_bulk(corrected, null, null);
end;
$$;

-- What recompute_user_streaks() runs, with its owner's rights.
create or replace function private.recompute_streaks(p_full boolean)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
    utc_today constant date := (now() at time zone 'utc')::date;
    changed_users uuid[];
    changed_days date[];
    daily private.daily_figures[];
    mix private.daily_persona_figures[];
begin
    if current_setting('transaction_isolation') <> 'read committed' then
        raise object_not_in_prerequisite_state using message = format(
            'recompute_user_streaks: the transaction is %s, so it would fold changes into rollups its '
            'snapshot does not show. Run it in a READ COMMITTED transaction (the default).',
            current_setting('transaction_isolation'));
    end if;
    perform private.lock_bookkeeping();
    perform private.lock_log_for_fold();
    if p_full then
        return private.rebuild_from_sessions();
    end if;

    analyze private.session_changes;  -- the planner must see how many changes there are today
    changed_users := array(select distinct user_id from private.session_changes);
    changed_days := array(
        select day
        from private.session_changes
        where day is not null
        union
        select t.day
        from private.changed_users as u
        join private.session_tallies as t using (user_id)
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
         longest_run)
      = (f.sessions, f.active_days, f.themes_used, f.first_session_date, f.last_session_date, f.persona,
         f.last_run_start, f.longest_run)
    from private.user_figures as f
    where r.user_id = f.user_id and f.user_id = any(changed_users);

    merge into private.session_tallies as t
    using (
        select user_id,
               day,
               theme,
               sum(sessions) as sessions,
               sum(target_length_sum) as target_length_sum,
               sum(num_scenes_sum) as num_scenes_sum
        from private.session_changes
        where day is not null
        group by user_id, day, theme
    ) as c
    on t.user_id = c.user_id and t.day = c.day and t.theme is not distinct from c.theme
    when matched and t.sessions + c.sessions = 0 then delete
    when matched then update
        set (sessions, target_length_sum, num_scenes_sum)
          = (t.sessions + c.sessions, t.target_length_sum + c.target_length_sum,
             t.num_scenes_sum + c.num_scenes_sum)
    when not matched and c.sessions > 0 then insert
        values (c.user_id, c.day, c.theme, c.sessions, c.target_length_sum, c.num_scenes_sum);
    merge into private.daily_theme_rollup as r
    using (
        select day,
               theme,
               sum(sessions) as sessions
        from private.session_changes
        where day is not null and theme is not null
        group by day, theme
    ) as c
    on r.day = c.day and r.theme = c.theme
    when matched and r.sessions + c.sessions = 0 then delete
    when matched then update set sessions = r.sessions + c.sessions
    when not matched and c.sessions > 0 then insert values (c.day, c.theme, c.sessions);
    -- DELETE, not TRUNCATE: a snapshot older than this run still sees the log it had, with the rollups it
    -- had.
    delete from private.session_changes;
    analyze private.session_changes;

    -- The streaks of the users with changes and every streak that lapsed, where they differ.
    return private.write_streaks(changed_users || array(
        select user_id
        from public.user_streaks
        where current_streak > 0 and last_session_date < utc_today - 1));
end;
$$;

-- Everything in private is closed to the API roles; service_role may read it, call persona_of and run the
-- nightly job.
revoke all on all tables in schema private from public, anon, authenticated;
grant select on all tables in schema private to service_role;
revoke all on all functions in schema private from public, anon, authenticated;
grant execute on function private.persona_of(text, text, text[], text[], bigint) to service_role;
grant execute on function private.recompute_streaks(boolean) to service_role;

-- Users and sessions that exist before this migration runs.
select private.recompute_streaks(true);
