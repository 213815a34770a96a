import type { UserRow } from "../../db/schema.ts";

/** What the users page shows of a sign-in delay: until when wrong passwords hold the account back. */
export interface SignInDelay {
  failures: number;
  until: string;
}

/** Never includes the password hash or a link's hash. */
export function presentUser(row: UserRow, teamIds: string[], signInDelay: SignInDelay | null = null) {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    locale: row.locale,
    active: row.active,
    teamIds,
    createdAt: row.created_at.toISOString(),
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
    mustChangePassword: row.must_change_password,
    /** A set-password link waits to be used until then; null when none is pending. */
    setPasswordLinkExpiresAt: row.set_password_token_expires_at?.toISOString() ?? null,
    signInDelay,
  };
}
export type UserView = ReturnType<typeof presentUser>;
