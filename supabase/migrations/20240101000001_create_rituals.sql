-- Rituals: a user's saved bedtime rituals; at most one of them is the default.

create table public.rituals (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references auth.users (id) on delete cascade,
    name text not null constraint rituals_name_check check (char_length(name) between 1 and 200),
    description text,
    routine text,
    is_default boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

comment on table public.rituals is 'Saved bedtime rituals; at most one default per user.';

-- (user_id, is_default) also covers the foreign key on user_id.
create index rituals_user_id_is_default_idx on public.rituals (user_id, is_default);
create index rituals_created_at_idx on public.rituals (created_at);
create unique index rituals_user_id_default_key on public.rituals (user_id) where is_default;

create trigger rituals_set_updated_at
    before update on public.rituals
    for each row execute function public.update_updated_at_column();

alter table public.rituals enable row level security;
select private.guard_writes('public.rituals');  -- migration 000

create policy rituals_owner_can_select on public.rituals
    for select to authenticated
    using ((select auth.uid()) = user_id);

create policy rituals_owner_can_insert on public.rituals
    for insert to authenticated
    with check ((select auth.uid()) = user_id);

create policy rituals_owner_can_update on public.rituals
    for update to authenticated
    using ((select auth.uid()) = user_id)
    with check ((select auth.uid()) = user_id);

create policy rituals_owner_can_delete on public.rituals
    for delete to authenticated
    using ((select auth.uid()) = user_id);
