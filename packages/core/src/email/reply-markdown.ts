import { Marked, type RendererObject, type Tokens } from "marked";

/** An e-mail reply in both forms a multipart/alternative mail carries. */
export interface RenderedReply {
  /** HTML for the text/html part; raw HTML typed by the agent is shown as text, never as markup. */
  html: string;
  /** The text/plain part, readable as is: lists as "- ", links as "text <url>", *bold* and _italic_. */
  text: string;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

// Agents write a small markdown (bold, italic, lists, links). HTML they type stays visible text, and
// images are links: a reply never loads anything from elsewhere when the customer opens it.
const htmlRenderer: RendererObject = {
  html: ({ text }) => escapeHtml(text),
  image: ({ href, text }) => `${escapeHtml(text)} &lt;${escapeHtml(href)}&gt;`,
};

const textRenderer: RendererObject = {
  space: () => "",
  paragraph({ tokens }) {
    return `${this.parser.parseInline(tokens)}\n\n`;
  },
  heading({ tokens }) {
    return `${this.parser.parseInline(tokens)}\n\n`;
  },
  blockquote({ tokens }) {
    const inner = this.parser.parse(tokens).trim();
    return `${inner
      .split("\n")
      .map((line) => (line === "" ? ">" : `> ${line}`))
      .join("\n")}\n\n`;
  },
  code: ({ text }) => `${text.replace(/^/gm, "    ")}\n\n`,
  hr: () => "----------\n\n",
  list(token) {
    const start = typeof token.start === "number" ? token.start : 1;
    const items = token.items.map((item, index) => {
      const marker = token.ordered ? `${String(start + index)}. ` : "- ";
      // A tight item's text and its nested list are separate blocks with no break between them.
      const body = item.tokens
        .map((block) => this.parser.parse([block]).trim())
        .filter((block) => block !== "")
        .join(item.loose ? "\n\n" : "\n");
      // Continuation lines (a nested list, a second paragraph) line up under the item's text.
      return marker + body.replace(/\n/g, `\n${" ".repeat(marker.length)}`);
    });
    return `${items.join("\n")}\n\n`;
  },
  checkbox: ({ checked }) => (checked ? "[x] " : "[ ] "),
  table(token) {
    const row = (cells: Tokens.TableCell[]) => cells.map((cell) => this.parser.parseInline(cell.tokens));
    return `${[row(token.header), ...token.rows.map(row)].map((cells) => cells.join(" | ")).join("\n")}\n\n`;
  },
  strong({ tokens }) {
    return `*${this.parser.parseInline(tokens)}*`;
  },
  em({ tokens }) {
    return `_${this.parser.parseInline(tokens)}_`;
  },
  del({ tokens }) {
    return this.parser.parseInline(tokens);
  },
  codespan: ({ text }) => text,
  br: () => "\n",
  link({ href, tokens }) {
    const label = this.parser.parseInline(tokens);
    return label === href || `mailto:${label}` === href ? label : `${label} <${href}>`;
  },
  image: ({ href, text }) => (text === "" ? href : `${text} <${href}>`),
  html: ({ text }) => text,
  text(token) {
    return "tokens" in token && token.tokens ? this.parser.parseInline(token.tokens) : token.text;
  },
};

// GFM with single line breaks kept: agents press Enter for a new line, as in any mail program.
const toHtml = new Marked({ gfm: true, breaks: true, renderer: htmlRenderer });
const toText = new Marked({ gfm: true, breaks: true, renderer: textRenderer });

/**
 * The agent's markdown as an e-mail's HTML and plain-text parts. The HTML still goes through the
 * e-mail sanitizer before it is stored or sent; the text part is what mail clients without HTML
 * show, so it keeps the structure in plain characters.
 */
export function renderReplyMarkdown(source: string): RenderedReply {
  const normalized = source.replace(/\r\n?/g, "\n");
  const html = toHtml.parse(normalized, { async: false });
  const text = unescapeEntities(toText.parse(normalized, { async: false }))
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { html: html.trim(), text };
}

// The lexer turns a backslash escape like \* into an HTML entity even for the text renderer.
function unescapeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity, name: string) => {
    const map: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
    return map[name] ?? entity;
  });
}
