import { z } from "zod";
import type { Role } from "./roles.ts";

export const PERMISSIONS = [
  "customer.read",
  "customer.search",
  "timeline.read",
  "conversation.read",
  "conversation.readAll",
  "conversation.reply",
  "conversation.note",
  "conversation.assign",
  "conversation.assignOthers",
  "conversation.setStatus",
  "conversation.tag",
  "conversation.attachCustomer",
  "merge.read",
  "merge.perform",
  "merge.undo",
  // The desk-wide list of likely duplicates, best first, and its sweep over every customer.
  "merge.review",
  "user.manage",
  "team.manage",
  "team.read",
  "connector.manage",
  // Business hours, response targets and the other desk-wide settings reports and clocks read.
  "settings.manage",
  "audit.read",
  "report.read",
  "session.manageOwn",
  "cannedResponse.use",
  "cannedResponse.manage",
  // Recording what the customer said about being contacted (an opt-out, a renewed consent).
  "consent.record",
  // Handing a customer their data (GDPR Art. 15/20): everything Emma holds about them, as a file.
  "customer.export",
  // Asking for a customer's erasure (Art. 17); an admin's erasure.approve carries it out.
  "erasure.request",
  // The second pair of eyes: approving or refusing an erasure, and placing legal holds.
  "erasure.approve",
] as const;
export const permissionSchema = z
  .enum(PERMISSIONS)
  .describe("One thing a role may do, checked by every procedure");
export type Permission = z.infer<typeof permissionSchema>;

const AGENT: readonly Permission[] = [
  "customer.read",
  "customer.search",
  "timeline.read",
  "conversation.read",
  "conversation.reply",
  "conversation.note",
  // Agents assign conversations to themselves only; to anyone else needs conversation.assignOthers.
  "conversation.assign",
  "conversation.setStatus",
  // Tags are how agents sort their own work: anyone who works a conversation may tag it.
  "conversation.tag",
  // Whoever took an anonymous call may learn who it was and file it under that customer.
  "conversation.attachCustomer",
  "merge.read",
  "merge.perform",
  "session.manageOwn",
  "cannedResponse.use",
  // Whoever talks to the customer hears their wish about being contacted and must record it.
  "consent.record",
];

const SUPERVISOR: readonly Permission[] = [
  ...AGENT,
  // Undoing anyone's merge splits a history colleagues may rely on; agents undo only their own
  // (mayUndoMerge), which needs no permission beyond merge.perform.
  "merge.undo",
  "merge.review",
  "conversation.assignOthers",
  // The "all" queue: everything, not only the agent's own, unassigned and team queues.
  "conversation.readAll",
  "audit.read",
  "report.read",
  "team.read",
  // Canned responses speak for the whole desk: supervisors keep them, agents use them.
  "cannedResponse.manage",
  // Data requests from customers go through the supervisor, who sees the whole history.
  "customer.export",
  "erasure.request",
];

/** The permission matrix as data, so the console can hide what the API would refuse. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  agent: new Set(AGENT),
  supervisor: new Set(SUPERVISOR),
  admin: new Set(PERMISSIONS),
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

/** The permissions of a role in PERMISSIONS order, e.g. to send to the console with the session. */
export function permissionsOf(role: Role): Permission[] {
  return PERMISSIONS.filter((permission) => can(role, permission));
}
