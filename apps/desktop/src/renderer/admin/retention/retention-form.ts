import {
  RETENTION_MINIMUM_DAYS,
  RETENTION_MOST_DAYS,
  retentionSettingsSchema,
  type RetentionKind,
  type RetentionSettings,
} from "@emma/core";

/** One kind's rule as edited: kept for good, or a number of days as typed. */
export interface RuleForm {
  forever: boolean;
  days: string;
}

export interface DutyForm {
  tag: string;
  years: string;
  reason: string;
}

/** The page's editable copy of the settings; nothing is sent before "Save". */
export interface RetentionForm {
  rules: Record<RetentionKind, RuleForm>;
  duties: DutyForm[];
}

export type RetentionProblem =
  | { kind: "badDays"; rule: RetentionKind }
  | { kind: "badDuty"; index: number }
  | { kind: "sameTag"; index: number };

/** Offered when an admin switches a kept-for-good kind to days: a year, or the minimum if longer. */
const SUGGESTED_DAYS = 365;

export function retentionFormOf(settings: RetentionSettings): RetentionForm {
  const rule = (kind: RetentionKind): RuleForm => {
    const days = settings.rules[kind];
    return days === null
      ? { forever: true, days: String(Math.max(SUGGESTED_DAYS, RETENTION_MINIMUM_DAYS[kind])) }
      : { forever: false, days: String(days) };
  };
  return {
    rules: {
      rawInboundEvents: rule("rawInboundEvents"),
      resolvedConversations: rule("resolvedConversations"),
      callRecordings: rule("callRecordings"),
      auditEntries: rule("auditEntries"),
    },
    duties: settings.duties.map((duty) => ({ ...duty, years: String(duty.years) })),
  };
}

/** The settings the form says, or what keeps it from being saved (the API checks the same schema). */
export function retentionSettingsOf(
  form: RetentionForm,
): { settings: RetentionSettings } | { problems: RetentionProblem[] } {
  const problems: RetentionProblem[] = [];
  const days = (kind: RetentionKind): number | null => {
    const rule = form.rules[kind];
    if (rule.forever) return null;
    const value = Number(rule.days);
    if (
      !/^\d+$/.test(rule.days.trim()) ||
      value < RETENTION_MINIMUM_DAYS[kind] ||
      value > RETENTION_MOST_DAYS
    )
      problems.push({ kind: "badDays", rule: kind });
    return value;
  };
  const rules = {
    rawInboundEvents: days("rawInboundEvents"),
    resolvedConversations: days("resolvedConversations"),
    callRecordings: days("callRecordings"),
    auditEntries: days("auditEntries"),
  };
  const tags = new Set<string>();
  const duties = form.duties.map((duty, index) => {
    const parsed = { tag: duty.tag.trim(), years: Number(duty.years), reason: duty.reason.trim() };
    const tag = parsed.tag.toLowerCase();
    if (
      !retentionSettingsSchema.shape.duties.element.safeParse(parsed).success ||
      !/^\d+$/.test(duty.years.trim())
    )
      problems.push({ kind: "badDuty", index });
    else if (tags.has(tag)) problems.push({ kind: "sameTag", index });
    tags.add(tag);
    return parsed;
  });
  return problems.length > 0 ? { problems } : { settings: retentionSettingsSchema.parse({ rules, duties }) };
}
