-- Run by supabase_admin right after `create extension pg_cron` by postgres: what the platform grants on
-- pg_cron. postgres schedules and unschedules through cron's functions and reads cron.job, but may not
-- write cron.job directly; what supabase_admin creates in cron later is postgres's too.
grant usage on schema cron to postgres with grant option;
grant all on all functions in schema cron to postgres with grant option;
alter default privileges for user supabase_admin in schema cron grant all on sequences to postgres with grant option;
alter default privileges for user supabase_admin in schema cron grant all on tables to postgres with grant option;
alter default privileges for user supabase_admin in schema cron grant all on functions to postgres with grant option;
grant all privileges on all tables in schema cron to postgres with grant option;
revoke all on table cron.job from postgres;
grant select on table cron.job to postgres with grant option;
