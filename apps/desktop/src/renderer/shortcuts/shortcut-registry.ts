import type { de } from "../i18n/de.ts";
import { SECTIONS, type Section } from "../nav/section-registry.ts";

/** Where a shortcut works; the `?` overlay shows them in this order. */
export const SHORTCUT_GROUPS = ["global", "list", "conversation", "composer"] as const;
export type ShortcutGroup = (typeof SHORTCUT_GROUPS)[number];

type ShortcutsLabel = Exclude<keyof (typeof de)["shortcuts"], "title" | "groups" | "then">;
/** A feature's label kept in the feature's own i18n section, as "section.key". */
type FeatureLabel =
  | "community.shortcut"
  | Section["titleKey"]
  | "nav.shortcuts.palette"
  | "nav.shortcuts.back"
  | "nav.shortcuts.forward";
type ShortcutLabel = ShortcutsLabel | FeatureLabel;

/** The i18n key of a shortcut's label: `shortcuts.*`, or the feature's own. */
export function shortcutLabelKey(label: ShortcutLabel): `shortcuts.${ShortcutsLabel}` | FeatureLabel {
  return isFeatureLabel(label) ? label : `shortcuts.${label}`;
}

function isFeatureLabel(label: ShortcutLabel): label is FeatureLabel {
  return label.includes(".");
}

export interface ShortcutDefinition {
  id: string;
  group: ShortcutGroup;
  /**
   * What the agent presses, each entry an alternative. A single character or a named key is one
   * press; "g m" is g, then m; "Ctrl+Enter" a combination (those are handled by their component).
   */
  keys: readonly string[];
  label: ShortcutLabel;
  /**
   * "keys": single presses and sequences dispatched by useShortcutKeys from this list; "component":
   * handled where the focus is (a text field, the list), listed here so the overlay shows them.
   */
  handledBy: "keys" | "component";
}

/**
 * Every shortcut of the console, once: the key handler and the `?` overlay both read this list, so
 * what the overlay says is what the keys do. To add one, add a line here, its label in de.ts and
 * en.ts (`shortcuts.*`), and, for handledBy "keys", its action where the group's actions are
 * registered (useShortcutActions); the types refuse a "keys" shortcut without an action. The
 * sections' `g` keys are not listed here: they follow from the section registry (below).
 */
const FIXED_SHORTCUTS = [
  { id: "search", group: "global", keys: ["/"], label: "search", handledBy: "keys" },
  {
    id: "searchResults",
    group: "global",
    keys: ["Enter"],
    label: "searchResults",
    handledBy: "component",
  },
  { id: "help", group: "global", keys: ["?"], label: "help", handledBy: "keys" },
  { id: "queueMine", group: "global", keys: ["g m"], label: "queueMine", handledBy: "keys" },
  { id: "queueUnassigned", group: "global", keys: ["g u"], label: "queueUnassigned", handledBy: "keys" },
  { id: "queueTeam", group: "global", keys: ["g t"], label: "queueTeam", handledBy: "keys" },
  { id: "queueAll", group: "global", keys: ["g a"], label: "queueAll", handledBy: "keys" },
  { id: "openCall", group: "global", keys: ["Alt+Enter"], label: "openCall", handledBy: "component" },
  { id: "dismissCall", group: "global", keys: ["Alt+Delete"], label: "dismissCall", handledBy: "component" },
  { id: "close", group: "global", keys: ["Esc"], label: "close", handledBy: "component" },
  {
    id: "palette",
    group: "global",
    keys: ["Ctrl+K"],
    label: "nav.shortcuts.palette",
    handledBy: "component",
  },
  { id: "back", group: "global", keys: ["Alt+←"], label: "nav.shortcuts.back", handledBy: "component" },
  { id: "forward", group: "global", keys: ["Alt+→"], label: "nav.shortcuts.forward", handledBy: "component" },
  { id: "next", group: "list", keys: ["j", "↓"], label: "next", handledBy: "component" },
  { id: "previous", group: "list", keys: ["k", "↑"], label: "previous", handledBy: "component" },
  { id: "order", group: "list", keys: ["o"], label: "order", handledBy: "component" },
  { id: "select", group: "list", keys: ["x"], label: "select", handledBy: "component" },
  { id: "selectRange", group: "list", keys: ["Shift+x"], label: "selectRange", handledBy: "component" },
  { id: "reply", group: "conversation", keys: ["r"], label: "reply", handledBy: "keys" },
  { id: "note", group: "conversation", keys: ["n"], label: "note", handledBy: "keys" },
  { id: "macros", group: "conversation", keys: ["m"], label: "macros", handledBy: "keys" },
  { id: "resolve", group: "conversation", keys: ["e"], label: "resolve", handledBy: "keys" },
  { id: "pending", group: "conversation", keys: ["p"], label: "pending", handledBy: "keys" },
  { id: "assignToMe", group: "conversation", keys: ["i"], label: "assignToMe", handledBy: "keys" },
  { id: "assign", group: "conversation", keys: ["a"], label: "assign", handledBy: "keys" },
  { id: "snooze", group: "conversation", keys: ["z"], label: "snooze", handledBy: "keys" },
  {
    id: "communityLink",
    group: "conversation",
    keys: ["c"],
    label: "community.shortcut",
    handledBy: "keys",
  },
  { id: "canned", group: "composer", keys: ["/", "Ctrl+/"], label: "canned", handledBy: "component" },
  { id: "send", group: "composer", keys: ["Ctrl+Enter"], label: "send", handledBy: "component" },
  {
    id: "sendResolved",
    group: "composer",
    keys: ["Ctrl+Shift+Enter"],
    label: "sendResolved",
    handledBy: "component",
  },
  {
    id: "sendPending",
    group: "composer",
    keys: ["Ctrl+Alt+Enter"],
    label: "sendPending",
    handledBy: "component",
  },
  { id: "bold", group: "composer", keys: ["Ctrl+B"], label: "bold", handledBy: "component" },
  { id: "italic", group: "composer", keys: ["Ctrl+I"], label: "italic", handledBy: "component" },
] as const satisfies readonly ShortcutDefinition[];

/** The shortcut that opens a section: `g` and the section's letter, labelled with its title. */
export type SectionShortcutId = `section.${Section["path"]}`;

export function sectionShortcutId(section: Section): SectionShortcutId {
  return `section.${section.path}`;
}

// Derived from the section registry, so a new section gets its key without a line here.
const SECTION_SHORTCUTS = SECTIONS.map((section) => ({
  id: sectionShortcutId(section),
  group: "global" as const,
  keys: [`g ${section.goKey}`] as const,
  label: section.titleKey,
  handledBy: "keys" as const,
}));

export const SHORTCUTS: readonly ((typeof FIXED_SHORTCUTS)[number] | (typeof SECTION_SHORTCUTS)[number])[] = [
  ...FIXED_SHORTCUTS,
  ...SECTION_SHORTCUTS,
] satisfies readonly ShortcutDefinition[];

type Registry = (typeof SHORTCUTS)[number];
export type ShortcutId = Registry["id"];

/** The shortcuts of a group that useShortcutKeys dispatches: each needs an action. */
export type KeyShortcutId<G extends ShortcutGroup> = Extract<Registry, { group: G; handledBy: "keys" }>["id"];

/** A group's actions: one per dispatched shortcut, so none can be listed without doing anything. */
export type ShortcutActions<G extends ShortcutGroup> = Record<KeyShortcutId<G>, () => void>;
