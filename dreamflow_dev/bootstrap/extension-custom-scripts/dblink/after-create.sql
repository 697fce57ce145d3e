-- Run by supabase_admin right after `create extension dblink` by postgres, as on the platform:
-- dblink_connect_u connects without checking a password, so only supabase_admin keeps it.
do $only_the_superuser$
declare
    grant_row record;
begin
    for grant_row in
        select p.oid::regprocedure as func, acl.grantee
        from pg_catalog.pg_proc as p, pg_catalog.aclexplode(p.proacl) as acl
        where p.proname = 'dblink_connect_u' and acl.grantee <> 'supabase_admin'::regrole
    loop
        execute format('revoke all on function %s from %s', grant_row.func,
                       case when grant_row.grantee = 0 then 'public' else grant_row.grantee::regrole::text end);
    end loop;
end
$only_the_superuser$;
