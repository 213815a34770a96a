/** Enough of an answer for the agent to judge it at a glance; the link has the rest. */
export const ANSWER_EXCERPT_LENGTH = 240;

/**
 * The beginning of an answer's text on one line (the panel is narrow: a post's blank lines would
 * waste it), cut at a word boundary with an ellipsis when longer than `max`.
 */
export function answerExcerpt(text: string, max = ANSWER_EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const boundary = cut.lastIndexOf(" ");
  // A single long word (a URL) is cut where it is, not dropped.
  return `${(boundary > max / 2 ? cut.slice(0, boundary) : cut).trimEnd()}…`;
}
