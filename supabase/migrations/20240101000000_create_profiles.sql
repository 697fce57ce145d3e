-- Profiles: one row per auth user with what Dream Flow knows of their bedtime (mood, routine, likes,
-- calming anchors). Also creates update_updated_at_column(), reused by every table with updated_at.

create or replace function public.update_updated_at_column()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
    new.updated_at = now();
    return new;
end;
$$;

comment on function public.update_updated_at_column() is 'Trigger: stamps updated_at on every update.';
revoke execute on function public.update_updated_at_column() from public, anon, authenticated;

-- Tables created later in public by this role grant the API roles no TRUNCATE, TRIGGER or REFERENCES either.
alter default privileges in schema public revoke truncate, trigger, references on tables
    from anon, authenticated, service_role;

create table public.profiles (
    id uuid primary key references auth.users (id) on delete cascade,
    mood text,
    routine text,
    preferences text[] not null default '{}',
    favorite_characters text[] not null default '{}',
    calming_elements text[] not null default '{}',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

comment on table public.profiles is 'One profile per user: mood, bedtime routine, likes and calming elements.';

-- The primary key already indexes id.
create index profiles_updated_at_idx on public.profiles (updated_at);

create trigger profiles_set_updated_at
    before update on public.profiles
    for each row execute function public.update_updated_at_column();

alter table public.profiles enable row level security;
-- TRUNCATE ignores row-level security and a trigger runs for every writer: no API role holds either.
revoke truncate, trigger, references on public.profiles from anon, authenticated, service_role;

create policy profiles_owner_can_select on public.profiles
    for select to authenticated
    using ((select auth.uid()) = id);

create policy profiles_owner_can_insert on public.profiles
    for insert to authenticated
    with check ((select auth.uid()) = id);

create policy profiles_owner_can_update on public.profiles
    for update to authenticated
    using ((select auth.uid()) = id)
    with check ((select auth.uid()) = id);

create policy profiles_owner_can_delete on public.profiles
    for delete to authenticated
    using ((select auth.uid()) = id);
