// Runs @pgkit/migra over the passes Python planned (dreamflow_dev/schema_diff.py holds the rules) and prints
// the migration that turns the source (the shadow) into the target (the local database).
// Input: one JSON object on stdin: {source, target, ignore_extensions, passes: [{schema | exclude_schema, changes}]}.
"use strict";
const { createClient, sql } = require("@pgkit/client");
const { Migration } = require("@pgkit/migra");

// What a pass adds, by the name Python gives it.
const CHANGES = {
  // Everything, grants included.
  all: (m) => m.add_all_changes(true),
  // New schemas and extensions living in them: extension-owned schemas hold nothing else of ours.
  extensions: (m) => {
    m.add(m.changes.schemas({ creations_only: true }));
    m.add_extension_changes();
  },
  // Platform-owned schemas: only the triggers and policies a project puts on their tables.
  triggers_and_policies: (m) => {
    m.add(m.changes.triggers({ drops_only: true }));
    m.add(m.changes.rlspolicies({ drops_only: true }));
    m.add(m.changes.rlspolicies({ creations_only: true }));
    m.add(m.changes.triggers({ creations_only: true }));
  },
};

// Each pass inspects both databases whole and filters afterwards, so every pass sends the same catalog
// queries: a client that answers a repeated query from memory (a fresh copy each time, as the inspector
// builds its objects from the rows) inspects each database once.
function remembering(client) {
  const answers = new Map();
  return new Proxy(client, {
    get(target, property) {
      if (property === "any") {
        return async (query) => {
          if (!answers.has(query.sql)) answers.set(query.sql, await target.any(query));
          return structuredClone(answers.get(query.sql));
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

// Extensions neither side may hold are taken out of both inspections, so no change is planned for them.
function forgetExtensions(migration, names) {
  for (const inspected of [migration.changes.i_from, migration.changes.i_target]) {
    for (const [key, extension] of Object.entries(inspected.extensions)) {
      if (names.includes(extension.name)) delete inspected.extensions[key];
    }
  }
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

async function main() {
  const plan = await readStdin();
  const source = createClient(plan.source);
  const target = createClient(plan.target);
  try {
    // Expressions come back schema-qualified (pg_get_expr follows search_path).
    await source.query(sql`set search_path = ''`);
    await target.query(sql`set search_path = ''`);
    const [sourceInspected, targetInspected] = [remembering(source), remembering(target)];
    const parts = [];
    for (const pass of plan.passes) {
      const migration = await Migration.create(sourceInspected, targetInspected, {
        schema: pass.schema ?? null,
        exclude_schema: pass.exclude_schema ?? null,
        ignore_extension_versions: true,
      });
      migration.set_safety(false);
      forgetExtensions(migration, plan.ignore_extensions ?? []);
      CHANGES[pass.changes](migration);
      parts.push(migration.sql);
    }
    process.stdout.write(parts.join(""));
  } finally {
    await Promise.all([source.end(), target.end()]);
  }
}

main().catch((error) => {
  process.stderr.write(`${error && error.message ? error.message : error}\n`);
  process.exit(1);
});
