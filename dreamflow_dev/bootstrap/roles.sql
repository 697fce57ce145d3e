-- The cluster's roles as the supabase/postgres image leaves them (its init scripts and migrations, then the
-- 2025-2026 role restrictions), run once per cluster by the bootstrap superuser supabase_admin.
-- `postgres` is who the Supabase CLI (and every task and test here) connects as: not a superuser, but it
-- bypasses RLS, creates roles and databases, and can act as each API role. Every login role's password is
-- the CLI's local default, `postgres`. Idempotent: attributes are set again on every run.

do $roles$
declare
    wanted text[] := array['postgres', 'anon', 'authenticated', 'service_role', 'authenticator',
                           'supabase_auth_admin', 'dashboard_user'];
    role_name text;
begin
    foreach role_name in array wanted loop
        if not exists (select from pg_catalog.pg_roles where rolname = role_name) then
            execute format('create role %I', role_name);
        end if;
    end loop;
end
$roles$;

alter role postgres nosuperuser login createrole createdb replication bypassrls inherit password 'postgres';
alter role anon nologin inherit nobypassrls;
alter role authenticated nologin inherit nobypassrls;
alter role service_role nologin inherit bypassrls;
alter role authenticator login noinherit nobypassrls password 'postgres';
alter role supabase_auth_admin login noinherit nocreaterole nobypassrls password 'postgres';
alter role dashboard_user nologin createrole createdb replication;
alter role supabase_admin password 'postgres';

grant anon, authenticated, service_role to authenticator;
grant anon, authenticated, service_role to postgres;
grant pg_monitor, pg_read_all_data, pg_signal_backend to postgres;

-- PostgREST's roles time out as on the platform; the Supabase search paths, byte for byte as the image's
-- post-setup script leaves them (its `"\$user"` names no schema, so `public` comes first in effect).
alter role anon set statement_timeout = '3s';
alter role authenticated set statement_timeout = '8s';
alter role authenticator set statement_timeout = '8s';
alter role authenticator set lock_timeout = '8s';
alter role postgres set search_path = "\$user", public, extensions;
alter role supabase_admin set search_path = "\$user", public, auth, extensions;
alter role supabase_auth_admin set search_path = auth;
alter role supabase_auth_admin set idle_in_transaction_session_timeout = 60000;
