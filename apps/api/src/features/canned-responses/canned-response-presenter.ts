import type { Selectable } from "kysely";
import type { CannedResponsesTable } from "../../db/schema.ts";

type CannedResponseRow = Selectable<CannedResponsesTable> & {
  team_name?: string | null;
  created_by_name?: string | null;
};

export function presentCannedResponse(row: CannedResponseRow) {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    shortcut: row.shortcut,
    locale: row.locale,
    teamId: row.team_id,
    teamName: row.team_name ?? null,
    createdByName: row.created_by_name ?? null,
    updatedAt: row.updated_at.toISOString(),
  };
}
export type CannedResponseView = ReturnType<typeof presentCannedResponse>;
