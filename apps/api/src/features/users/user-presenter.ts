import type { UserRow } from "../../db/schema.ts";

/** Never includes the password hash. */
export function presentUser(row: UserRow, teamIds: string[]) {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    locale: row.locale,
    active: row.active,
    teamIds,
    createdAt: row.created_at.toISOString(),
  };
}
export type UserView = ReturnType<typeof presentUser>;
