import {
  MARK_START,
  compactKey,
  digitsKey,
  fold,
  foldedKey,
  markFirst,
  splitMarked,
  type SearchCustomerHit,
  type SearchItemHit,
  type SearchQueryPlan,
  type Snippet,
} from "@emma/core";
import { maskReference } from "../customers/customer-presenter.ts";
import type { CustomerHitRow } from "./find-customers.ts";
import type { ItemHitRow } from "./find-items.ts";

export function presentCustomerHit(row: CustomerHitRow, plan: SearchQueryPlan): SearchCustomerHit {
  return {
    customerId: row.customer_id,
    displayName: row.display_name,
    matchedOn: row.matched_on,
    matched: matchedSnippet(row, plan),
    identityKind: row.matched_on === "identity" ? row.identity_kind : null,
  };
}

function matchedSnippet(row: CustomerHitRow, plan: SearchQueryPlan): Snippet {
  switch (row.matched_on) {
    case "name": {
      const whole = plan.nameWords.join(" ");
      const longest = [...plan.nameWords].sort((a, b) => b.length - a.length)[0] ?? "";
      return markFirst(row.value, fold(row.value).includes(whole) ? whole : longest, foldedKey);
    }
    case "identity": {
      // The number as written (display) where it shows the digits, else the stored value.
      if (row.identity_kind === "phone" && row.value === plan.phoneE164)
        return [{ text: row.display ?? row.value, match: true }];
      if (row.identity_kind === "phone" && plan.phoneDigits !== null) {
        const shown = row.display !== null && digitsKey(row.display).text.includes(plan.phoneDigits);
        return markFirst(
          shown && row.display !== null ? row.display : row.value,
          plan.phoneDigits,
          digitsKey,
        );
      }
      const fragment = plan.identity ?? "";
      const shown = row.display !== null && fold(row.display).includes(fragment) ? row.display : row.value;
      return markFirst(shown, fragment, foldedKey);
    }
    case "product":
      return markMaskedReference(row.value, plan.reference ?? "");
    default: {
      const unreachable: never = row.matched_on;
      throw new Error(`unknown match ${String(unreachable)}`);
    }
  }
}

/**
 * References are shown masked, as in the 360 (`maskReference`): the match is marked on what is
 * shown, the leading country and check digits and the last four, where it covers them.
 */
function markMaskedReference(reference: string, needle: string): Snippet {
  const masked = maskReference(reference);
  const cut = masked.indexOf("…");
  const key = compactKey(reference).text;
  const at = key.indexOf(needle);
  if (cut < 0 || at < 0) return [{ text: masked, match: at >= 0 }];
  const end = at + needle.length;
  const head = masked.slice(0, cut);
  const tail = masked.slice(cut + 1);
  const segments: Snippet = [];
  if (head !== "") segments.push({ text: head, match: at < head.length });
  segments.push({ text: "…", match: false });
  segments.push({ text: tail, match: end > key.length - tail.length });
  return segments;
}

export function presentItemHit(row: ItemHitRow): SearchItemHit {
  return {
    eventId: row.id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    conversationId: row.conversation_id,
    conversationStatus: row.conversation_status,
    assigneeName: row.assignee_name,
    teamName: row.team_name,
    channel: row.channel,
    kind: row.kind,
    direction: row.direction,
    occurredAt: `${row.position.slice(0, "YYYY-MM-DDTHH:MM:SS.mmm".length)}Z`,
    authorName: row.author_name,
    subject: row.subject,
    snippet: splitMarked(bestPassage(row)),
  };
}

/** The body's passage with a mark (German or folded words first, then English stems), else the subject's. */
function bestPassage(row: ItemHitRow): string {
  const marked = [row.body_german, row.body_english, row.subject_marked].find((text) =>
    text?.includes(MARK_START),
  );
  return marked ?? (row.body_german === "" ? (row.subject ?? "") : row.body_german);
}
