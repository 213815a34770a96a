import sanitize from "sanitize-html";
import { NON_TEXT_TAGS } from "./email-html-policy.ts";

// Marks a line break through sanitize-html, which collapses all whitespace in text; a private-use character.
const BREAK = "\uE000";
const BLOCK_END =
  /<\/(?:p|div|h[1-6]|li|tr|blockquote|pre|table|ul|ol|dl|dt|dd|address|center|section|article|header|footer)\s*>|<(?:br|hr)\b[^>]*>/gi;
const CELL_END = /<\/t[dh]\s*>/gi;
const ESCAPED: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/**
 * A plain-text rendering of HTML for search and previews. Not a sanitizer for HTML output:
 * the result is text and must be shown as text.
 */
export function htmlToText(html: string): string {
  const marked = html.replaceAll(BREAK, "").replace(BLOCK_END, `$&${BREAK}`).replace(CELL_END, "$& ");
  const text = sanitize(marked, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: NON_TEXT_TAGS,
    textFilter: (chunk) => chunk.replace(/\s+/g, " "),
  });
  // sanitize-html escapes text even with no tags left; the entities it writes are exactly these.
  return text
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ESCAPED[entity] ?? entity)
    .split(BREAK)
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
