import type { Locale } from "../contracts/users.ts";

export interface CommunityLink {
  title: string;
  url: string;
  /** The topic has an accepted or helpful answer: the text then says the question was answered. */
  solved: boolean;
}

/**
 * The sentence an agent inserts into a reply to point the customer at a forum topic, in the
 * customer's language. An unsolved topic is offered as a discussion, never as an answer.
 */
export function communityLinkText(locale: Locale, link: CommunityLink): string {
  const target = `${link.title} – ${link.url}`;
  switch (locale) {
    case "de":
      return link.solved
        ? `In unserem Community-Forum wurde diese Frage schon beantwortet: ${target}`
        : `In unserem Community-Forum wird diese Frage ebenfalls besprochen: ${target}`;
    case "en":
      return link.solved
        ? `This question has already been answered in our community forum: ${target}`
        : `This question is also being discussed in our community forum: ${target}`;
    default: {
      const unreachable: never = locale;
      throw new Error(`unknown locale ${String(unreachable)}`);
    }
  }
}
