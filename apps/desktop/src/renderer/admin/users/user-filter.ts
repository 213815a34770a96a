import { matchScore } from "../../ui/filter-match.ts";

/** What the users page's filter box searches: what the admin sees in the row, in their language. */
export interface UserFilterText {
  displayName: string;
  email: string;
  roleLabel: string;
  teamNames: readonly string[];
}

/** Whether a user's row stays visible for `query`: every word must occur in name, e-mail, role or team. */
export function userMatches(query: string, user: UserFilterText): boolean {
  return (
    matchScore(query, user.displayName, [user.email, user.roleLabel, ...user.teamNames].join(" ")) !== null
  );
}
