-- What one database of the supabase/postgres image holds before the app's migrations run, applied by the
-- bootstrap superuser supabase_admin: the `extensions` and `auth` schemas with their owners and grants, the
-- default privileges the API roles get in `public`, and auth's tables (auth_schema.sql, created as
-- supabase_auth_admin the way GoTrue creates them). Idempotent.

do $owner$ begin execute format('alter database %I owner to postgres', current_database()); end $owner$;

create schema if not exists extensions authorization postgres;
grant usage on schema extensions to anon, authenticated, service_role;
grant all on schema extensions to dashboard_user;
alter default privileges for role supabase_admin in schema extensions
    grant all on tables to postgres with grant option;
alter default privileges for role supabase_admin in schema extensions
    grant all on functions to postgres with grant option;
alter default privileges for role supabase_admin in schema extensions
    grant all on sequences to postgres with grant option;

-- Trusted extensions are the database owner's, as on the platform.
set local role postgres;
create extension if not exists "uuid-ossp" with schema extensions;
create extension if not exists pgcrypto with schema extensions;
reset role;

create schema if not exists auth authorization supabase_admin;
grant usage on schema auth to anon, authenticated, service_role, postgres;
grant all on schema auth to supabase_auth_admin, dashboard_user;
alter default privileges for role supabase_auth_admin in schema auth grant all on tables to postgres, dashboard_user;
alter default privileges for role supabase_auth_admin in schema auth grant all on sequences to postgres, dashboard_user;
alter default privileges for role supabase_auth_admin in schema auth grant all on functions to postgres, dashboard_user;

-- The API roles reach `public` through the grants below; row-level security then decides row by row.
grant usage on schema public to postgres, anon, authenticated, service_role;
alter default privileges for role postgres, supabase_admin in schema public
    grant all on tables to postgres, anon, authenticated, service_role;
alter default privileges for role postgres, supabase_admin in schema public
    grant all on functions to postgres, anon, authenticated, service_role;
alter default privileges for role postgres, supabase_admin in schema public
    grant all on sequences to postgres, anon, authenticated, service_role;

-- GoTrue's migrations run as supabase_auth_admin and need to create in the database.
do $auth_admin$ begin execute format('grant create on database %I to supabase_auth_admin', current_database()); end $auth_admin$;
