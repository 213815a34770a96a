import { can } from "../auth/permissions.ts";
import type { Role } from "../auth/roles.ts";

/**
 * Who may undo a merge: whoever may undo any merge (supervisors, admins), and the agent who made
 * this one (a mistake is best put right by the person who made it, at once).
 */
export function mayUndoMerge(
  caller: { userId: string; role: Role },
  merge: { mergedBy: string | null },
): boolean {
  return (
    can(caller.role, "merge.undo") || (can(caller.role, "merge.perform") && merge.mergedBy === caller.userId)
  );
}
