import { z } from "zod";
import type { Role } from "./roles.ts";

/**
 * Why a change to a user account was refused, for the console to word in the admin's language.
 * email_taken: another account has this e-mail; last_admin: the change would leave no active admin;
 * own_admin_rights: an admin may not deactivate themselves or give up their own admin role;
 * link_invalid: a set-password link is unknown, used or expired.
 */
export const USER_REFUSALS = ["email_taken", "last_admin", "own_admin_rights", "link_invalid"] as const;
export const userRefusalSchema = z.enum(USER_REFUSALS).describe("Why a change to a user account was refused");
export type UserRefusal = z.infer<typeof userRefusalSchema>;

/** One-time set-password links end after this: long enough to hand over across a weekend. */
export const SET_PASSWORD_LINK_TTL_MS = 72 * 60 * 60_000;

export interface AccountChange {
  actorUserId: string | null;
  target: { id: string; role: Role; active: boolean };
  /** What the change sets; an absent field stays as it is. */
  role?: Role | undefined;
  active?: boolean | undefined;
  /** Active admins besides the target, counted under a lock on them. */
  otherActiveAdmins: number;
}

/**
 * Whether a change to a user's role or activity may go ahead: there must always be one active
 * admin, and an admin does not lock themselves out by a slip of the mouse.
 */
export function accountChangeRefusal(change: AccountChange): UserRefusal | null {
  const role = change.role ?? change.target.role;
  const active = change.active ?? change.target.active;
  const stopsBeingAdmin =
    change.target.role === "admin" && change.target.active && (role !== "admin" || !active);
  if (!stopsBeingAdmin) return null;
  if (change.otherActiveAdmins === 0) return "last_admin";
  if (change.actorUserId === change.target.id) return "own_admin_rights";
  return null;
}
