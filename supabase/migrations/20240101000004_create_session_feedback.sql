-- Session feedback: how a story landed (rating 1-5, mood change -5..5), one per session, written only by
-- the session's own user.

create table public.session_feedback (
    id uuid primary key default gen_random_uuid(),
    session_id uuid not null references public.sessions (id) on delete cascade
        constraint session_feedback_session_id_key unique,
    user_id uuid not null references auth.users (id) on delete cascade,
    rating integer not null constraint session_feedback_rating_check check (rating between 1 and 5),
    mood_delta integer not null default 0 constraint session_feedback_mood_delta_check check (mood_delta between -5 and 5),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

comment on table public.session_feedback is 'Post-session feedback; one per session, by its owner.';

-- The unique constraint already indexes session_id.
create index session_feedback_user_id_idx on public.session_feedback (user_id);
create index session_feedback_created_at_idx on public.session_feedback (created_at desc);

create trigger session_feedback_set_updated_at
    before update on public.session_feedback
    for each row execute function public.update_updated_at_column();

alter table public.session_feedback enable row level security;
select private.guard_writes('public.session_feedback');  -- migration 000

create policy session_feedback_owner_can_select on public.session_feedback
    for select to authenticated
    using ((select auth.uid()) = user_id);

create policy session_feedback_owner_can_insert_on_own_session on public.session_feedback
    for insert to authenticated
    with check (
        (select auth.uid()) = user_id
        and exists (select 1 from public.sessions s where s.id = session_id and s.user_id = (select auth.uid()))
    );

create policy session_feedback_owner_can_update_on_own_session on public.session_feedback
    for update to authenticated
    using ((select auth.uid()) = user_id)
    with check (
        (select auth.uid()) = user_id
        and exists (select 1 from public.sessions s where s.id = session_id and s.user_id = (select auth.uid()))
    );

create policy session_feedback_owner_can_delete on public.session_feedback
    for delete to authenticated
    using ((select auth.uid()) = user_id);
