import { findPersonalData, replyLengthOf, type PersonalDataKind, type ReplyVisibility } from "@emma/core";
import type { ReplyOptionView, ReplyRulesView } from "../api/router-types.ts";

export interface ReplyCheck {
  /** The rules this answer falls under; null when the thread offers no such answer. */
  option: ReplyOptionView | null;
  /** How long the text is by the rule's own count (X's weighting for a public post). */
  length: { count: "characters" | "x-weighted"; limit: number; actual: number } | null;
  tooLong: boolean;
  /** Meta's window is closed: nothing can be sent. */
  closed: boolean;
  /** The forum topic was closed or deleted: nobody can answer there. */
  shut: "closed" | "removed" | null;
}

/** The API's reply rules applied to what the agent is writing, as the API will apply them. */
export function checkReply(
  rules: ReplyRulesView,
  visibility: ReplyVisibility | null,
  text: string,
): ReplyCheck {
  const option = rules.options.find((o) => o.visibility === visibility) ?? null;
  const length =
    option === null || option.length === null
      ? null
      : { ...option.length, actual: replyLengthOf(option.length, text) };
  return {
    option,
    length,
    tooLong: length !== null && length.actual > length.limit,
    closed: option?.window.kind === "closed",
    shut: rules.threadShut,
  };
}

/** What a public answer would reveal to everyone; nothing for private answers and ordinary threads. */
export function personalDataInPublic(
  rules: ReplyRulesView,
  visibility: ReplyVisibility | null,
  text: string,
): PersonalDataKind[] {
  return rules.visibilities.length > 0 && visibility === "public" ? findPersonalData(text) : [];
}
