import type { ReportDrillDownInput, ReportDrillDownOutput, ServiceSettings } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { buildReport } from "./build-report.ts";

/**
 * The conversations behind one number: the report is built again by the same definitions, so the
 * list always matches the figure, and paged in the figure's own order (shortest first behind a
 * median, say).
 */
export async function drillDown(
  db: Kysely<Database>,
  props: { input: ReportDrillDownInput; settings: ServiceSettings; now: Date },
): Promise<ReportDrillDownOutput> {
  const { input, settings, now } = props;
  const built = await buildReport(db, {
    report: input.report,
    input: input.range,
    settings,
    now,
    listed: true,
  });
  const figure = built[input.period].find((f) => f.key === input.key);
  if (!figure)
    throw new TRPCError({ code: "NOT_FOUND", message: `No figure ${input.key} in ${input.report}` });
  const page = figure.conversationIds.slice(input.offset, input.offset + input.limit);
  if (page.length === 0) return { total: figure.conversationIds.length, conversations: [] };
  const rows = await db
    .selectFrom("conversations as c")
    .leftJoin("customers as cu", "cu.id", "c.customer_id")
    .select([
      "c.id",
      "c.customer_id",
      "cu.display_name",
      "c.channel",
      "c.priority",
      "c.status",
      "c.created_at",
      "c.first_response_at",
      "c.resolved_at",
    ])
    .where("c.id", "in", page)
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    total: figure.conversationIds.length,
    conversations: page.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      return [
        {
          id: row.id,
          customerId: row.customer_id,
          customerName: row.display_name,
          channel: row.channel,
          priority: row.priority,
          status: row.status,
          createdAt: row.created_at.toISOString(),
          firstResponseAt: row.first_response_at?.toISOString() ?? null,
          resolvedAt: row.resolved_at?.toISOString() ?? null,
        },
      ];
    }),
  };
}
