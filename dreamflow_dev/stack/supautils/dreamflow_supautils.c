/*
 * dreamflow_supautils: the privileged-extensions part of Supabase's supautils, for the local stack.
 *
 * On the platform the non-superuser `postgres` may create, update and drop the extensions listed in
 * supautils.privileged_extensions: a ProcessUtility hook runs those statements as the bootstrap superuser
 * (supautils.privileged_extensions_superuser), then the extension's after-create script from
 * supautils.privileged_extensions_custom_scripts_path/<extension>/, which hands the new objects' grants
 * back to postgres. supautils.extensions_parameter_overrides picks the schema an extension goes to when
 * the statement names none. The settings it reads carry supautils' names and formats (its other settings,
 * reserved roles and the like, are not implemented); they are PGC_SIGHUP, so no session can widen its own
 * powers.
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/pg_authid_d.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "nodes/parsenodes.h"
#include "storage/fd.h"
#include "tcop/utility.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/guc.h"
#include "utils/jsonb.h"
#include "utils/varlena.h"

PG_MODULE_MAGIC;

void _PG_init(void);

static char *privileged_extensions = NULL;
static char *privileged_extensions_superuser = NULL;
static char *custom_scripts_path = NULL;
static char *privileged_role = NULL;
static char *extensions_parameter_overrides = NULL;

static ProcessUtility_hook_type next_process_utility = NULL;

/* Is `name` one of the comma-separated names in supautils.privileged_extensions? */
static bool
is_privileged_extension(const char *name)
{
	char	   *names;
	List	   *list = NIL;
	ListCell   *cell;
	bool		found = false;

	if (privileged_extensions == NULL || name == NULL)
		return false;
	names = pstrdup(privileged_extensions);
	if (!SplitGUCList(names, ',', &list))
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						errmsg("supautils.privileged_extensions is not a comma-separated list: \"%s\"",
							   privileged_extensions)));
	foreach(cell, list)
		if (strcmp((char *) lfirst(cell), name) == 0)
			found = true;
	list_free(list);
	pfree(names);
	return found;
}

/*
 * The statement is ours to elevate only for a non-superuser acting with the privileged role's rights. A
 * superuser's session that SET ROLEs to it (the bootstrap creating trusted extensions for postgres) is left
 * alone, so what it creates stays postgres's, as when the image's init scripts run as postgres.
 */
static bool
current_user_is_privileged(void)
{
	Oid			role;

	if (superuser() || superuser_arg(GetSessionUserId()) || privileged_role == NULL || privileged_role[0] == '\0')
		return false;
	role = get_role_oid(privileged_role, true);
	return OidIsValid(role) && has_privs_of_role(GetUserId(), role);
}

static Oid
elevated_superuser(void)
{
	if (privileged_extensions_superuser == NULL || privileged_extensions_superuser[0] == '\0')
		return BOOTSTRAP_SUPERUSERID;
	return get_role_oid(privileged_extensions_superuser, false);
}

/* Run <custom_scripts_path>/<extension>/<phase>.sql, if there is one, in the current transaction. */
static void
run_custom_script(const char *extension, const char *phase)
{
	char		path[MAXPGPATH];
	FILE	   *file;
	StringInfoData script;
	char		chunk[8192];
	size_t		read;

	if (custom_scripts_path == NULL || custom_scripts_path[0] == '\0')
		return;
	snprintf(path, sizeof(path), "%s/%s/%s.sql", custom_scripts_path, extension, phase);
	file = AllocateFile(path, PG_BINARY_R);
	if (file == NULL)
	{
		if (errno == ENOENT)
			return;
		ereport(ERROR, (errcode_for_file_access(), errmsg("could not open \"%s\": %m", path)));
	}
	initStringInfo(&script);
	while ((read = fread(chunk, 1, sizeof(chunk), file)) > 0)
		appendBinaryStringInfo(&script, chunk, read);
	if (ferror(file))
		ereport(ERROR, (errcode_for_file_access(), errmsg("could not read \"%s\": %m", path)));
	FreeFile(file);

	CommandCounterIncrement();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed before %s", path);
	if (SPI_execute(script.data, false, 0) < 0)
		elog(ERROR, "%s failed", path);
	SPI_finish();
	pfree(script.data);
}

/* The schema supautils.extensions_parameter_overrides ('{"ext":{"schema":"s"}}') gives `extension`, or NULL. */
static char *
overridden_schema(const char *extension)
{
	Jsonb	   *overrides;
	JsonbValue	value;
	JsonbValue *found;

	if (extensions_parameter_overrides == NULL || extensions_parameter_overrides[0] == '\0')
		return NULL;
	overrides = DatumGetJsonbP(DirectFunctionCall1(jsonb_in, CStringGetDatum(extensions_parameter_overrides)));
	found = getKeyJsonValueFromContainer(&overrides->root, extension, strlen(extension), &value);
	if (found == NULL || found->type != jbvBinary)
		return NULL;
	found = getKeyJsonValueFromContainer(found->val.binary.data, "schema", strlen("schema"), &value);
	if (found == NULL || found->type != jbvString)
		return NULL;
	return pnstrdup(found->val.string.val, found->val.string.len);
}

/* A CREATE EXTENSION that names no schema gets the overridden one, as on the platform (pg_cron: pg_catalog). */
static void
apply_schema_override(CreateExtensionStmt *stmt)
{
	ListCell   *cell;
	char	   *schema;

	foreach(cell, stmt->options)
		if (strcmp(((DefElem *) lfirst(cell))->defname, "schema") == 0)
			return;
	schema = overridden_schema(stmt->extname);
	if (schema != NULL)
		stmt->options = lappend(stmt->options, makeDefElem("schema", (Node *) makeString(schema), -1));
}

/* The extension a statement creates, updates or drops when it is privileged (all of a DROP's, or none). */
static const char *
privileged_target(Node *parsetree)
{
	switch (nodeTag(parsetree))
	{
		case T_CreateExtensionStmt:
			return is_privileged_extension(((CreateExtensionStmt *) parsetree)->extname)
				? ((CreateExtensionStmt *) parsetree)->extname : NULL;
		case T_AlterExtensionStmt:
			return is_privileged_extension(((AlterExtensionStmt *) parsetree)->extname)
				? ((AlterExtensionStmt *) parsetree)->extname : NULL;
		case T_DropStmt:
			{
				DropStmt   *drop = (DropStmt *) parsetree;
				ListCell   *cell;

				if (drop->removeType != OBJECT_EXTENSION || drop->objects == NIL)
					return NULL;
				foreach(cell, drop->objects)
					if (!is_privileged_extension(strVal(lfirst(cell))))
						return NULL;
				return strVal(linitial(drop->objects));
			}
		default:
			return NULL;
	}
}

static void
call_next(PlannedStmt *pstmt, const char *queryString, bool readOnlyTree, ProcessUtilityContext context,
		  ParamListInfo params, QueryEnvironment *queryEnv, DestReceiver *dest, QueryCompletion *qc)
{
	if (next_process_utility)
		next_process_utility(pstmt, queryString, readOnlyTree, context, params, queryEnv, dest, qc);
	else
		standard_ProcessUtility(pstmt, queryString, readOnlyTree, context, params, queryEnv, dest, qc);
}

static void
privileged_extensions_hook(PlannedStmt *pstmt, const char *queryString, bool readOnlyTree,
						   ProcessUtilityContext context, ParamListInfo params, QueryEnvironment *queryEnv,
						   DestReceiver *dest, QueryCompletion *qc)
{
	const char *extension = privileged_target(pstmt->utilityStmt);
	bool		creates;
	Oid			saved_user;
	int			saved_context;

	if (extension == NULL || !current_user_is_privileged())
	{
		call_next(pstmt, queryString, readOnlyTree, context, params, queryEnv, dest, qc);
		return;
	}
	/* Custom scripts run only for an extension this statement really creates. */
	creates = IsA(pstmt->utilityStmt, CreateExtensionStmt) && !OidIsValid(get_extension_oid(extension, true));
	if (IsA(pstmt->utilityStmt, CreateExtensionStmt))
	{
		if (readOnlyTree)
		{
			pstmt = copyObject(pstmt);
			readOnlyTree = false;
		}
		apply_schema_override((CreateExtensionStmt *) pstmt->utilityStmt);
	}

	GetUserIdAndSecContext(&saved_user, &saved_context);
	SetUserIdAndSecContext(elevated_superuser(), saved_context | SECURITY_LOCAL_USERID_CHANGE);
	PG_TRY();
	{
		if (creates)
			run_custom_script(extension, "before-create");
		call_next(pstmt, queryString, readOnlyTree, context, params, queryEnv, dest, qc);
		if (creates)
			run_custom_script(extension, "after-create");
	}
	PG_FINALLY();
	{
		SetUserIdAndSecContext(saved_user, saved_context);
	}
	PG_END_TRY();
}

/*
 * Every setting is a string read from the server's configuration and reloaded on SIGHUP: a session cannot
 * SET it, so no session can widen its own powers.
 */
static void
define_reloadable_string(const char *name, const char *description, char **value, const char *boot_value)
{
	DefineCustomStringVariable(name, description, NULL, value, boot_value, PGC_SIGHUP, 0, NULL, NULL, NULL);
}

void
_PG_init(void)
{
	define_reloadable_string("supautils.privileged_extensions",
							 "Extensions the privileged role may create, update and drop as the superuser.",
							 &privileged_extensions, "");
	define_reloadable_string("supautils.privileged_extensions_superuser",
							 "The superuser privileged extensions are managed as (default: the bootstrap user).",
							 &privileged_extensions_superuser, "");
	define_reloadable_string("supautils.privileged_extensions_custom_scripts_path",
							 "Folder of <extension>/before-create.sql and after-create.sql scripts.",
							 &custom_scripts_path, "");
	define_reloadable_string("supautils.privileged_role",
							 "The non-superuser role that may manage privileged extensions.",
							 &privileged_role, "postgres");
	define_reloadable_string("supautils.extensions_parameter_overrides",
							 "JSON: per extension, the schema CREATE EXTENSION uses when none is named.",
							 &extensions_parameter_overrides, "");
	MarkGUCPrefixReserved("supautils");

	next_process_utility = ProcessUtility_hook;
	ProcessUtility_hook = privileged_extensions_hook;
}
