-- After auth's tables exist: `postgres` may read them and pass that on (SELECT with grant option), as on the
-- platform; the API roles get nothing on them, service_role included, and only auth.jwt() is granted by name.
grant select on all tables in schema auth to postgres with grant option;
grant execute on function auth.jwt() to postgres;
