import type { AdminUser, HandoverLink } from "../admin-types.ts";

/** What the users page has open over its table. */
export type UserDialog =
  | { kind: "create" }
  | { kind: "edit"; user: AdminUser }
  | { kind: "activity"; user: AdminUser }
  | { kind: "reset"; user: AdminUser }
  | { kind: "link"; name: string; link: HandoverLink };
