import type { ReplyRefusal } from "@emma/core";

/** Dates in refusals: unambiguous for agents anywhere, and the same on every server. */
function utcMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** Why a reply was not queued, in a sentence the agent (or an API client) can act on. */
export function replyRefusalMessage(refusal: ReplyRefusal): string {
  switch (refusal.kind) {
    case "not-writable":
      return `A ${refusal.channel} conversation cannot be answered in writing`;
    case "thread-shut":
      return refusal.shut === "closed"
        ? "This topic was closed at the forum: it takes no more posts. Reopen it there first."
        : "This topic was deleted at the forum: a reply would have nowhere to go. Restore it there first.";
    case "visibility-not-offered":
      return refusal.offered.length === 0
        ? `Replies in this conversation are neither public nor private: send it without a visibility`
        : `This conversation offers no ${refusal.visibility} reply, only ${refusal.offered.join(" or ")}`;
    case "too-long":
      return refusal.length.count === "x-weighted"
        ? `Too long for a public post on X: ${String(refusal.actual)} characters by X's count (emoji and some scripts count twice, links 23), at most ${String(refusal.length.limit)}. Shorten it or answer by direct message.`
        : `Too long: ${String(refusal.actual)} characters, at most ${String(refusal.length.limit)}`;
    case "window-closed": {
      const { window } = refusal;
      if (window.since === null)
        return "The customer has not written in this conversation, and Meta does not let a Page start one: wait until the customer writes.";
      if (window.rule === "private_reply")
        return `Meta allows the one private reply to a comment only within 7 days of it, and that ended on ${utcMinute(window.since)}. Answer publicly instead.`;
      const rule = window.humanAgentEnabled
        ? "for 24 hours after the customer's last message, and for 7 days with the human agent tag"
        : "only within 24 hours of the customer's last message";
      return `Meta allows replies on Messenger ${rule}; that window closed on ${utcMinute(window.since)}. The customer has to write again before the Page can answer.`;
    }
    default: {
      const unreachable: never = refusal;
      throw new Error(`unknown refusal ${JSON.stringify(unreachable)}`);
    }
  }
}
