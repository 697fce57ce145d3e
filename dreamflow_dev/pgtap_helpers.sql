-- The pgTAP helpers Supabase projects write their RLS tests with, under the names and signatures of basejump's
-- supabase-test-helpers (tests.create_supabase_user, get_supabase_uid, get_supabase_user, authenticate_as,
-- authenticate_as_service_role, clear_authentication, rls_enabled, freeze_time, unfreeze_time, and the now()
-- that freeze_time puts first on the search path, test_overrides.now()), so a test written for those runs
-- unchanged.
-- `invoke test-db` installs this file before pg_prove when the database has no such helpers, and drops what it
-- installed afterwards. Only `if not exists` / `or replace` statements: installing it beside basejump's own
-- helpers (or theirs beside it) never fails on an object that is already there.

create schema if not exists tests;
grant usage on schema tests to anon, authenticated, service_role;
-- Holds only now(): a schema of its own, so that putting it first on the search path shadows nothing else.
-- The API roles may use it (a frozen test usually acts as one of them) but never create in it.
create schema if not exists test_overrides;
grant usage on schema test_overrides to anon, authenticated, service_role;

-- A user as GoTrue's sign-up leaves one (confirmed, with its identity), found again by `identifier`, which is
-- kept in raw_user_meta_data.test_identifier. SECURITY DEFINER: any role a test has switched to may create and
-- look up users, and the test's own role is left as it was.
create or replace function tests.create_supabase_user(identifier text, email text default null,
                                                      phone text default null, metadata jsonb default null)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
    new_id uuid := gen_random_uuid();
    provider text := case when email is null and phone is not null then 'phone' else 'email' end;
    user_email text := coalesce(email, case when phone is null then new_id || '@test.example' end);
begin
    insert into auth.users (instance_id, id, aud, role, email, email_confirmed_at, phone, phone_confirmed_at,
                            raw_app_meta_data, raw_user_meta_data, created_at, updated_at, confirmation_token,
                            recovery_token, email_change_token_new, email_change_token_current, email_change,
                            phone_change, phone_change_token, reauthentication_token)
    values ('00000000-0000-0000-0000-000000000000', new_id, 'authenticated', 'authenticated', user_email,
            case when user_email is not null then now() end, phone, case when phone is not null then now() end,
            jsonb_build_object('provider', provider, 'providers', jsonb_build_array(provider)),
            jsonb_build_object('test_identifier', identifier) || coalesce(metadata, '{}'), now(), now(),
            '', '', '', '', '', '', '', '');
    insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at,
                                 updated_at)
    values (new_id, new_id, jsonb_strip_nulls(jsonb_build_object('sub', new_id, 'email', user_email,
                                                                  'phone', phone)),
            provider, now(), now(), now());
    return new_id;
end;
$$;

-- id, email, phone, raw_user_meta_data and raw_app_meta_data of the user created under `identifier`.
create or replace function tests.get_supabase_user(identifier text) returns json
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
    found json;
begin
    select json_build_object('id', u.id, 'email', u.email, 'phone', u.phone,
                             'raw_user_meta_data', u.raw_user_meta_data, 'raw_app_meta_data', u.raw_app_meta_data)
    into found
    from auth.users as u
    where u.raw_user_meta_data ->> 'test_identifier' = identifier
    order by u.created_at
    limit 1;
    if found is null then
        raise exception 'User with identifier % not found', identifier
            using hint = 'Create it first with tests.create_supabase_user(' || quote_literal(identifier) || ').';
    end if;
    return found;
end;
$$;

-- Reads auth.users only through get_supabase_user, so it needs no rights of its own: a plain SQL function that
-- PostgreSQL may inline.
create or replace function tests.get_supabase_uid(identifier text) returns uuid
language sql
stable
as $$
    select (tests.get_supabase_user(identifier) ->> 'id')::uuid;
$$;

-- The role and claims of a request, transaction-local; null claims leave every claim setting empty.
create or replace function tests.set_request_identity(role_name text, claims jsonb) returns void
language plpgsql
as $$
begin
    perform set_config('role', role_name, true);
    perform set_config('request.jwt.claims', coalesce(claims::text, ''), true);
    perform set_config('request.jwt.claim.sub', coalesce(claims ->> 'sub', ''), true);
    perform set_config('request.jwt.claim.role', coalesce(claims ->> 'role', ''), true);
    perform set_config('request.jwt.claim.email', coalesce(claims ->> 'email', ''), true);
end;
$$;

-- What PostgREST does for a request with the user's JWT: role `authenticated` and the claims auth.uid(),
-- auth.role(), auth.email() and auth.jwt() read, both as request.jwt.claims and as the older
-- request.jwt.claim.* settings. Transaction-local like a request, so the test's rollback ends it. Not SECURITY
-- DEFINER: a role cannot be set inside one, and the settings must outlive the call.
create or replace function tests.authenticate_as(identifier text) returns void
language plpgsql
as $$
declare
    found json := tests.get_supabase_user(identifier);
begin
    perform tests.set_request_identity('authenticated', json_build_object(
        'sub', found ->> 'id', 'role', 'authenticated', 'aud', 'authenticated',
        'email', found ->> 'email', 'phone', found ->> 'phone',
        'user_metadata', found -> 'raw_user_meta_data', 'app_metadata', found -> 'raw_app_meta_data')::jsonb);
end;
$$;

-- The server-side key: role service_role, no user.
create or replace function tests.authenticate_as_service_role() returns void
language sql
as $$
    select tests.set_request_identity('service_role', null::jsonb);
$$;

-- No key at all: role anon, no user, empty claims.
create or replace function tests.clear_authentication() returns void
language sql
as $$
    select tests.set_request_identity('anon', null::jsonb);
$$;

-- pgTAP: every table (plain or partitioned) in the schema has row level security enabled; the failure names
-- the tables that have not. plpgsql, so pgTAP's ok() and diag() are looked up when a test calls it.
create or replace function tests.rls_enabled(testing_schema text) returns text
language plpgsql
as $$
declare
    missing text;
begin
    select string_agg(c.relname, ', ' order by c.relname) into missing
    from pg_catalog.pg_class as c
    join pg_catalog.pg_namespace as n on n.oid = c.relnamespace
    where n.nspname = testing_schema and c.relkind in ('r', 'p') and not c.relrowsecurity;
    return ok(missing is null, format('every table in schema %s has row level security enabled', testing_schema))
        || coalesce(E'\n' || diag('without row level security: ' || missing), '');
end;
$$;

-- pgTAP: the table exists and has row level security enabled.
create or replace function tests.rls_enabled(testing_schema text, testing_table text) returns text
language plpgsql
as $$
declare
    enabled boolean;
begin
    select c.relrowsecurity into enabled
    from pg_catalog.pg_class as c
    join pg_catalog.pg_namespace as n on n.oid = c.relnamespace
    where n.nspname = testing_schema and c.relname = testing_table and c.relkind in ('r', 'p');
    return ok(coalesce(enabled, false),
              format('table %s.%s has row level security enabled', testing_schema, testing_table))
        || case when enabled is null then E'\n' || diag('no such table') else '' end;
end;
$$;

-- now() for a session whose search path starts with test_overrides: the frozen instant while one is set, the
-- real transaction time otherwise. The instant is kept as whole microseconds since the epoch, so reading it
-- back never depends on the session's DateStyle or TimeZone. Not SECURITY DEFINER and reading only the
-- caller's own transaction-local setting: it can change the clock of nobody but the session that froze it.
create or replace function test_overrides.now() returns timestamp with time zone
language sql
stable
as $$
    select coalesce(pg_catalog.to_timestamp(0) + nullif(
                        pg_catalog.current_setting('tests.frozen_epoch_microseconds', true), '')::pg_catalog.int8
                        * interval '1 microsecond',
                    pg_catalog.now());
$$;

-- now() returns frozen_time for the rest of the transaction (or until unfreeze_time / another freeze_time):
-- test_overrides goes first on the search path, then pg_catalog where the path did not name it (where
-- PostgreSQL searched it implicitly), then the path as it was, so nothing but now() resolves differently.
-- Everything is set transaction-locally (set_config(..., true)): the test's rollback undoes it, and no other
-- session ever sees it. What is bound when it is created keeps the real clock: column defaults, views and
-- policies created before the freeze, and functions that pin their own search path (add test_overrides
-- before pg_catalog to theirs, inside the test, to freeze them too). No SET clause and not SECURITY DEFINER:
-- the search path it sets must outlive the call, and it may change nothing the caller could not.
create or replace function tests.freeze_time(frozen_time timestamp with time zone) returns void
language plpgsql
as $$
begin
    if frozen_time is null or not pg_catalog.isfinite(frozen_time) then
        raise exception 'cannot freeze time at %', coalesce(frozen_time::text, 'null')
            using hint = 'Pass a finite timestamp, such as ''2020-01-01 00:00:00+00''.';
    end if;
    if (pg_catalog.current_schemas(false))[1] is distinct from 'test_overrides' then
        perform pg_catalog.set_config('tests.search_path_before_freeze',
                                      pg_catalog.current_setting('search_path'), true);
        perform pg_catalog.set_config('search_path', pg_catalog.concat_ws(', ', 'test_overrides',
            case when 'pg_catalog' <> all (pg_catalog.current_schemas(false)) then 'pg_catalog' end,
            nullif(pg_catalog.current_setting('search_path'), '""')), true);
    end if;
    perform pg_catalog.set_config('tests.frozen_epoch_microseconds',
                                  (extract(epoch from frozen_time) * 1000000)::pg_catalog.int8::text,
                                  true);
end;
$$;

-- now() follows the real clock again and the search path is what it was before freeze_time; without a freeze
-- in this transaction it changes nothing.
create or replace function tests.unfreeze_time() returns void
language plpgsql
as $$
declare
    path_before text := pg_catalog.current_setting('tests.search_path_before_freeze', true);
begin
    perform pg_catalog.set_config('tests.frozen_epoch_microseconds', '', true);
    if coalesce(path_before, '') <> '' then
        perform pg_catalog.set_config('search_path', path_before, true);
        perform pg_catalog.set_config('tests.search_path_before_freeze', '', true);
    end if;
end;
$$;

-- The API roles a test switches to may call every helper; nobody else (the SECURITY DEFINER ones write auth).
revoke all on function tests.create_supabase_user(text, text, text, jsonb), tests.get_supabase_user(text),
    tests.get_supabase_uid(text), tests.authenticate_as(text), tests.authenticate_as_service_role(),
    tests.clear_authentication(), tests.set_request_identity(text, jsonb), tests.rls_enabled(text),
    tests.rls_enabled(text, text), tests.freeze_time(timestamp with time zone), tests.unfreeze_time(),
    test_overrides.now()
    from public;
grant execute on function tests.create_supabase_user(text, text, text, jsonb), tests.get_supabase_user(text),
    tests.get_supabase_uid(text), tests.authenticate_as(text), tests.authenticate_as_service_role(),
    tests.clear_authentication(), tests.set_request_identity(text, jsonb), tests.rls_enabled(text),
    tests.rls_enabled(text, text), tests.freeze_time(timestamp with time zone), tests.unfreeze_time(),
    test_overrides.now()
    to anon, authenticated, service_role;
