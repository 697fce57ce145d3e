-- Profiles: one row per auth user with what Dream Flow knows of their bedtime (mood, routine, likes,
-- calming anchors). Also creates what every later migration reuses: update_updated_at_column() for tables
-- with updated_at, and the write guard every table and view in public takes (schema private, guard_writes()).

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

-- TRUNCATE skips row-level security, and a trigger runs its function as whoever writes.
-- private.guard_writes() (below) revokes both from the API roles on each table, but a restore of a dump makes
-- each table under the platform's default privileges (ALL to the API roles) and replays only GRANTs. A
-- trigger travels with its table, so each table also refuses, before any row is touched: TRUNCATE by anyone
-- but its owner, and any write while a trigger runs a function that neither the table's owner nor a superuser
-- owns (the owner may act as the API roles, so theirs do not count); the write and all that trigger did are
-- rolled back.
create or replace function public.guard_table_writes()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
    owner_id oid := (select c.relowner from pg_catalog.pg_class as c where c.oid = tg_relid);
    foreign_trigger text;
begin
    select pg_catalog.format('%I runs %s, owned by %I', t.tgname, t.tgfoid::pg_catalog.regprocedure,
                             pg_catalog.pg_get_userbyid(f.proowner))
      into foreign_trigger
      from pg_catalog.pg_trigger as t join pg_catalog.pg_proc as f on f.oid = t.tgfoid
     where t.tgrelid = tg_relid and not t.tgisinternal and f.proowner <> owner_id
       and not (select r.rolsuper from pg_catalog.pg_roles as r where r.oid = f.proowner)
     limit 1;
    if foreign_trigger is not null then
        raise exception using
            errcode = 'insufficient_privilege',
            message = pg_catalog.format('refusing to write to %I.%I: trigger %s, not by the table''s owner',
                                        tg_table_schema, tg_table_name, foreign_trigger),
            hint = 'Its owner should drop that trigger.';
    end if;
    if tg_op = 'TRUNCATE' and not pg_catalog.pg_has_role(current_user, owner_id, 'MEMBER') then
        raise exception using
            errcode = 'insufficient_privilege',
            message = pg_catalog.format('TRUNCATE on %I.%I is for its owner only: it skips row-level security',
                                        tg_table_schema, tg_table_name),
            hint = 'Delete the rows instead: row-level security then decides which.';
    end if;
    return null;
end;
$$;

comment on function public.guard_table_writes() is
    'Trigger: TRUNCATE only by the owner; no write while a trigger the owner did not write is attached.';
revoke execute on function public.guard_table_writes() from public, anon, authenticated;

-- Tables created later in public by this role grant the API roles no TRUNCATE, TRIGGER or REFERENCES either.
alter default privileges in schema public revoke truncate, trigger, references on tables
    from anon, authenticated, service_role;

-- Schema private holds what the API must not reach: the helper below and the streaks' bookkeeping
-- (migration 005). The API roles have no USAGE on it, and a schema's privileges survive a dump and restore
-- as they are, so nothing in it is reachable by anon or authenticated whatever default privileges a restore
-- target grants on new functions and tables.
create schema if not exists private;
revoke all on schema private from public, anon, authenticated;
grant usage on schema private to service_role;

-- Every table and view in public takes both defences above with one call after it is created: the API roles
-- lose TRUNCATE, TRIGGER and REFERENCES on it, and its statement trigger <name>_guard_writes runs
-- guard_table_writes() before any write (and any TRUNCATE, which a view does not have).
create or replace function private.guard_writes(p_relation regclass)
returns void
language plpgsql
set search_path = ''
as $$
declare
    relation constant pg_catalog.pg_class := (
        select c from pg_catalog.pg_class as c where c.oid = p_relation
    );
begin
    execute pg_catalog.format(
        'revoke truncate, trigger, references on %s from anon, authenticated, service_role',
        p_relation);
    execute pg_catalog.format('create trigger %I before insert or update or delete%s on %s '
                              'for each statement execute function public.guard_table_writes()',
                              relation.relname || '_guard_writes',
                              case when relation.relkind = 'v' then '' else ' or truncate' end,
                              p_relation);
end;
$$;

revoke execute on function private.guard_writes(regclass) from public, anon, authenticated, service_role;

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
select private.guard_writes('public.profiles');

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
