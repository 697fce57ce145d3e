"""What Supabase's advisors would flag: duplicate indexes, unindexed foreign keys; and the cron job."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.constraints


def test_no_index_duplicates_another(conn):
    duplicates = conn.execute(
        """
        select a.indexrelid::regclass::text, b.indexrelid::regclass::text
        from pg_index a
        join pg_index b on a.indrelid = b.indrelid and a.indexrelid < b.indexrelid
        join pg_class t on t.oid = a.indrelid
        where t.relnamespace in ('public'::regnamespace, 'private'::regnamespace)
          and a.indkey::text = b.indkey::text
          and coalesce(pg_get_expr(a.indexprs, a.indrelid), '') = coalesce(pg_get_expr(b.indexprs, b.indrelid), '')
          and coalesce(pg_get_expr(a.indpred, a.indrelid), '') = coalesce(pg_get_expr(b.indpred, b.indrelid), '')
        """
    ).fetchall()

    assert duplicates == []


def test_no_plain_index_is_a_prefix_of_another(conn):
    redundant = conn.execute(
        """
        select a.indexrelid::regclass::text
        from pg_index a
        join pg_index b on a.indrelid = b.indrelid and a.indexrelid <> b.indexrelid
        join pg_class t on t.oid = a.indrelid
        where t.relnamespace = 'public'::regnamespace
          and not a.indisunique and a.indexprs is null and a.indpred is null and b.indpred is null
          and b.indexprs is null
          and (b.indkey::text || ' ') like (a.indkey::text || ' %%')
        """
    ).fetchall()

    assert redundant == []


def test_every_foreign_key_has_a_covering_index(conn):
    uncovered = conn.execute(
        """
        select c.conrelid::regclass::text || ' (' || c.conname || ')'
        from pg_constraint c
        where c.contype = 'f' and c.connamespace = 'public'::regnamespace
          and not exists (
              select 1 from pg_index i
              where i.indrelid = c.conrelid and i.indpred is null
                and (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] = c.conkey
          )
        """
    ).fetchall()

    assert uncovered == []


def test_nightly_job_is_scheduled_once_at_2am_utc(conn):
    jobs = conn.execute("select schedule, command from cron.job where jobname = 'nightly-recompute-streaks'").fetchall()

    assert jobs == [("0 2 * * *", "select public.recompute_user_streaks()")]


def test_rescheduling_by_name_never_duplicates_the_job(conn):
    conn.execute("select cron.schedule('nightly-recompute-streaks', '0 2 * * *',"
                 " 'select public.recompute_user_streaks()')")

    count = conn.execute("select count(*) from cron.job where jobname = 'nightly-recompute-streaks'").fetchone()

    assert count == (1,)
