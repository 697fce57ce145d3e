"""What migra leaves out of a schema diff, as statements: grants on views, sequences and functions (it compares
table grants only) and view options such as security_invoker (it recreates a view from its query alone).

Both are read from the catalogs of two databases holding the same objects (the shadow once migra's statements
ran in it, and the target), so an object's grants are compared with what its creation really gave it, default
privileges included.
"""

from __future__ import annotations

import psycopg

# Objects of the compared schemas that are not part of an extension: their identity (regclass/regprocedure
# text, schema-qualified under an empty search_path), the GRANT keyword for their kind, and each ACL entry.
ACL_ENTRIES_SQL = """
with objects as (
    select c.oid::regclass::text as identity, case c.relkind when 'S' then 'sequence' else 'table' end as kind,
           c.relacl as acl, c.relowner as owner, c.oid, 'pg_catalog.pg_class'::regclass as catalog
    from pg_catalog.pg_class c
    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('v', 'm', 'S') and n.nspname = any(%(schemas)s)
    union all
    select p.oid::regprocedure::text, 'routine', p.proacl, p.proowner, p.oid, 'pg_catalog.pg_proc'::regclass
    from pg_catalog.pg_proc p
    join pg_catalog.pg_namespace n on n.oid = p.pronamespace
    where p.prokind in ('f', 'p') and n.nspname = any(%(schemas)s)
)
select o.identity, o.kind, case a.grantee when 0 then 'public' else quote_ident(g.rolname) end as grantee,
       a.privilege_type, a.is_grantable
from objects o
cross join lateral pg_catalog.aclexplode(coalesce(o.acl, pg_catalog.acldefault(
    case o.kind when 'routine' then 'f' when 'sequence' then 's' else 'r' end::"char", o.owner))) a
left join pg_catalog.pg_roles g on g.oid = a.grantee
where a.grantee <> o.owner
  and not exists (select from pg_catalog.pg_depend d
                  where d.classid = o.catalog and d.objid = o.oid and d.deptype = 'e')
"""
VIEW_OPTIONS_SQL = """
select c.oid::regclass::text, coalesce(c.reloptions, '{}')
from pg_catalog.pg_class c
join pg_catalog.pg_namespace n on n.oid = c.relnamespace
where c.relkind = 'v' and n.nspname = any(%(schemas)s)
"""

AclEntry = tuple[str, str, str, str, bool]  # identity, kind, grantee, privilege, grantable


def missing_statements(shadow: psycopg.Connection, target: psycopg.Connection, schemas: list[str]) -> list[str]:
    """The grants, revokes and view options that make the shadow's objects match the target's."""
    shadow_acl, target_acl = _acl_entries(shadow, schemas), _acl_entries(target, schemas)
    both = {entry[0] for entry in shadow_acl} & {entry[0] for entry in target_acl}
    revokes = _grouped(entry for entry in shadow_acl - target_acl if entry[0] in both)
    grants = _grouped(entry for entry in target_acl - shadow_acl if entry[0] in both)
    statements = [f"revoke {privileges} on {kind} {identity} from {grantee};"
                  for (identity, kind, grantee, _), privileges in revokes.items()]
    statements += [f"grant {privileges} on {kind} {identity} to {grantee}{' with grant option' if grantable else ''};"
                   for (identity, kind, grantee, grantable), privileges in grants.items()]
    return statements + _view_option_statements(_view_options(shadow, schemas), _view_options(target, schemas))


def _grouped(entries) -> dict[tuple[str, str, str, bool], str]:
    """One statement's worth per object, grantee and grant option: its privileges, comma-separated."""
    groups: dict[tuple[str, str, str, bool], list[str]] = {}
    for identity, kind, grantee, privilege, grantable in sorted(entries):
        groups.setdefault((identity, kind, grantee, grantable), []).append(privilege.lower())
    return {key: ", ".join(privileges) for key, privileges in groups.items()}


def _acl_entries(conn: psycopg.Connection, schemas: list[str]) -> set[AclEntry]:
    with conn.transaction():
        conn.execute("set local search_path = ''")
        return {tuple(row) for row in conn.execute(ACL_ENTRIES_SQL, {"schemas": schemas})}


def _view_options(conn: psycopg.Connection, schemas: list[str]) -> dict[str, set[str]]:
    with conn.transaction():
        conn.execute("set local search_path = ''")
        return {view: set(options) for view, options in conn.execute(VIEW_OPTIONS_SQL, {"schemas": schemas})}


def _view_option_statements(shadow: dict[str, set[str]], target: dict[str, set[str]]) -> list[str]:
    """`alter view … set/reset` for each view of both whose options differ (name=value, as pg_class keeps them)."""
    statements = []
    for view in sorted(set(shadow) & set(target)):
        added = sorted(target[view] - shadow[view])
        gone = sorted({option.split("=", 1)[0] for option in shadow[view] - target[view]}
                      - {option.split("=", 1)[0] for option in added})
        if gone:
            statements.append(f"alter view {view} reset ({', '.join(gone)});")
        if added:
            statements.append(f"alter view {view} set ({', '.join(added)});")
    return statements
