-- User streaks: consecutive UTC days with at least one session, written by recompute_user_streaks() (the
-- nightly job) and read-only for users; and the bookkeeping behind them and the analytics views:
--   private.session_tallies   sessions per user, UTC day and theme, with length and scene sums: one
--                             statement-level upsert per insert, update or delete of sessions;
--   private.unsettled_days    the (user, day)s whose tallies changed since the last nightly run;
--   private.user_rollup       per auth user: totals, persona and runs of days as of the last nightly run;
--   private.daily_rollup, private.daily_persona_rollup   per UTC day (and persona), likewise.
-- The nightly run settles: it recomputes the rollups and streaks of the unsettled days and users (and of users
-- whose profile changed), and nothing else. private.*_figures read the rollups for settled days and users and
-- count the rest from the tallies, so the analytics views (next migration) are exact at any moment.
--
-- longest_streak is the longest run of consecutive UTC days among the user's sessions that still exist, as of
-- the last nightly run: deleting sessions can shorten it. Only the server's clock dates a session an API user
-- writes (migration 002), so a run exists only if its sessions were really written on those days.

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

create trigger user_streaks_set_updated_at before update on public.user_streaks
    for each row execute function public.update_updated_at_column();

alter table public.user_streaks enable row level security;

create policy user_streaks_owner_can_select on public.user_streaks
    for select to authenticated
    using ((select auth.uid()) = user_id);

-- No write policies, and no write privileges either: only the system (owner, service_role) writes.
revoke insert, update, delete, truncate, trigger, references on public.user_streaks from anon, authenticated;
revoke truncate, trigger, references on public.user_streaks from service_role;

create schema if not exists private;
revoke all on schema private from public, anon, authenticated;
grant usage on schema private to service_role;

-- No foreign keys: a deleted user's tallies stay, at 0, until the nightly run has taken them out of the
-- rollups; then they go, as do tallies at 0 of anyone.
create table private.session_tallies (
    user_id uuid not null,
    day date not null,
    theme text,
    sessions integer not null,
    target_length_sum bigint not null,
    num_scenes_sum bigint not null,
    constraint session_tallies_user_id_day_theme_key unique nulls not distinct (user_id, day, theme)
);
create index session_tallies_day_idx on private.session_tallies (day);

create table private.unsettled_days (
    user_id uuid not null,
    day date not null,
    primary key (user_id, day)
);
-- Emptied and analyzed by every nightly run; an autovacuum of it would make that run wait for its lock.
alter table private.unsettled_days set (autovacuum_enabled = false);

create table private.user_rollup (
    user_id uuid primary key,
    sessions integer not null default 0,
    active_days integer not null default 0,
    themes_used integer not null default 0,
    first_session_date date,
    last_session_date date,
    persona text not null default 'unknown',
    last_run_start date,
    longest_run integer not null default 0,
    settled boolean not null default false
);
create index user_rollup_unsettled_idx on private.user_rollup (user_id) where not settled;
comment on column private.user_rollup.last_run_start is
    'First day of the run of consecutive session days that ends on last_session_date.';

create table private.daily_rollup (
    day date primary key,
    stories integer not null,
    active_users integer not null,
    unique_themes integer not null,
    target_length_sum bigint not null,
    num_scenes_sum bigint not null
);

create table private.daily_persona_rollup (
    day date not null,
    persona text not null,
    users integer not null,
    stories integer not null,
    primary key (day, persona)
);

alter table private.session_tallies enable row level security;
alter table private.unsettled_days enable row level security;
alter table private.user_rollup enable row level security;
alter table private.daily_rollup enable row level security;
alter table private.daily_persona_rollup enable row level security;
revoke all on private.session_tallies, private.unsettled_days, private.user_rollup, private.daily_rollup,
    private.daily_persona_rollup from public, anon, authenticated;
grant select on private.session_tallies, private.unsettled_days, private.user_rollup, private.daily_rollup,
    private.daily_persona_rollup to service_role;

-- Personas, first match wins, case-insensitive substrings (arrays searched element by element, joined with
-- a separator no word contains): a professional routine and mood with 5 sessions; kids or family in the
-- routine or preferences; more than two calming elements or a sensory preference or element; else unknown.
create or replace function private.persona_of(p_mood text, p_routine text, p_preferences text[],
                                              p_calming_elements text[], p_sessions bigint)
returns text language sql immutable set search_path = '' as $$
    select case
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
$$;

-- Sessions counted per (user, UTC day, theme): added to the tallies, and their days marked unsettled. In
-- PL/pgSQL rather than SQL, which keeps its plan between calls: this runs on every session write.
create type private.session_count as (
    user_id uuid, day date, theme text, sessions integer, target_length_sum bigint, num_scenes_sum bigint
);

create or replace function private.add_session_counts(p_counts private.session_count[])
returns void language plpgsql set search_path = '' as $$
begin
    with counted as (
        -- In key order, the unique index fills front to back (a bulk load's counts arrive hashed).
        insert into private.session_tallies as t
        select * from unnest(p_counts) as c order by c.user_id, c.day, c.theme
        on conflict (user_id, day, theme) do update
            set sessions = t.sessions + excluded.sessions,
                target_length_sum = t.target_length_sum + excluded.target_length_sum,
                num_scenes_sum = t.num_scenes_sum + excluded.num_scenes_sum
        returning t.user_id, t.day
    )
    insert into private.unsettled_days (user_id, day)
    select distinct user_id, day from counted order by user_id, day
    on conflict do nothing;
end;
$$;

-- A statement's sessions, + for rows written and - for rows removed; an UPDATE is both, and only the keys
-- whose counts really change are touched (filling in a story's text touches none).
create or replace function private.count_sessions()
returns trigger language plpgsql security definer set search_path = '' as $$
declare
    counts private.session_count[];
begin
    if tg_op = 'INSERT' then
        counts := array(select row(user_id, day, theme, count(*), sum(target_length), sum(num_scenes))
                                   ::private.session_count
                        from (select *, (created_at at time zone 'utc')::date as day from new_rows) as c
                        group by user_id, day, theme);
    elsif tg_op = 'DELETE' then
        counts := array(select row(user_id, day, theme, -count(*), -sum(target_length), -sum(num_scenes))
                                   ::private.session_count
                        from (select *, (created_at at time zone 'utc')::date as day from old_rows) as c
                        group by user_id, day, theme);
    else
        counts := array(select row(user_id, day, theme, sum(n), sum(target_length), sum(num_scenes))
                                   ::private.session_count
                        from (select user_id, (created_at at time zone 'utc')::date as day, theme, 1 as n,
                                     target_length, num_scenes from new_rows
                              union all
                              select user_id, (created_at at time zone 'utc')::date, theme, -1, -target_length,
                                     -num_scenes from old_rows) as c
                        group by user_id, day, theme
                        having sum(n) <> 0 or sum(target_length) <> 0 or sum(num_scenes) <> 0);
    end if;
    perform private.add_session_counts(counts);
    return null;
end;
$$;

-- A TRUNCATE fires no row changes: every count goes, and every user is left to the nightly run.
create or replace function private.forget_all_sessions()
returns trigger language plpgsql security definer set search_path = '' as $$
begin
    truncate private.session_tallies, private.unsettled_days, private.daily_rollup, private.daily_persona_rollup;
    update private.user_rollup set sessions = 0, active_days = 0, themes_used = 0, first_session_date = null,
                                   last_session_date = null, last_run_start = null, longest_run = 0, settled = false;
    update public.user_streaks set current_streak = 0, longest_streak = 0, last_session_date = null,
                                   streak_start_date = null
     where last_session_date is not null;
    return null;
end;
$$;

-- Every auth user has a rollup row (the personas view lists them all without reading auth.users); a
-- deleted user's row goes at once. An edited profile may change the persona: the row is unsettled.
create or replace function private.track_users()
returns trigger language plpgsql security definer set search_path = '' as $$
begin
    if tg_op = 'INSERT' then
        insert into private.user_rollup (user_id) select id from new_users on conflict (user_id) do nothing;
    else
        delete from private.user_rollup as r using old_users as o where r.user_id = o.id;
    end if;
    return null;
end;
$$;

create or replace function private.track_profiles()
returns trigger language plpgsql security definer set search_path = '' as $$
begin
    update private.user_rollup set settled = false where user_id = coalesce(new.id, old.id) and settled;
    return null;
end;
$$;

revoke execute on function private.persona_of(text, text, text[], text[], bigint),
    private.add_session_counts(private.session_count[]), private.count_sessions(), private.forget_all_sessions(),
    private.track_users(), private.track_profiles()
    from public, anon, authenticated;
grant execute on function private.persona_of(text, text, text[], text[], bigint) to service_role;

create trigger sessions_count_on_insert after insert on public.sessions referencing new table as new_rows
    for each statement execute function private.count_sessions();

create trigger sessions_count_on_update after update on public.sessions
    referencing old table as old_rows new table as new_rows
    for each statement execute function private.count_sessions();

create trigger sessions_count_on_delete after delete on public.sessions referencing old table as old_rows
    for each statement execute function private.count_sessions();

create trigger sessions_forget_on_truncate after truncate on public.sessions
    for each statement execute function private.forget_all_sessions();

create trigger users_track_on_insert after insert on auth.users referencing new table as new_users
    for each statement execute function private.track_users();

create trigger users_track_on_delete after delete on auth.users referencing old table as old_users
    for each statement execute function private.track_users();

create trigger profiles_track_persona after insert or update or delete on public.profiles
    for each row execute function private.track_profiles();

-- Rows that exist before this migration (none on a fresh stack) are counted once, unsettled.
insert into private.user_rollup (user_id) select id from auth.users;
select private.add_session_counts(array(
    select row(user_id, day, theme, count(*), sum(target_length), sum(num_scenes))::private.session_count
    from (select *, (created_at at time zone 'utc')::date as day from public.sessions) as s
    group by user_id, day, theme));

-- Every figure the analytics views show, exact at any moment: the rollups for settled days and users, the
-- rest counted from the tallies. The nightly run copies these figures into the rollups.

-- Users with unsettled days or an edited profile, counted from their tallies now. Each live count is a
-- lateral lookup by user or by day, so that it costs what the unsettled part holds, whatever the statistics.
create view private.stale_user_figures with (security_invoker = true) as
select r.user_id, c.sessions, c.active_days, c.themes_used, c.first_session_date, c.last_session_date,
       private.persona_of(p.mood, p.routine, p.preferences, p.calming_elements, c.sessions) as persona
from (select user_id from private.unsettled_days union select user_id from private.user_rollup where not settled)
     as stale
join private.user_rollup as r using (user_id)
left join public.profiles as p on p.id = r.user_id
cross join lateral (
    select coalesce(sum(t.sessions), 0)::integer as sessions, count(distinct t.day)::integer as active_days,
           count(distinct t.theme)::integer as themes_used, min(t.day) as first_session_date,
           max(t.day) as last_session_date
    from private.session_tallies as t
    where t.user_id = stale.user_id and t.sessions > 0  -- stale's, not r's: counted for the stale users only
) as c;

create view private.user_figures with (security_invoker = true) as
select r.user_id, r.sessions, r.active_days, r.themes_used, r.first_session_date, r.last_session_date, r.persona
from private.user_rollup as r
where r.settled and not exists (select 1 from private.unsettled_days as u where u.user_id = r.user_id)
union all
select * from private.stale_user_figures;

create view private.daily_figures with (security_invoker = true) as
select d.day, d.stories, d.active_users, d.unique_themes, d.target_length_sum, d.num_scenes_sum
from private.daily_rollup as d
where not exists (select 1 from private.unsettled_days as u where u.day = d.day)
union all
select d.day, c.stories, c.active_users, c.unique_themes, c.target_length_sum, c.num_scenes_sum
from (select distinct day from private.unsettled_days) as d
cross join lateral (
    select sum(t.sessions)::integer as stories, count(distinct t.user_id)::integer as active_users,
           count(distinct t.theme)::integer as unique_themes, sum(t.target_length_sum)::bigint as target_length_sum,
           sum(t.num_scenes_sum)::bigint as num_scenes_sum
    from private.session_tallies as t
    where t.day = d.day and t.sessions > 0
) as c
where c.stories > 0;

-- Per day and persona: a stale day is counted anew; on a settled day, a user whose persona changed since
-- the last run moves from the persona the rollup counted to the one they have now.
create view private.daily_persona_figures with (security_invoker = true) as
with stale_days as (
    select distinct day from private.unsettled_days
), stale_users as (
    select f.user_id, f.persona, r.persona as counted_as
    from private.stale_user_figures as f join private.user_rollup as r using (user_id)
), counts as (
    select day, persona, users, stories from private.daily_persona_rollup
    where day not in (select day from stale_days)
    union all
    select d.day, coalesce(u.persona, r.persona), 1, t.stories
    from stale_days as d
    cross join lateral (select user_id, sum(sessions) as stories from private.session_tallies
                        where day = d.day and sessions > 0 group by user_id) as t
    join private.user_rollup as r using (user_id)
    left join stale_users as u using (user_id)
    union all
    select t.day, x.persona, x.users, x.users * t.stories
    from stale_users as u
    cross join lateral (select day, sum(sessions) as stories from private.session_tallies
                        where user_id = u.user_id and sessions > 0 group by day) as t
    cross join lateral (values (u.counted_as, -1), (u.persona, 1)) as x (persona, users)
    where u.persona <> u.counted_as and t.day not in (select day from stale_days)
)
select day, persona, sum(users)::integer as users, sum(stories)::integer as stories
from counts
group by day, persona
having sum(users) > 0;

revoke all on private.stale_user_figures, private.user_figures, private.daily_figures,
    private.daily_persona_figures from public, anon, authenticated;
grant select on private.stale_user_figures, private.user_figures, private.daily_figures,
    private.daily_persona_figures to service_role;

-- The nightly settlement: the rollups of the days and users that may have changed take the figures above
-- (with each user's runs of consecutive days), tallies at 0 go, and no day is unsettled any more. Writers
-- wait the few milliseconds it takes, so that no count arrives between reading the figures and settling.
create or replace function private.settle_rollups()
returns void language plpgsql set search_path = '' as $$
begin
    lock table private.session_tallies, private.unsettled_days, private.user_rollup in share row exclusive mode;
    -- Cheap, as it holds only what changed since the last run. After a bulk load (a seed) the statistics of
    -- the tallies may still say they are empty, and plans made on that would read them once per user.
    analyze private.unsettled_days;
    if (select reltuples > 10000 from pg_catalog.pg_class where oid = 'private.unsettled_days'::regclass) then
        analyze private.session_tallies, private.user_rollup;
    end if;
    -- The shapes of this run's temporary tables, for plpgsql_check (`supabase db lint`), which reads the
    -- body without running it.
    perform 'PRAGMA:TABLE: settling_users (like private.stale_user_figures)';
    perform 'PRAGMA:TABLE: settling_days (day date)';
    perform 'PRAGMA:TABLE: settled_daily (like private.daily_figures)';
    perform 'PRAGMA:TABLE: settled_personas (like private.daily_persona_figures)';
    drop table if exists pg_temp.settling_users, pg_temp.settling_days, pg_temp.settled_daily,
        pg_temp.settled_personas;
    create temporary table settling_users on commit drop as select * from private.stale_user_figures;
    create temporary table settling_days on commit drop as
    select day from private.unsettled_days
    union
    select t.day from private.session_tallies as t
    join settling_users as f using (user_id) join private.user_rollup as r using (user_id)
    where f.persona <> r.persona and t.sessions > 0;
    analyze settling_users, settling_days;

    create temporary table settled_daily on commit drop as
    select * from private.daily_figures where day in (select day from settling_days);
    create temporary table settled_personas on commit drop as
    select * from private.daily_persona_figures where day in (select day from settling_days);
    delete from private.daily_rollup where day in (select day from settling_days);
    delete from private.daily_persona_rollup where day in (select day from settling_days);
    insert into private.daily_rollup select * from settled_daily;
    insert into private.daily_persona_rollup select * from settled_personas;

    with days as (
        select t.user_id, t.day from private.session_tallies as t join settling_users using (user_id)
        where t.sessions > 0
        group by 1, 2
    ), runs as (
        select user_id, min(day) as first_day, max(day) as last_day
        from (select user_id, day, day - row_number() over (partition by user_id order by day)::integer as run
              from days) as numbered
        group by user_id, run
    ), user_runs as (
        -- Runs do not overlap, so the one with the latest end also has the latest start.
        select user_id, max(first_day) as last_run_start, max(last_day - first_day + 1) as longest_run
        from runs
        group by user_id
    )
    update private.user_rollup as r
       set sessions = f.sessions, active_days = f.active_days, themes_used = f.themes_used,
           first_session_date = f.first_session_date, last_session_date = f.last_session_date,
           persona = f.persona, last_run_start = u.last_run_start, longest_run = coalesce(u.longest_run, 0),
           settled = true
      from settling_users as f
      left join user_runs as u using (user_id)
     where r.user_id = f.user_id;

    delete from private.session_tallies as t using private.unsettled_days as u
     where t.user_id = u.user_id and t.day = u.day and t.sessions = 0;
    -- Not DELETE: the views scan this table, and after a bulk load its dead rows would be read until a vacuum.
    truncate private.unsettled_days;
end;
$$;

revoke execute on function private.settle_rollups() from public, anon, authenticated;

-- recompute_user_streaks(p_full): the nightly job. Settles the rollups (which walks again the days of every
-- user with unsettled tallies), writes the streak row of those users and of users without one, and drops
-- to 0 every streak whose last day is older than yesterday (UTC: a lapse needs no new session to show).
-- With p_full every user's row is written. Returns the streak rows written.
create or replace function public.recompute_user_streaks(p_full boolean default false)
returns integer language plpgsql security definer set search_path = '' as $$
declare
    utc_today constant date := (now() at time zone 'utc')::date;
    written integer;
    lapsed integer;
begin
    perform 'PRAGMA:TABLE: settling_users (like private.stale_user_figures)';  -- made by settle_rollups()
    -- One run at a time: a second caller waits rather than racing on the same rows.
    perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('public.recompute_user_streaks'));
    perform private.settle_rollups();

    insert into public.user_streaks as us
        (user_id, current_streak, longest_streak, last_session_date, streak_start_date, computed_at)
    select r.user_id,
           case when r.last_session_date >= utc_today - 1 then r.last_session_date - r.last_run_start + 1 else 0 end,
           r.longest_run, r.last_session_date,
           case when r.last_session_date >= utc_today - 1 then r.last_run_start end,
           now()
    from private.user_rollup as r
    where p_full
       or r.user_id in (select user_id from pg_temp.settling_users)
       or not exists (select 1 from public.user_streaks as s where s.user_id = r.user_id)
    on conflict (user_id) do update
        set current_streak = excluded.current_streak, longest_streak = excluded.longest_streak,
            last_session_date = excluded.last_session_date, streak_start_date = excluded.streak_start_date,
            computed_at = excluded.computed_at;
    get diagnostics written = row_count;

    update public.user_streaks
       set current_streak = 0, streak_start_date = null, computed_at = now()
     where current_streak > 0 and last_session_date < utc_today - 1;
    get diagnostics lapsed = row_count;
    return written + lapsed;
end;
$$;

comment on function public.recompute_user_streaks(boolean) is
    'Recomputes user_streaks (UTC days) and settles the analytics rollups. Pass true to rewrite every row.';
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
