import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/**
 * Every row of every table in the schema, as text (tests only): bytea decoded, raw events stored
 * as base64 decoded, so a test can say whether a string is anywhere in the database at all.
 */
export async function dumpDatabase(db: Kysely<Database>): Promise<Map<string, string>> {
  const { rows: columns } = await sql<{ table_name: string; column_name: string; data_type: string }>`
    select c.table_name, c.column_name, c.data_type
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
    order by c.table_name, c.ordinal_position
  `.execute(db);
  const tables = new Map<string, { name: string; type: string }[]>();
  for (const column of columns) {
    const list = tables.get(column.table_name) ?? [];
    list.push({ name: column.column_name, type: column.data_type });
    tables.set(column.table_name, list);
  }
  const dump = new Map<string, string>();
  for (const [table, cols] of tables) {
    const parts = cols.map((col) =>
      col.type === "bytea" ? sql`encode(${sql.ref(col.name)}, 'escape')` : sql`${sql.ref(col.name)}::text`,
    );
    const { rows } = await sql<{
      row: (string | null)[];
    }>`select array[${sql.join(parts)}] as row from ${sql.table(table)}`.execute(db);
    const text = rows
      .map((row) =>
        row.row
          .map((value) => value ?? "")
          .map((value) =>
            table === "inbound_events" && /^[A-Za-z0-9+/=\s]{16,}$/.test(value)
              ? `${value} ${Buffer.from(value, "base64").toString("utf8")}`
              : value,
          )
          .join(" | "),
      )
      .join("\n");
    dump.set(table, text);
  }
  return dump;
}

/** Which of these strings appear where in the dump (case-insensitive, as full-text lexemes are lowercased). */
export function findStrings(dump: Map<string, string>, needles: readonly string[]): string[] {
  const found: string[] = [];
  for (const [table, text] of dump) {
    const lower = text.toLowerCase();
    for (const needle of needles) if (lower.includes(needle.toLowerCase())) found.push(`${table}: ${needle}`);
  }
  return found;
}
