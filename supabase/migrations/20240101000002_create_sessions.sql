-- Sessions: every story generation (prompt, theme, the story, its length, scenes and voice).
-- Streaks and analytics are computed from these rows, by the UTC day of created_at.

create table public.sessions (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references auth.users (id) on delete cascade,
    prompt text not null,
    theme text,
    story_text text compression lz4,
    target_length integer not null default 400 constraint sessions_target_length_check check (target_length > 0),
    num_scenes integer not null default 4 constraint sessions_num_scenes_check check (num_scenes >= 0),
    voice text,
    -- A UTC calendar day every streak and view can count and subtract: no infinities, no distant centuries.
    created_at timestamptz not null default now()
        constraint sessions_created_at_check
        check (created_at >= '1900-01-01 00:00+00' and created_at < '10000-01-01 00:00+00'),
    updated_at timestamptz not null default now()
);

comment on table public.sessions is 'Story generation sessions; one per story.';
-- story_text is a few KB of prose: lz4 compresses faster than the default pglz, which matters when thousands
-- of stories arrive at once.

-- (user_id, created_at desc) serves "my recent stories" and covers the foreign key, so no index on user_id alone.
create index sessions_user_id_created_at_idx on public.sessions (user_id, created_at desc);
create index sessions_created_at_idx on public.sessions (created_at desc);
create index sessions_theme_idx on public.sessions (theme);

-- The server's clock dates a session an API user writes: anon and authenticated can neither choose
-- created_at on insert nor change it on update (streaks and analytics count sessions by its UTC day).
-- The owner and service_role (seeds, imports) may set it.
create or replace function public.stamp_session_created_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
    new.created_at := case when tg_op = 'INSERT' then now() else old.created_at end;
    return new;
end;
$$;

revoke execute on function public.stamp_session_created_at() from public, anon, authenticated;

-- The condition is checked without calling the function: a bulk load by the owner pays nothing per row.
create trigger sessions_stamp_created_at
    before insert or update on public.sessions
    for each row when (current_user in ('anon', 'authenticated'))
    execute function public.stamp_session_created_at();

create trigger sessions_set_updated_at
    before update on public.sessions
    for each row execute function public.update_updated_at_column();

alter table public.sessions enable row level security;
select private.guard_writes('public.sessions');  -- migration 000

create policy sessions_owner_can_select on public.sessions
    for select to authenticated
    using ((select auth.uid()) = user_id);

create policy sessions_owner_can_insert on public.sessions
    for insert to authenticated
    with check ((select auth.uid()) = user_id);

create policy sessions_owner_can_update on public.sessions
    for update to authenticated
    using ((select auth.uid()) = user_id)
    with check ((select auth.uid()) = user_id);

create policy sessions_owner_can_delete on public.sessions
    for delete to authenticated
    using ((select auth.uid()) = user_id);
