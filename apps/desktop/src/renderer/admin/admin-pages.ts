import { can, type Permission, type Role } from "@emma/core";
import type { de } from "../i18n/de.ts";

type AdminPageTitle = keyof (typeof de)["admin"]["pages"];

export interface AdminPageDefinition {
  /** The second segment of the URL: `#/admin/<path>`. */
  path: string;
  titleKey: `admin.pages.${AdminPageTitle}`;
  /** The API refuses the page's procedures without it; the console does not offer the page. */
  permission: Permission;
}

/**
 * The admin area's pages, in the order its menu shows them. To add one: an entry here, its title in
 * `admin.pages` of de.ts and en.ts, and its component in admin-page-views.tsx (the types ask for it).
 * Free of React, so routes and tests read it without rendering.
 */
export const ADMIN_PAGES = [
  { path: "users", titleKey: "admin.pages.users", permission: "user.manage" },
  { path: "teams", titleKey: "admin.pages.teams", permission: "team.manage" },
  { path: "connectors", titleKey: "admin.pages.connectors", permission: "connector.manage" },
  { path: "holdings-import", titleKey: "admin.pages.integrations", permission: "connector.manage" },
  { path: "service-hours", titleKey: "admin.pages.serviceHours", permission: "settings.manage" },
  { path: "retention", titleKey: "admin.pages.retention", permission: "settings.manage" },
  { path: "matching", titleKey: "admin.pages.matching", permission: "settings.manage" },
  { path: "erasure-requests", titleKey: "admin.pages.erasureRequests", permission: "erasure.approve" },
] as const satisfies readonly AdminPageDefinition[];

export type AdminPage = (typeof ADMIN_PAGES)[number];
export type AdminPagePath = AdminPage["path"];

export function adminPagesFor(role: Role): AdminPage[] {
  return ADMIN_PAGES.filter((page) => can(role, page.permission));
}

/** The page a URL names, if the role may open it; else the role's first page (or none at all). */
export function adminPageOf(role: Role, path: string | undefined): AdminPage | undefined {
  const pages = adminPagesFor(role);
  return pages.find((page) => page.path === path) ?? pages[0];
}
