import type {
  CompiledQuery,
  Kysely,
  KyselyPlugin,
  PluginTransformResultArgs,
  QueryResult,
  UnknownRow,
} from "kysely";
import type { Database } from "./api.ts";

/**
 * Records the SQL the API really runs, so EXPLAIN shows its plan rather than a rewrite of it.
 * Compiling costs a little, hence armed only while the bench wants a sample.
 */
export function captureQueries(db: Kysely<Database>, matches: (sql: string) => boolean) {
  const captured: CompiledQuery[] = [];
  let armed = false;
  const plugin: KyselyPlugin = {
    transformQuery({ node, queryId }) {
      if (armed && (node.kind === "SelectQueryNode" || node.kind === "RawNode")) {
        const compiled = db.getExecutor().compileQuery(node, queryId);
        if (matches(compiled.sql)) captured.push(compiled);
      }
      return node;
    },
    transformResult: (args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> =>
      Promise.resolve(args.result),
  };
  return {
    db: db.withPlugin(plugin),
    captured,
    arm: (on: boolean) => {
      armed = on;
    },
  };
}

/**
 * Counts the statements the API sends (BEGIN and COMMIT go around plugins and are not counted):
 * statements per event is what a round-trip-bound path is paid in.
 */
export function countQueries(db: Kysely<Database>) {
  const counts = { statements: 0 };
  const plugin: KyselyPlugin = {
    transformQuery({ node }) {
      counts.statements++;
      return node;
    },
    transformResult: (args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> =>
      Promise.resolve(args.result),
  };
  return { db: db.withPlugin(plugin), counts };
}
