import type { Permission } from "../auth/permissions.ts";
import { placeholderValues } from "../canned/placeholder-values.ts";
import { renderPlaceholders } from "../canned/render-placeholders.ts";
import type { MacroActions, MacroStatus } from "../contracts/macros.ts";

export interface MacroContext {
  /** Who applies the macro: "assign to me" means this user. */
  callerId: string;
  agentName: string | null;
  customerName: string | null;
  /** The conversation's assignee now: kept when the macro only routes to another team. */
  currentAssigneeId: string | null;
  currentTeamId: string | null;
}

/** The steps a macro takes on one conversation, with "me" and placeholders resolved. */
export interface MacroPlan {
  /** The reply as the customer will read it; null for an actions-only macro. */
  reply: string | null;
  addTags: string[];
  /** The assignment to make; null when assignee and team stay as they are. */
  assignment: { assigneeId: string | null; teamId: string | null } | null;
  status: MacroStatus | null;
}

export type MacroPlanResult =
  | { ok: true; plan: MacroPlan }
  /** A reply that would reach the customer with `{{customer.firstName}}` in it is not sent. */
  | { ok: false; unresolved: string[] };

/**
 * What applying a macro to a conversation does. A macro's reply goes out unedited, so a placeholder
 * that cannot be filled (a caller known only by number has no first name) refuses the whole macro,
 * where the composer would leave it for the agent to fix.
 */
export function planMacro(actions: MacroActions, context: MacroContext): MacroPlanResult {
  let reply: string | null = null;
  if (actions.reply !== null) {
    const rendered = renderPlaceholders(
      actions.reply,
      placeholderValues({ customerName: context.customerName, agentName: context.agentName }),
    );
    if (rendered.unresolved.length > 0) return { ok: false, unresolved: rendered.unresolved };
    reply = rendered.text;
  }
  return {
    ok: true,
    plan: {
      reply,
      addTags: [...actions.addTags],
      assignment: planAssignment(actions, context),
      status: actions.status,
    },
  };
}

/** An assignment that changes nothing is left out: it would only add a line to the thread. */
function planAssignment(actions: MacroActions, context: MacroContext): MacroPlan["assignment"] {
  const assigneeId = assigneeAfter(actions.assignee, context);
  const teamId = actions.assignTeamId ?? context.currentTeamId;
  if (assigneeId === context.currentAssigneeId && teamId === context.currentTeamId) return null;
  return { assigneeId, teamId };
}

function assigneeAfter(assignee: MacroActions["assignee"], context: MacroContext): string | null {
  switch (assignee.to) {
    case "keep":
      return context.currentAssigneeId;
    case "me":
      return context.callerId;
    case "nobody":
      return null;
    case "user":
      return assignee.userId;
    default: {
      const unreachable: never = assignee;
      return unreachable;
    }
  }
}

/**
 * The permissions a plan needs beyond using macros at all: a macro does nothing its caller could
 * not do by hand. Assigning to someone else needs conversation.assignOthers, as a single assign does.
 */
export function permissionsForPlan(plan: MacroPlan, callerId: string): Permission[] {
  const needed: Permission[] = [];
  if (plan.reply !== null) needed.push("conversation.reply");
  if (plan.assignment !== null) {
    const other = plan.assignment.assigneeId !== null && plan.assignment.assigneeId !== callerId;
    needed.push(other ? "conversation.assignOthers" : "conversation.assign");
  }
  if (plan.addTags.length > 0) needed.push("conversation.tag");
  if (plan.status !== null) needed.push("conversation.setStatus");
  return needed;
}
