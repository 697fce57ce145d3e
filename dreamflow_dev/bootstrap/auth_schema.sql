-- GoTrue's (supabase/auth) tables and JWT helpers in the shape its migrations leave them, for everything an
-- app or a seed touches: auth.users with all 35 columns, their defaults and the partial unique indexes on the
-- tokens; auth.identities (one row per sign-in method); auth.uid(), role(), email(), jwt().
-- Run as supabase_auth_admin, who owns them on the platform. Idempotent, and it completes an older
-- auth.users (the image's own 28-column one) column by column instead of replacing it.

create table if not exists auth.users (
    instance_id uuid,
    id uuid not null primary key
);

alter table auth.users
    add column if not exists aud varchar(255),
    add column if not exists role varchar(255),
    add column if not exists email varchar(255),
    add column if not exists encrypted_password varchar(255),
    add column if not exists email_confirmed_at timestamptz,
    add column if not exists invited_at timestamptz,
    add column if not exists confirmation_token varchar(255),
    add column if not exists confirmation_sent_at timestamptz,
    add column if not exists recovery_token varchar(255),
    add column if not exists recovery_sent_at timestamptz,
    add column if not exists email_change_token_new varchar(255),
    add column if not exists email_change varchar(255),
    add column if not exists email_change_sent_at timestamptz,
    add column if not exists last_sign_in_at timestamptz,
    add column if not exists raw_app_meta_data jsonb,
    add column if not exists raw_user_meta_data jsonb,
    add column if not exists is_super_admin boolean,
    add column if not exists created_at timestamptz,
    add column if not exists updated_at timestamptz,
    add column if not exists phone text default null::character varying,
    add column if not exists phone_confirmed_at timestamptz,
    add column if not exists phone_change text default ''::character varying,
    add column if not exists phone_change_token varchar(255) default ''::character varying,
    add column if not exists phone_change_sent_at timestamptz,
    add column if not exists confirmed_at timestamptz
        generated always as (least(email_confirmed_at, phone_confirmed_at)) stored,
    add column if not exists email_change_token_current varchar(255) default ''::character varying,
    add column if not exists email_change_confirm_status smallint default 0,
    add column if not exists banned_until timestamptz,
    add column if not exists reauthentication_token varchar(255) default ''::character varying,
    add column if not exists reauthentication_sent_at timestamptz,
    add column if not exists is_sso_user boolean not null default false,
    add column if not exists deleted_at timestamptz,
    add column if not exists is_anonymous boolean not null default false;

do $checks$
begin
    if not exists (select from pg_catalog.pg_constraint where conname = 'users_email_change_confirm_status_check') then
        alter table auth.users add constraint users_email_change_confirm_status_check
            check (email_change_confirm_status >= 0 and email_change_confirm_status <= 2);
    end if;
    if not exists (select from pg_catalog.pg_constraint where conname = 'users_phone_key') then
        alter table auth.users add constraint users_phone_key unique (phone);
    end if;
end
$checks$;

-- A token is unique unless it is empty or a run of digits and spaces (GoTrue's OTP placeholders).
create unique index if not exists confirmation_token_idx on auth.users (confirmation_token)
    where confirmation_token !~ '^[0-9 ]*$';
create unique index if not exists recovery_token_idx on auth.users (recovery_token)
    where recovery_token !~ '^[0-9 ]*$';
create unique index if not exists email_change_token_current_idx on auth.users (email_change_token_current)
    where email_change_token_current !~ '^[0-9 ]*$';
create unique index if not exists email_change_token_new_idx on auth.users (email_change_token_new)
    where email_change_token_new !~ '^[0-9 ]*$';
create unique index if not exists reauthentication_token_idx on auth.users (reauthentication_token)
    where reauthentication_token !~ '^[0-9 ]*$';
create unique index if not exists users_email_partial_key on auth.users (email) where is_sso_user = false;
create index if not exists users_instance_id_idx on auth.users (instance_id);
create index if not exists users_instance_id_email_idx on auth.users (instance_id, lower(email));
create index if not exists users_is_anonymous_idx on auth.users (is_anonymous);
alter table auth.users enable row level security;
comment on table auth.users is 'Auth: Stores user login data within a secure schema.';

create table if not exists auth.identities (
    provider_id text not null,
    user_id uuid not null references auth.users (id) on delete cascade,
    identity_data jsonb not null,
    provider text not null,
    last_sign_in_at timestamptz,
    created_at timestamptz,
    updated_at timestamptz,
    email text generated always as (lower(identity_data ->> 'email')) stored,
    id uuid not null default gen_random_uuid() primary key,
    constraint identities_provider_id_provider_unique unique (provider_id, provider)
);
create index if not exists identities_user_id_idx on auth.identities (user_id);
create index if not exists identities_email_idx on auth.identities (email text_pattern_ops);
alter table auth.identities enable row level security;
comment on table auth.identities is 'Auth: Stores identities associated to a user.';

-- PostgREST puts the request's JWT claims in `request.jwt.claims` (JSON); older versions set one
-- `request.jwt.claim.<name>` per claim. Plain SQL with no SET clause, so Postgres can inline them into
-- policies.
create or replace function auth.uid() returns uuid language sql stable as $$
    select coalesce(
        nullif(current_setting('request.jwt.claim.sub', true), ''),
        (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
    )::uuid
$$;

create or replace function auth.role() returns text language sql stable as $$
    select coalesce(
        nullif(current_setting('request.jwt.claim.role', true), ''),
        (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
    )::text
$$;

create or replace function auth.email() returns text language sql stable as $$
    select coalesce(
        nullif(current_setting('request.jwt.claim.email', true), ''),
        (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
    )::text
$$;

create or replace function auth.jwt() returns jsonb language sql stable as $$
    select coalesce(
        nullif(current_setting('request.jwt.claim', true), ''),
        nullif(current_setting('request.jwt.claims', true), '')
    )::jsonb
$$;
