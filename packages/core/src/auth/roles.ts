import { z } from "zod";

/** Ordered by reach: each role can do everything the one before it can. */
export const ROLES = ["agent", "supervisor", "admin"] as const;
export const roleSchema = z
  .enum(ROLES)
  .describe(
    "agent: works conversations; supervisor: also oversees teams, undoes merges, reads audit; admin: everything",
  );
export type Role = z.infer<typeof roleSchema>;
