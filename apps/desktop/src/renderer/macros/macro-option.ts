import {
  can,
  canReplyInWriting,
  permissionsForPlan,
  planMacro,
  type Channel,
  type MacroPlan,
  type Role,
} from "@emma/core";
import type { FilterOption } from "../ui/filter-listbox.tsx";
import type { Macro } from "./macro-types.ts";

export interface MacroOption extends FilterOption {
  macro: Macro;
  /** The reply as this customer will read it; null for actions only or when not applicable. */
  reply: string | null;
  /** Why it cannot be applied here, as an i18n key with its values; null when it can. */
  refusal:
    | { key: "macros.unresolved"; placeholders: string }
    | { key: "macros.notWritable" | "macros.notAllowed" }
    | null;
}

interface OptionContext {
  channel: Channel;
  customerName: string | null;
  assigneeId: string | null;
  teamId: string | null;
  me: { id: string; displayName: string; role: Role };
}

/**
 * A macro as the m list shows it for one conversation: planned with core's planMacro, which the API
 * runs again when applying, so the preview and what is sent cannot differ. What the API would refuse
 * is shown greyed with the reason instead of failing after Enter.
 */
export function macroOption(macro: Macro, context: OptionContext): MacroOption {
  const planned = planMacro(macro, {
    callerId: context.me.id,
    agentName: context.me.displayName,
    customerName: context.customerName,
    currentAssigneeId: context.assigneeId,
    currentTeamId: context.teamId,
  });
  const base = { id: macro.id, label: macro.title, macro };
  if (!planned.ok)
    return {
      ...base,
      reply: null,
      disabled: true,
      refusal: { key: "macros.unresolved", placeholders: planned.unresolved.join(", ") },
    };
  const refusal = refusalOf(planned.plan, context);
  return { ...base, reply: planned.plan.reply, disabled: refusal !== null, refusal };
}

function refusalOf(plan: MacroPlan, context: OptionContext): MacroOption["refusal"] {
  if (plan.reply !== null && !canReplyInWriting(context.channel)) return { key: "macros.notWritable" };
  const missing = permissionsForPlan(plan, context.me.id).filter((p) => !can(context.me.role, p));
  return missing.length > 0 ? { key: "macros.notAllowed" } : null;
}
