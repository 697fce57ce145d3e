-- How to write an RLS test for this project, with basejump's supabase-test-helpers API (`invoke test-db`
-- provides the helpers; a file written for basejump's own runs as it is). The full table of who may do what
-- to which table is tests/support/rls_matrix.py, which the pytest RLS tier checks case by case; this file
-- shows the pattern on one table, public.sessions: its owner, another user, anon and service_role.
BEGIN;
select plan(13);

select tests.rls_enabled('public');

select tests.create_supabase_user('session_owner');
select tests.create_supabase_user('other_dreamer');

-----------
-- Acting as session_owner
-----------
select tests.authenticate_as('session_owner');

select results_eq(
    $$ insert into public.sessions (user_id, prompt) values (auth.uid(), 'an owl who cannot sleep') returning user_id $$,
    $$ values (tests.get_supabase_uid('session_owner')) $$,
    'a signed-in user can start a session of her own'
);
select results_eq(
    $$ select prompt from public.sessions $$,
    $$ values ('an owl who cannot sleep') $$,
    'she sees her session'
);
select results_eq(
    $$ update public.sessions set theme = 'forest' returning theme $$,
    $$ values ('forest') $$,
    'she can update her session'
);

-----------
-- Acting as other_dreamer
-----------
select tests.authenticate_as('other_dreamer');

select is_empty($$ select 1 from public.sessions $$, 'another user cannot see her session');
select is_empty($$ update public.sessions set theme = 'hacked' returning 1 $$, 'another user cannot update it');
select is_empty($$ delete from public.sessions returning 1 $$, 'another user cannot delete it');
select throws_ok(
    $$ insert into public.sessions (user_id, prompt) values (tests.get_supabase_uid('session_owner'), 'forged') $$,
    '42501', 'new row violates row-level security policy for table "sessions"',
    'another user cannot start a session in her name'
);

-----------
-- Acting as anon
-----------
select tests.clear_authentication();

select is_empty($$ select 1 from public.sessions $$, 'anon sees no sessions');
select throws_ok(
    $$ insert into public.sessions (user_id, prompt) values (tests.get_supabase_uid('session_owner'), 'forged') $$,
    '42501', 'new row violates row-level security policy for table "sessions"',
    'anon cannot start a session'
);

-----------
-- Acting as service_role
-----------
select tests.authenticate_as_service_role();

select results_eq(
    $$ select theme from public.sessions where user_id = tests.get_supabase_uid('session_owner') $$,
    $$ values ('forest') $$,
    'service_role sees every user''s sessions, unchanged by the others'
);

-----------
-- Back as session_owner
-----------
select tests.authenticate_as('session_owner');

select results_eq(
    $$ delete from public.sessions returning prompt $$,
    $$ values ('an owl who cannot sleep') $$,
    'she can delete her session'
);
select is(auth.uid(), tests.get_supabase_uid('session_owner'), 'auth.uid() is the user authenticated as');

select * from finish();
ROLLBACK;
