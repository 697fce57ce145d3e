-- Run by supabase_admin right after `create extension postgres_fdw` by postgres, as on the platform:
-- postgres owns the wrapper, so it can create servers with it. Postgres lets only a superuser own a
-- foreign-data wrapper, so postgres is one for the length of the ALTER.
do $postgres_owns_the_wrapper$
declare
    was_superuser boolean := (select rolsuper from pg_catalog.pg_roles where rolname = 'postgres');
begin
    if not was_superuser then
        alter role postgres superuser;
    end if;
    alter foreign data wrapper postgres_fdw owner to postgres;
    if not was_superuser then
        alter role postgres nosuperuser;
    end if;
end
$postgres_owns_the_wrapper$;
