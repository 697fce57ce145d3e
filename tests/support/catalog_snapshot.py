"""What a schema is, read from the catalogs, to compare two databases: tables, columns, indexes, constraints,
policies, grants, functions, views and triggers of the given schemas, each as a set of comparable rows."""

from __future__ import annotations

import psycopg

# Each query takes the schemas as %(schemas)s and runs under an empty search_path, so names come qualified.
QUERIES = {
    "tables": """
        select c.oid::regclass::text, c.relkind, c.relrowsecurity, c.relforcerowsecurity, c.reloptions
        from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        where n.nspname = any(%(schemas)s) and c.relkind in ('r', 'p', 'v', 'm', 'S')""",
    "columns": """
        select a.attrelid::regclass::text, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),
               a.attnotnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated
        from pg_catalog.pg_attribute a
        join pg_catalog.pg_class c on c.oid = a.attrelid
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        left join pg_catalog.pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
        where n.nspname = any(%(schemas)s) and c.relkind in ('r', 'p', 'v', 'm') and a.attnum > 0
          and not a.attisdropped""",
    "indexes": """
        select pg_catalog.pg_get_indexdef(i.indexrelid)
        from pg_catalog.pg_index i join pg_catalog.pg_class c on c.oid = i.indrelid
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace where n.nspname = any(%(schemas)s)""",
    "constraints": """
        select co.conrelid::regclass::text, co.conname, pg_catalog.pg_get_constraintdef(co.oid)
        from pg_catalog.pg_constraint co join pg_catalog.pg_namespace n on n.oid = co.connamespace
        where n.nspname = any(%(schemas)s)""",
    "policies": """
        select schemaname, tablename, policyname, permissive, roles::text, cmd, qual, with_check
        from pg_catalog.pg_policies where schemaname = any(%(schemas)s)""",
    "grants": """
        select c.oid::regclass::text, coalesce(g.rolname, 'public'), a.privilege_type, a.is_grantable
        from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        cross join lateral pg_catalog.aclexplode(coalesce(c.relacl, pg_catalog.acldefault('r', c.relowner))) a
        left join pg_catalog.pg_roles g on g.oid = a.grantee
        where n.nspname = any(%(schemas)s) and c.relkind in ('r', 'p', 'v', 'm', 'S')
        union all
        select p.oid::regprocedure::text, coalesce(g.rolname, 'public'), a.privilege_type, a.is_grantable
        from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
        cross join lateral pg_catalog.aclexplode(coalesce(p.proacl, pg_catalog.acldefault('f', p.proowner))) a
        left join pg_catalog.pg_roles g on g.oid = a.grantee
        where n.nspname = any(%(schemas)s)
        union all
        select n.nspname, coalesce(g.rolname, 'public'), a.privilege_type, a.is_grantable
        from pg_catalog.pg_namespace n
        cross join lateral pg_catalog.aclexplode(coalesce(n.nspacl, pg_catalog.acldefault('n', n.nspowner))) a
        left join pg_catalog.pg_roles g on g.oid = a.grantee
        where n.nspname = any(%(schemas)s)""",
    "functions": """
        select p.oid::regprocedure::text, pg_catalog.pg_get_functiondef(p.oid)
        from pg_catalog.pg_proc p join pg_catalog.pg_namespace n on n.oid = p.pronamespace
        where n.nspname = any(%(schemas)s) and p.prokind in ('f', 'p')""",
    "views": """
        select c.oid::regclass::text, pg_catalog.pg_get_viewdef(c.oid), c.reloptions
        from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        where n.nspname = any(%(schemas)s) and c.relkind in ('v', 'm')""",
    "triggers": """
        select pg_catalog.pg_get_triggerdef(t.oid)
        from pg_catalog.pg_trigger t join pg_catalog.pg_class c on c.oid = t.tgrelid
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        where n.nspname = any(%(schemas)s) and not t.tgisinternal""",
}


def catalog_snapshot(url: str, schemas: tuple[str, ...] = ("public",)) -> dict[str, set[tuple]]:
    """Every kind of object of these schemas, as sets of rows (hashable: arrays become tuples)."""
    with psycopg.connect(url) as conn:
        conn.execute("set search_path = ''")
        return {kind: {tuple(_hashable(value) for value in row)
                       for row in conn.execute(query, {"schemas": list(schemas)})}
                for kind, query in QUERIES.items()}


def snapshot_differences(left: dict[str, set[tuple]], right: dict[str, set[tuple]]) -> dict[str, dict[str, list]]:
    """Per kind, the rows only one side has (empty when the schemas are the same)."""
    return {kind: {"only_left": sorted(map(str, left[kind] - right[kind])),
                   "only_right": sorted(map(str, right[kind] - left[kind]))}
            for kind in left if left[kind] != right[kind]}


def _hashable(value):
    return tuple(value) if isinstance(value, list) else value
