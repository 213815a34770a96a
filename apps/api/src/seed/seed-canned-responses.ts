import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { demoCannedResponses } from "../demo/canned-responses.ts";

/**
 * The demo's canned responses, once: an installation that has any keeps its own. Team names are
 * looked up in `teamIds` (from seedStaff); a response for a team that is missing is skipped.
 */
export async function seedCannedResponses(
  db: Kysely<Database>,
  teamIds: Map<string, string>,
): Promise<number> {
  const existing = await db.selectFrom("canned_responses").select("id").limit(1).executeTakeFirst();
  if (existing) return 0;
  const rows = demoCannedResponses().flatMap((response) => {
    const teamId = response.team === null ? null : teamIds.get(response.team);
    if (teamId === undefined) return [];
    return [
      {
        title: response.title,
        body: response.body,
        shortcut: response.shortcut,
        locale: response.locale,
        team_id: teamId,
      },
    ];
  });
  if (rows.length > 0) await db.insertInto("canned_responses").values(rows).execute();
  return rows.length;
}
