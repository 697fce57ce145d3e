-- The Supabase layer of a database that `postgres` itself created on a server where it is not a superuser
-- (a hosted-shaped server under --db-url): what its owner may create, the `extensions` and `auth` schemas with
-- the trusted extensions and the API roles' grants. auth_schema.sql follows, run as the same owner.
create schema if not exists extensions;
create extension if not exists "uuid-ossp" with schema extensions;
create extension if not exists pgcrypto with schema extensions;
grant usage on schema extensions to anon, authenticated, service_role;
create schema if not exists auth;
grant usage on schema auth to anon, authenticated, service_role;
grant usage on schema public to anon, authenticated, service_role;
alter default privileges in schema public grant all on tables to anon, authenticated, service_role;
alter default privileges in schema public grant all on functions to anon, authenticated, service_role;
alter default privileges in schema public grant all on sequences to anon, authenticated, service_role;
