import { figure, share, type Figure, type ReportPeriod } from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { type FactFilter, idsIf, narrowedTo } from "./report-sql.ts";

/**
 * Core's `communityReport` (the definition is written down there), counted by the database. The
 * differential test holds both equal.
 */
export async function communityFigures(
  db: Kysely<Database>,
  props: { period: ReportPeriod; filter: FactFilter; listed: boolean },
): Promise<Figure[]> {
  const { period, filter, listed } = props;
  const { rows } = await sql<{ community: boolean; solved: number; ids: string[] }>`
    select c.solved_by_community as community, count(*)::int as solved,
      ${idsIf(listed, sql`c.solved_at, c.id`)} as ids
    from conversations c
    where c.solved_at >= ${period.start} and c.solved_at < ${period.end} ${narrowedTo(filter)}
    group by 1
  `.execute(db);
  const community = rows.find((row) => row.community) ?? { solved: 0, ids: [] };
  const staff = rows.find((row) => !row.community) ?? { solved: 0, ids: [] };
  return [
    figure(
      "community|solvedByCommunity",
      { solvedBy: "community" },
      "count",
      community.solved,
      community.ids,
    ),
    figure("community|solvedByStaff", { solvedBy: "staff" }, "count", staff.solved, staff.ids),
    figure(
      "community|share",
      { solvedBy: "community" },
      "share",
      share(community.solved, community.solved + staff.solved),
      community.ids,
    ),
  ];
}
