-- User streaks: consecutive UTC days with at least one session, kept by recompute_user_streaks() and
-- read-only for users. So that no recompute reads the session history, statement-level triggers on
-- sessions keep each user's days and runs of days as sessions come and go (private.user_activity,
-- which the analytics personas read too).

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

-- Bookkeeping outside the API's reach, kept by statement-level triggers on public.sessions, so that a
-- streak never needs the user's whole history read again:
--   private.user_day_activity: one row per user and UTC day with sessions (how many stories that day);
--   private.user_activity: one row per user: sessions, active days, first and last day, the run of
--     consecutive days ending on the last day, the longest run, and whether the streak row is due.
-- No foreign keys: cascaded deletes of a user reach these triggers after the user row is gone. No
-- `>= 0` checks on the counts either: they are applied as signed deltas by INSERT … ON CONFLICT, and
-- Postgres checks the proposed row (a negative delta) before it finds the conflict. The tests hold every
-- count to a rebuild from the sessions instead.
create schema if not exists private;
revoke all on schema private from public, anon, authenticated;
grant usage on schema private to service_role;

create table private.user_activity (
    user_id uuid primary key,
    total_sessions integer not null default 0,
    active_days integer not null default 0,
    first_session_date date,
    last_session_date date,
    last_run_start date,
    longest_run integer not null default 0,
    streak_dirty boolean not null default true
);

comment on table private.user_activity is
    'Per-user session and day counts, runs of consecutive UTC days, and whether the streak row is due.';
comment on column private.user_activity.last_run_start is
    'First day of the run of consecutive session days that ends on last_session_date.';

create index user_activity_streak_dirty_idx on private.user_activity (user_id) where streak_dirty;

create table private.user_day_activity (
    user_id uuid not null,
    day date not null,
    stories integer not null,
    last_change integer not null,
    primary key (user_id, day)
);

comment on table private.user_day_activity is 'Stories per user and UTC day; a row exists only for days with sessions.';
comment on column private.user_day_activity.last_change is
    'The change the last statement applied: RETURNING can then tell a new day (stories = last_change) '
    'from a busier one without joining the statement''s changes again.';

alter table private.user_activity enable row level security;
alter table private.user_day_activity enable row level security;
revoke all on private.user_activity, private.user_day_activity from public, anon, authenticated;
grant select on private.user_activity, private.user_day_activity to service_role;

-- The runs of consecutive days of some users, written into private.user_activity. Users in p_rescan
-- (everyone, when it is null) have their days walked again from private.user_day_activity (a day was
-- lost, or one was added before their last day); for everyone else the new days (p_new_user_ids,
-- p_new_days, all after the user's last day) can only extend the last run or start later ones, so only
-- they are walked, after that run.
create or replace function private.update_user_runs(p_rescan uuid[], p_new_user_ids uuid[], p_new_days date[])
returns void
language plpgsql  -- not sql: PL/pgSQL keeps its plans between calls, and this runs on every session insert
set search_path = ''
as $$
begin
    -- Arrays are joined as relations (unnest) rather than searched with = any, which would scan the
    -- whole array for every row when thousands of users change at once.
    with rescan as (
        select distinct user_id from unnest(p_rescan) as r (user_id)
    ), new_days as (
        select n.user_id, n.day from unnest(p_new_user_ids, p_new_days) as n (user_id, day)
        where not exists (select 1 from rescan as r where r.user_id = n.user_id)
    ), segments as (
        select d.user_id, d.day as first_day, d.day as last_day, true as rescanned
        from private.user_day_activity as d
        where p_rescan is null
        union all
        select d.user_id, d.day, d.day, true
        from private.user_day_activity as d
        join rescan as r using (user_id)
        union all
        select a.user_id, a.last_run_start, a.last_session_date, false
        from private.user_activity as a
        where a.user_id in (select user_id from new_days) and a.last_session_date is not null
        union all
        select user_id, day, day, false from new_days
    ), flagged as (
        select *, case when first_day <= lag(last_day) over w + 1 then 0 else 1 end as starts_run
        from segments
        window w as (partition by user_id order by first_day)
    ), numbered as (
        select *, sum(starts_run) over (partition by user_id order by first_day rows unbounded preceding) as run
        from flagged
    ), runs as (
        select user_id, bool_or(rescanned) as rescanned, min(first_day) as first_day, max(last_day) as last_day
        from numbered
        group by user_id, run
    ), per_user as (
        -- Runs do not overlap, so the one with the latest end also has the latest start.
        select user_id, bool_or(rescanned) as rescanned, min(first_day) as first_day,
               max(last_day) as last_day, max(first_day) as last_run_start,
               max(last_day - first_day + 1) as longest_run
        from runs
        group by user_id
    ), targets as (
        select user_id from private.user_activity where p_rescan is null
        union
        select user_id from rescan
        union
        select user_id from new_days
    )
    update private.user_activity as a
       set first_session_date = case when p.rescanned or p.rescanned is null then p.first_day
                                     else coalesce(a.first_session_date, p.first_day) end,
           last_session_date = p.last_day,
           last_run_start = p.last_run_start,
           longest_run = case when p.rescanned or p.rescanned is null then coalesce(p.longest_run, 0)
                              else greatest(a.longest_run, p.longest_run) end,
           streak_dirty = true
      from targets as t
      left join per_user as p using (user_id)
     where a.user_id = t.user_id;
end;
$$;

-- Applies one statement's session changes, given per (user, UTC day) as a signed story count, and
-- returns the (user, day) pairs that gained their first story (+1) or lost their last (-1).
create or replace function private.apply_session_day_changes(
    p_user_ids uuid[], p_days date[], p_stories integer[],
    out moved_users uuid[], out moved_days date[], out moved_signs integer[])
language plpgsql
set search_path = ''
as $$
begin
    with applied as (
        insert into private.user_day_activity as d (user_id, day, stories, last_change)
        select user_id, day, stories, stories
        from unnest(p_user_ids, p_days, p_stories) as c (user_id, day, stories)
        order by user_id, day
        on conflict (user_id, day) do update
            set stories = d.stories + excluded.stories, last_change = excluded.last_change
        returning d.user_id, d.day, d.stories, d.last_change
    )
    select coalesce(array_agg(user_id), '{}'), coalesce(array_agg(day), '{}'),
           coalesce(array_agg(case when stories = 0 then -1 else 1 end), '{}')
      into moved_users, moved_days, moved_signs
      from applied
     where stories = 0 or stories = last_change;

    if -1 = any (moved_signs) then
        delete from private.user_day_activity as d
        using unnest(moved_users, moved_days, moved_signs) as m (user_id, day, sign)
        where m.sign < 0 and d.user_id = m.user_id and d.day = m.day;
    end if;

    insert into private.user_activity as a (user_id, total_sessions, active_days)
    select user_id, sum(stories), sum(days)
    from (
        select user_id, stories, 0 as days from unnest(p_user_ids, p_stories) as c (user_id, stories)
        union all
        select user_id, 0, sign from unnest(moved_users, moved_signs) as m (user_id, sign)
    ) as per_user
    group by user_id
    order by user_id
    on conflict (user_id) do update
        set total_sessions = a.total_sessions + excluded.total_sessions,
            active_days = a.active_days + excluded.active_days;

    -- A lost day, or a new one before the user's last day, means walking that user's days again.
    perform private.update_user_runs(
        array(select distinct m.user_id
              from unnest(moved_users, moved_days, moved_signs) as m (user_id, day, sign)
              join private.user_activity as a using (user_id)
              where m.sign < 0 or m.day <= a.last_session_date),
        array(select m.user_id from unnest(moved_users, moved_signs) as m (user_id, sign) where m.sign > 0),
        array(select m.day from unnest(moved_days, moved_signs) as m (day, sign) where m.sign > 0));
end;
$$;

-- The statement's sessions, counted per (user, UTC day): + for rows added, - for rows removed.
create or replace function private.track_session_activity()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
    user_ids uuid[];
    days date[];
    stories integer[];
begin
    if tg_op = 'INSERT' then
        select array_agg(user_id), array_agg(day), array_agg(n) into user_ids, days, stories
        from (select user_id, (created_at at time zone 'utc')::date as day, count(*)::integer as n
              from new_rows group by 1, 2) as changes;
    elsif tg_op = 'DELETE' then
        select array_agg(user_id), array_agg(day), array_agg(n) into user_ids, days, stories
        from (select user_id, (created_at at time zone 'utc')::date as day, -count(*)::integer as n
              from old_rows group by 1, 2) as changes;
    else
        select array_agg(user_id), array_agg(day), array_agg(n) into user_ids, days, stories
        from (select user_id, day, sum(n)::integer as n
              from (select user_id, (created_at at time zone 'utc')::date as day, 1 as n from new_rows
                    union all
                    select user_id, (created_at at time zone 'utc')::date, -1 from old_rows) as moved
              group by 1, 2
              having sum(n) <> 0) as changes;
    end if;
    if user_ids is not null then
        perform private.apply_session_day_changes(user_ids, days, stories);
    end if;
    return null;
end;
$$;

-- Every user's bookkeeping recomputed from the sessions: the backfill below, the answer to a TRUNCATE of
-- sessions (which fires no row changes), and the reference the tests hold the triggers to.
create or replace function private.rebuild_user_activity()
returns void
language plpgsql
set search_path = ''
as $$
begin
    truncate private.user_day_activity;
    -- In key order, the primary key fills front to back: half the time at 1M sessions (4.9 s -> 2.4 s).
    insert into private.user_day_activity (user_id, day, stories, last_change)
    select user_id, (created_at at time zone 'utc')::date, count(*), count(*)
    from public.sessions
    group by 1, 2
    order by 1, 2;

    insert into private.user_activity (user_id) select id from auth.users on conflict (user_id) do nothing;
    update private.user_activity as a
       set total_sessions = coalesce(d.stories, 0), active_days = coalesce(d.days, 0)
      from private.user_activity as everyone
      left join (select user_id, sum(stories)::integer as stories, count(*)::integer as days
                 from private.user_day_activity group by user_id) as d using (user_id)
     where a.user_id = everyone.user_id;

    perform private.update_user_runs(null, '{}', '{}');
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
    return null;
end;
$$;

revoke execute on function private.update_user_runs(uuid[], uuid[], date[]),
    private.apply_session_day_changes(uuid[], date[], integer[]), private.track_session_activity(),
    private.rebuild_user_activity(), private.track_sessions_truncate()
    from public, anon, authenticated;

-- Fires before the analytics triggers of the next migration (same timing: alphabetical order), which
-- read what this one wrote.
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

create trigger sessions_track_activity_on_truncate
    after truncate on public.sessions
    for each statement execute function private.track_sessions_truncate();

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
select private.rebuild_user_activity();

-- recompute_user_streaks(p_full): writes the streak row of every user whose days changed since the last
-- run (or of everyone, when p_full) from the runs kept in private.user_activity, then drops to 0 every
-- streak whose last day is older than yesterday (UTC): a lapse needs no new session to show. The runs
-- are kept as sessions arrive, so no run reads the session history. Returns the rows written.
create or replace function public.recompute_user_streaks(p_full boolean default false)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
    utc_today constant date := (now() at time zone 'utc')::date;
    recomputed integer;
    lapsed integer;
begin
    -- One recompute at a time: a second caller waits rather than racing on the same rows.
    perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('public.recompute_user_streaks'));

    with targets as (
        select u.id as user_id from auth.users as u where p_full
        union all
        select u.id from private.user_activity as a join auth.users as u on u.id = a.user_id
        where a.streak_dirty and not p_full
    ), written as (
        insert into public.user_streaks as us
            (user_id, current_streak, longest_streak, last_session_date, streak_start_date, computed_at)
        select t.user_id,
               case when a.last_session_date >= utc_today - 1
                    then a.last_session_date - a.last_run_start + 1 else 0 end,
               coalesce(a.longest_run, 0),
               a.last_session_date,
               case when a.last_session_date >= utc_today - 1 then a.last_run_start end,
               now()
        from targets as t
        left join private.user_activity as a on a.user_id = t.user_id
        on conflict (user_id) do update
            set current_streak = excluded.current_streak,
                longest_streak = greatest(us.longest_streak, excluded.longest_streak),
                last_session_date = excluded.last_session_date,
                streak_start_date = excluded.streak_start_date,
                computed_at = excluded.computed_at
        returning 1
    )
    select count(*) into recomputed from written;

    update private.user_activity set streak_dirty = false where streak_dirty;

    update public.user_streaks
       set current_streak = 0, streak_start_date = null, computed_at = now()
     where current_streak > 0
       and last_session_date < utc_today - 1;
    get diagnostics lapsed = row_count;

    return recomputed + lapsed;
end;
$$;

comment on function public.recompute_user_streaks(boolean) is
    'Recomputes user_streaks (UTC days). Incremental by default; pass true to rewrite every user''s row.';
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
