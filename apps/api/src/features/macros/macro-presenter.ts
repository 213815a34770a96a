import type { MacroActions, MacroAssignee } from "@emma/core";
import type { Selectable } from "kysely";
import type { MacrosTable } from "../../db/schema.ts";

export type MacroRow = Selectable<MacrosTable> & {
  team_name: string | null;
  assignee_name: string | null;
  assign_team_name: string | null;
  created_by_name: string | null;
};

/** The stored columns as core's actions, which the plan and the form both read. */
export function macroActionsOf(row: Selectable<MacrosTable>): MacroActions {
  return {
    reply: row.reply,
    addTags: row.add_tags,
    assignee: assigneeOf(row),
    assignTeamId: row.assign_team_id,
    status: row.status_after,
  };
}

function assigneeOf(row: Selectable<MacrosTable>): MacroAssignee {
  switch (row.assignee) {
    case "keep":
    case "me":
    case "nobody":
      return { to: row.assignee };
    case "user":
      // The table's check keeps the two together.
      if (row.assignee_user_id === null) throw new Error(`macro ${row.id}: assignee user missing`);
      return { to: "user", userId: row.assignee_user_id };
    default: {
      const unreachable: never = row.assignee;
      return unreachable;
    }
  }
}

export function presentMacro(row: MacroRow) {
  return {
    id: row.id,
    title: row.title,
    key: row.key,
    teamId: row.team_id,
    teamName: row.team_name,
    ...macroActionsOf(row),
    /** The colleague a "user" macro assigns to, by name. */
    assigneeName: row.assignee_name,
    assignTeamName: row.assign_team_name,
    createdByName: row.created_by_name,
    updatedAt: row.updated_at.toISOString(),
  };
}
export type MacroView = ReturnType<typeof presentMacro>;
