import type { Role } from "@emma/core";
import { DEMO_TEAMS, type DemoTeamName, type Locale } from "./types.ts";

/** The one password of every demo user. Demo data only: never seed it into a real installation. */
export const DEMO_PASSWORD = "emma-demo";

export interface DemoUser {
  /** Login name; unique, case-insensitively (users_email_key). */
  email: string;
  displayName: string;
  role: Role;
  locale: Locale;
  /** The teams this user is a member of. */
  teams: DemoTeamName[];
}

export interface DemoTeam {
  name: DemoTeamName;
  /** Emails of the members. */
  members: string[];
}

export interface DemoStaff {
  users: DemoUser[];
  teams: DemoTeam[];
}

type StaffEntry = readonly [
  first: string,
  last: string,
  role: Role,
  teams: readonly DemoTeamName[],
  locale?: Locale,
];

// Supervisors are members of the teams they oversee; the admin is in none.
const STAFF: readonly StaffEntry[] = [
  ["Anna", "Albrecht", "admin", []],
  ["Stefan", "Sommer", "supervisor", ["Karten & Zahlungsverkehr", "Social Media"]],
  ["Petra", "Lindner", "supervisor", ["Privatkunden", "Baufinanzierung"]],
  ["Nina", "Krause", "agent", ["Karten & Zahlungsverkehr"]],
  ["Mehmet", "Yıldırım", "agent", ["Karten & Zahlungsverkehr"]],
  ["Julia", "Hoffmann", "agent", ["Privatkunden", "Baufinanzierung"]],
  ["Tobias", "Wenzel", "agent", ["Privatkunden", "Karten & Zahlungsverkehr"]],
  ["Lea", "Schubert", "agent", ["Privatkunden", "Social Media"]],
  ["Kevin", "O'Neill", "agent", ["Social Media"], "en"],
  ["Sophie", "Brandt", "agent", ["Social Media"]],
  ["Jan", "Kowalczyk", "agent", ["Privatkunden", "Baufinanzierung"]],
];

function users(): DemoUser[] {
  return STAFF.map(([first, last, role, teams, locale]) => ({
    email: `${first.toLowerCase()}.${role}@emma.example`,
    displayName: `${first} ${last}`,
    role,
    locale: locale ?? "de",
    teams: [...teams],
  }));
}

/** Users and teams for the demo; constant, so it takes no seed. Fresh objects on every call. */
export function demoStaff(): DemoStaff {
  const all = users();
  return {
    users: all,
    teams: DEMO_TEAMS.map((name) => ({
      name,
      members: all.filter((u) => u.teams.includes(name)).map((u) => u.email),
    })),
  };
}

/** The agents of a team, by display name: who signs the team's answers. */
export function teamAgents(team: DemoTeamName): readonly string[] {
  return STAFF.filter(([, , role, teams]) => role === "agent" && teams.includes(team)).map(
    ([first, last]) => `${first} ${last}`,
  );
}
