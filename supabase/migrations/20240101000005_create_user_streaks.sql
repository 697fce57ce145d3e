-- User streaks: consecutive UTC days with at least one session, kept by recompute_user_streaks() and
-- read-only for users. To make the nightly run cost follow the day's activity rather than the whole
-- history, a statement-level trigger on sessions records which users changed (private.user_activity),
-- along with each user's session count (used by the analytics personas).

create table public.user_streaks (
    user_id uuid primary key references auth.users (id) on delete cascade,
    current_streak integer not null default 0 constraint user_streaks_current_streak_check check (current_streak >= 0),
    longest_streak integer not null default 0 constraint user_streaks_longest_streak_check check (longest_streak >= 0),
    last_session_date date,
    streak_start_date date,
    computed_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint user_streaks_longest_covers_current_check check (longest_streak >= current_streak)
);

comment on table public.user_streaks is
    'System-managed by recompute_user_streaks(); users may read their own row only.';

-- The primary key already indexes user_id.
create index user_streaks_last_session_date_idx on public.user_streaks (last_session_date);
create index user_streaks_computed_at_idx on public.user_streaks (computed_at);

create trigger user_streaks_set_updated_at
    before update on public.user_streaks
    for each row execute function public.update_updated_at_column();

alter table public.user_streaks enable row level security;

create policy user_streaks_owner_can_select on public.user_streaks
    for select to authenticated
    using ((select auth.uid()) = user_id);

-- No write policies, and no write privileges either: only the system (owner, service_role) writes.
revoke insert, update, delete, truncate on public.user_streaks from anon, authenticated;

-- Bookkeeping outside the API's reach: which users' sessions changed since the last recompute, and how
-- many sessions each user has. No foreign key: cascaded deletes of a user fire the trigger after the
-- user row is gone.
create schema if not exists private;
revoke all on schema private from public, anon, authenticated;
grant usage on schema private to service_role;

create table private.user_activity (
    user_id uuid primary key,
    total_sessions integer not null default 0,
    streak_dirty boolean not null default true
);

comment on table private.user_activity is
    'Per-user session count, and whether the streak needs recomputing; kept by a trigger on public.sessions.';

create index user_activity_streak_dirty_idx on private.user_activity (user_id) where streak_dirty;
alter table private.user_activity enable row level security;
revoke all on private.user_activity from public, anon, authenticated;
grant select on private.user_activity to service_role;

create or replace function private.track_session_activity()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
    -- Each branch adds a per-user delta of sessions (+ inserted, - deleted) and marks the streak dirty.
    if tg_op = 'INSERT' then
        insert into private.user_activity as a (user_id, total_sessions)
        select user_id, count(*) from new_rows group by user_id
        on conflict (user_id) do update
            set total_sessions = greatest(a.total_sessions + excluded.total_sessions, 0), streak_dirty = true;
    elsif tg_op = 'DELETE' then
        insert into private.user_activity as a (user_id, total_sessions)
        select user_id, -count(*) from old_rows group by user_id
        on conflict (user_id) do update
            set total_sessions = greatest(a.total_sessions + excluded.total_sessions, 0), streak_dirty = true;
    else
        insert into private.user_activity as a (user_id, total_sessions)
        select user_id, sum(delta) from (
            select user_id, 1 as delta from new_rows
            union all
            select user_id, -1 from old_rows
        ) as moved
        group by user_id
        on conflict (user_id) do update
            set total_sessions = greatest(a.total_sessions + excluded.total_sessions, 0), streak_dirty = true;
    end if;
    return null;
end;
$$;

revoke execute on function private.track_session_activity() from public, anon, authenticated;

create trigger sessions_track_activity_on_insert
    after insert on public.sessions
    referencing new table as new_rows
    for each statement execute function private.track_session_activity();

create trigger sessions_track_activity_on_update
    after update on public.sessions
    referencing old table as old_rows new table as new_rows
    for each statement execute function private.track_session_activity();

create trigger sessions_track_activity_on_delete
    after delete on public.sessions
    referencing old table as old_rows
    for each statement execute function private.track_session_activity();

-- New users need a first streak row (0/0): a user created is a user whose streak is due.
create or replace function private.track_new_users()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
    insert into private.user_activity (user_id)
    select id from new_users
    on conflict (user_id) do update set streak_dirty = true;
    return null;
end;
$$;

revoke execute on function private.track_new_users() from public, anon, authenticated;

create trigger users_track_new_users
    after insert on auth.users
    referencing new table as new_users
    for each statement execute function private.track_new_users();

-- Users and sessions that exist before this migration (none on a fresh stack) are counted once here.
insert into private.user_activity (user_id, total_sessions)
select u.id, (select count(*) from public.sessions as s where s.user_id = u.id)
from auth.users as u;

-- recompute_user_streaks(p_full): recomputes, from their sessions, every user who is new or whose
-- sessions changed since the last run, or everyone when p_full; for all others it only lapses a streak
-- whose last session day is older than yesterday (UTC). Returns the rows written.
--
-- The runs are found in one ordered pass over sessions(user_id, created_at desc) (an index-only scan on
-- a vacuumed table): a row heads a run when the next later session is more than a day away; each row's
-- run ends at the nearest head above it. Duplicate days (several stories a night) need no DISTINCT.
create or replace function public.recompute_user_streaks(p_full boolean default false)
returns integer
language plpgsql
security definer
set search_path = ''
set work_mem = '64MB'
as $$
declare
    utc_today constant date := (now() at time zone 'utc')::date;
    target_ids uuid[];
    recomputed integer;
    lapsed integer;
begin
    -- One recompute at a time: a second caller waits rather than racing on the same rows.
    perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('public.recompute_user_streaks'));

    if not p_full then
        select coalesce(array_agg(a.user_id), '{}') into target_ids
        from private.user_activity as a
        where a.streak_dirty;
    end if;

    -- Planned afresh each call (EXECUTE): a handful of users takes the index, everyone a full scan.
    execute $sql$
        with targets as (
            select u.id as user_id from auth.users as u where $1 is null or u.id = any ($1)
        ), flagged as (
            select s.user_id, s.created_at, (s.created_at at time zone 'utc')::date as day,
                   case when lag((s.created_at at time zone 'utc')::date) over w
                             - (s.created_at at time zone 'utc')::date <= 1
                        then null else (s.created_at at time zone 'utc')::date end as head
            from public.sessions as s
            where $1 is null or s.user_id = any ($1)
            window w as (partition by s.user_id order by s.created_at desc rows unbounded preceding)
        ), runs as (
            select user_id, created_at, day, min(head) over w as run_end
            from flagged
            window w as (partition by user_id order by created_at desc rows unbounded preceding)
        ), per_user as (
            select user_id,
                   max(run_end - day) + 1 as longest,
                   max(day) as last_day,
                   min(day) filter (where run_end = last_run_end) as last_run_start
            from (select runs.*, max(run_end) over (partition by user_id) as last_run_end from runs) as r
            group by user_id
        ), fresh as (
            select t.user_id,
                   case when p.last_day >= $2 - 1 then p.last_day - p.last_run_start + 1 else 0 end as current_streak,
                   coalesce(p.longest, 0) as longest_streak,
                   p.last_day as last_session_date,
                   case when p.last_day >= $2 - 1 then p.last_run_start end as streak_start_date
            from targets as t
            left join per_user as p on p.user_id = t.user_id
        ), written as (
            insert into public.user_streaks as us
                (user_id, current_streak, longest_streak, last_session_date, streak_start_date, computed_at)
            select user_id, current_streak, longest_streak, last_session_date, streak_start_date, now()
            from fresh
            on conflict (user_id) do update
                set current_streak = excluded.current_streak,
                    longest_streak = greatest(us.longest_streak, excluded.longest_streak),
                    last_session_date = excluded.last_session_date,
                    streak_start_date = excluded.streak_start_date,
                    computed_at = excluded.computed_at
            returning 1
        )
        select count(*) from written
    $sql$ into recomputed using target_ids, utc_today;

    update private.user_activity set streak_dirty = false
    where streak_dirty and (target_ids is null or user_id = any (target_ids));

    update public.user_streaks
       set current_streak = 0, streak_start_date = null, computed_at = now()
     where current_streak > 0
       and last_session_date < utc_today - 1;
    get diagnostics lapsed = row_count;

    return recomputed + lapsed;
end;
$$;

comment on function public.recompute_user_streaks(boolean) is
    'Recomputes user_streaks (UTC days). Incremental by default; pass true to recompute every user.';
revoke execute on function public.recompute_user_streaks(boolean) from public, anon, authenticated;
grant execute on function public.recompute_user_streaks(boolean) to service_role;

-- The nightly job: scheduled here when pg_cron can run in this database; cron.schedule() updates a job
-- of the same name, so re-running never duplicates it.
do $schedule$
declare
    cron_ready boolean := exists (select 1 from pg_catalog.pg_extension where extname = 'pg_cron');
begin
    if not cron_ready and exists (select 1 from pg_catalog.pg_available_extensions where name = 'pg_cron') then
        begin
            -- pg_cron can only be created in the database it was preloaded for.
            cron_ready := current_setting('cron.database_name', true) = current_database();
        exception when insufficient_privilege then
            cron_ready := false;
        end;
    end if;
    if cron_ready then
        create extension if not exists pg_cron;
        perform cron.schedule('nightly-recompute-streaks', '0 2 * * *', 'select public.recompute_user_streaks()');
    else
        raise notice 'pg_cron is not available in this database, so the nightly streak job was not scheduled. '
            'Once it is (Debian: apt-get install postgresql-15-cron; Supabase: Database > Extensions), run: '
            'select cron.schedule(''nightly-recompute-streaks'', ''0 2 * * *'', '
            '''select public.recompute_user_streaks()'');';
    end if;
end;
$schedule$;
