import { z } from "zod";

/** The 360's sections, each collapsible; the agent's choice is kept per agent on this machine. */
export const SECTION_IDS = [
  "suggestions",
  "identities",
  "openConversations",
  "products",
  "consents",
  "merges",
  "access",
  "erasure",
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Who, how to reach and what needs doing stay open; the long lists open on demand. */
export const OPEN_BY_DEFAULT: Readonly<Record<SectionId, boolean>> = {
  suggestions: true,
  identities: true,
  openConversations: true,
  products: false,
  consents: false,
  merges: true,
  // Closed: opening it asks the audit log, and that reading is itself audited.
  access: false,
  // Closed: its summary shows an open request's state; the details are for the few who act on them.
  erasure: false,
};

/**
 * The most of the right-hand column the 360 may take, in percent; it scrolls on its own beyond that.
 * At most 75 %, so the timeline keeps a quarter of the column whatever is expanded.
 */
export const SHARE = { min: 15, max: 75, initial: 45, step: 5 } as const;

export function clampShare(share: number): number {
  return Math.min(SHARE.max, Math.max(SHARE.min, Math.round(share)));
}

/** The separator's keys: up gives the timeline room, down the 360, as the handle moves. */
export function shareAfterKey(share: number, key: string): number | null {
  switch (key) {
    case "ArrowUp":
      return clampShare(share - SHARE.step);
    case "ArrowDown":
      return clampShare(share + SHARE.step);
    case "PageUp":
      return clampShare(share - 3 * SHARE.step);
    case "PageDown":
      return clampShare(share + 3 * SHARE.step);
    case "Home":
      return SHARE.min;
    case "End":
      return SHARE.max;
    default:
      return null;
  }
}

/** Where the handle is dragged to, as the 360's share of the column. */
export function shareAtPointer(pointerY: number, columnTop: number, columnHeight: number): number {
  if (columnHeight <= 0) return SHARE.initial;
  return clampShare(((pointerY - columnTop) / columnHeight) * 100);
}

/** What localStorage holds per agent; read through the schema, as anything could be there. */
export const agentLayoutSchema = z.object({
  open: z.partialRecord(z.enum(SECTION_IDS), z.boolean()).default({}),
  share: z.number().min(SHARE.min).max(SHARE.max).optional(),
});
export type AgentLayout = z.infer<typeof agentLayoutSchema>;

export const storedLayoutsSchema = z.object({ byAgent: z.record(z.string(), agentLayoutSchema) });

export function sectionOpen(layout: AgentLayout | undefined, section: SectionId): boolean {
  return layout?.open[section] ?? OPEN_BY_DEFAULT[section];
}
