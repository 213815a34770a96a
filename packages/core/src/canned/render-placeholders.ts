/**
 * The placeholders a canned response may use. Values are filled in by the console from the open
 * conversation and the signed-in agent.
 */
export const PLACEHOLDERS = ["customer.firstName", "customer.name", "agent.name"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export type PlaceholderValues = Partial<Record<Placeholder, string | null>>;

export interface RenderedText {
  text: string;
  /** Placeholders left as written: unknown names, or known ones without a value (e.g. no customer name). */
  unresolved: string[];
}

// `{{ name }}` with optional spaces; names are dotted words. Anything else is plain text.
const PLACEHOLDER = /\{\{\s*([A-Za-z][\w.]*)\s*\}\}/g;

function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/**
 * Fills `{{customer.firstName}}`, `{{customer.name}}` and `{{agent.name}}`. Whatever cannot be filled
 * stays visible exactly as written, so the agent sees it before sending instead of the customer
 * reading an empty gap; it never throws.
 */
export function renderPlaceholders(template: string, values: PlaceholderValues): RenderedText {
  const unresolved: string[] = [];
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = isPlaceholder(name) ? values[name]?.trim() : undefined;
    if (value) return value;
    if (!unresolved.includes(whole)) unresolved.push(whole);
    return whole;
  });
  return { text, unresolved };
}

// Salutations and titles written before a name; "Dr. Anna Schneider" is addressed as Anna.
const TITLES = new Set(["dr", "prof", "herr", "frau", "mr", "mrs", "ms", "mx", "dipl", "ing"]);

/**
 * The first name in a display name, for "Hallo Anna": the first word that is not a title.
 * Null when the name has no letters (an unknown caller is named after the number).
 */
export function firstNameOf(displayName: string | null | undefined): string | null {
  if (!displayName || !/\p{L}/u.test(displayName)) return null;
  const words = displayName.trim().split(/\s+/);
  const first = words.find((word) => !TITLES.has(word.replace(/\.$/, "").toLowerCase()));
  return first ?? null;
}
