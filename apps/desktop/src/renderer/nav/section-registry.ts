import { can, type Permission, type Role } from "@emma/core";
import type { de } from "../i18n/de.ts";

type SectionTitle = keyof (typeof de)["nav"]["sections"];

export interface SectionDefinition {
  /** The first segment of the section's URL (`#/<path>`), also its id. */
  path: string;
  titleKey: `nav.sections.${SectionTitle}`;
  /** Without it the section is neither listed nor opened, also not by a pasted link. */
  permission: Permission;
  /** `g` then this letter opens the section; it must not clash with the queue keys (g m, u, t, a). */
  goKey: string;
  /**
   * "column": the section fills the first column and the open conversation and customer stay beside
   * it (inbox, search); "page": the section takes the whole window.
   */
  layout: "column" | "page";
}

/**
 * The console's sections, in the order the switcher shows them. To add one: an entry here, its title
 * in the `nav.sections` block of de.ts and en.ts, and its component in section-views.tsx (the types
 * ask for it). Its URL, its tab, its `g` key, its row in the `?` overlay and the go-to palette follow.
 * This file stays free of React: the shortcut registry reads it.
 */
export const SECTIONS = [
  {
    path: "inbox",
    titleKey: "nav.sections.inbox",
    permission: "conversation.read",
    goKey: "i",
    layout: "column",
  },
  {
    path: "search",
    titleKey: "nav.sections.search",
    permission: "customer.search",
    goKey: "s",
    layout: "column",
  },
  {
    path: "live",
    titleKey: "nav.sections.live",
    // It names every open conversation with its customer: the "all conversations" right.
    permission: "conversation.readAll",
    goKey: "l",
    layout: "page",
  },
  {
    path: "reports",
    titleKey: "nav.sections.reports",
    permission: "report.read",
    goKey: "r",
    layout: "page",
  },
  {
    path: "audit",
    titleKey: "nav.sections.audit",
    permission: "audit.read",
    goKey: "p",
    layout: "page",
  },
  {
    path: "duplicates",
    titleKey: "nav.sections.duplicates",
    // Open merge suggestions across all customers: a supervisor's review, surest first.
    permission: "merge.review",
    goKey: "d",
    layout: "page",
  },
  {
    path: "admin",
    titleKey: "nav.sections.admin",
    // Each admin page asks for its own right too; this one is an admin's alone.
    permission: "settings.manage",
    goKey: "v",
    layout: "page",
  },
] as const satisfies readonly SectionDefinition[];

export type Section = (typeof SECTIONS)[number];
export type SectionPath = Section["path"];

/** The section every role has and a bare URL opens. */
export const HOME_SECTION: SectionPath = "inbox";

export function sectionByPath(path: string): Section | undefined {
  return SECTIONS.find((section) => section.path === path);
}

/** The sections a role may open, in switcher order. */
export function sectionsFor(role: Role): Section[] {
  return SECTIONS.filter((section) => can(role, section.permission));
}

/** Whether the section takes the whole window rather than the first column. */
export function isPageSection(path: SectionPath): boolean {
  const section: SectionDefinition | undefined = sectionByPath(path);
  return section?.layout === "page";
}
