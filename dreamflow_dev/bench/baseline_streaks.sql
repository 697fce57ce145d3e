-- The benchmark's baseline: the user-by-user streak loop. For each user it collects
-- the distinct UTC session days in order and walks them, then upserts public.user_streaks. Same
-- results as public.recompute_user_streaks(true); only the benchmark creates it (schema bench).

create schema if not exists bench;

create or replace function bench.recompute_user_streaks_loop()
returns integer
language plpgsql
set search_path = ''
as $$
declare
    utc_today constant date := (now() at time zone 'utc')::date;
    person record;
    day date;
    previous date;
    run integer;
    longest integer;
    run_start date;
    users integer := 0;
begin
    for person in select id from auth.users loop
        previous := null;
        run := 0;
        longest := 0;
        run_start := null;
        for day in
            select distinct (s.created_at at time zone 'utc')::date as d
            from public.sessions as s where s.user_id = person.id order by d
        loop
            if previous is not null and day = previous + 1 then
                run := run + 1;
            else
                run := 1;
                run_start := day;
            end if;
            longest := greatest(longest, run);
            previous := day;
        end loop;
        if previous is null or previous < utc_today - 1 then
            run := 0;
            run_start := null;
        end if;
        insert into public.user_streaks as us
            (user_id, current_streak, longest_streak, last_session_date, streak_start_date, computed_at)
        values (person.id, run, longest, previous, run_start, now())
        on conflict (user_id) do update
            set current_streak = excluded.current_streak,
                longest_streak = excluded.longest_streak,
                last_session_date = excluded.last_session_date,
                streak_start_date = excluded.streak_start_date,
                computed_at = excluded.computed_at;
        users := users + 1;
    end loop;
    return users;
end;
$$;
