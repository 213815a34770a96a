import { LOCALES, type Locale } from "@emma/core";

/**
 * The reply with a community link added as its own paragraph at the end, where a pointer to
 * further reading goes. Inserting the same link twice (a second key press) changes nothing.
 */
export function replyWithLink(reply: string, linkText: string): string {
  if (reply.includes(linkText)) return reply;
  const kept = reply.trimEnd();
  return kept === "" ? linkText : `${kept}\n\n${linkText}`;
}

/**
 * The language the link text is written in: the customer's (from the 360, "de-AT" counts as
 * German), else the agent's, who answers in their own language too.
 */
export function replyLocale(customerLocale: string | null | undefined, agentLocale: Locale): Locale {
  const language = customerLocale?.slice(0, 2).toLowerCase();
  return LOCALES.find((locale) => locale === language) ?? agentLocale;
}
