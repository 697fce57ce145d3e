-- Session assets: the audio, video and frames made for a session. Access follows the parent session:
-- only its owner may see or change them, and an asset cannot be moved onto someone else's session.

create table public.session_assets (
    id uuid primary key default gen_random_uuid(),
    session_id uuid not null references public.sessions (id) on delete cascade,
    asset_type text not null constraint session_assets_asset_type_check check (asset_type in ('audio', 'video', 'frame')),
    asset_url text not null,
    display_order integer not null default 0 constraint session_assets_display_order_check check (display_order >= 0),
    created_at timestamptz not null default now()
);

comment on table public.session_assets is 'Audio, video and frames of a session, shown in display_order.';

-- Both composite indexes lead with session_id, which covers the foreign key.
create index session_assets_session_id_asset_type_idx on public.session_assets (session_id, asset_type);
create index session_assets_session_id_display_order_idx on public.session_assets (session_id, display_order);
create index session_assets_created_at_idx on public.session_assets (created_at);

alter table public.session_assets enable row level security;
select private.guard_writes('public.session_assets');  -- migration 000

create policy session_assets_session_owner_can_select on public.session_assets
    for select to authenticated
    using (exists (
        select 1 from public.sessions s where s.id = session_id and s.user_id = (select auth.uid())
    ));

create policy session_assets_session_owner_can_insert on public.session_assets
    for insert to authenticated
    with check (exists (
        select 1 from public.sessions s where s.id = session_id and s.user_id = (select auth.uid())
    ));

create policy session_assets_session_owner_can_update on public.session_assets
    for update to authenticated
    using (exists (
        select 1 from public.sessions s where s.id = session_id and s.user_id = (select auth.uid())
    ))
    with check (exists (
        select 1 from public.sessions s where s.id = session_id and s.user_id = (select auth.uid())
    ));

create policy session_assets_session_owner_can_delete on public.session_assets
    for delete to authenticated
    using (exists (
        select 1 from public.sessions s where s.id = session_id and s.user_id = (select auth.uid())
    ));
