import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoStaff } from "./staff.ts";
import { DEMO_TEAMS } from "./types.ts";

describe("demoStaff", () => {
  const staff = demoStaff();

  it("has an admin, two supervisors and eight agents with unique logins", () => {
    const roles = staff.users.map((u) => u.role);
    expect(roles.filter((r) => r === "admin")).toHaveLength(1);
    expect(roles.filter((r) => r === "supervisor")).toHaveLength(2);
    expect(roles.filter((r) => r === "agent")).toHaveLength(8);
    const emails = staff.users.map((u) => u.email.toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails).toContain("anna.admin@emma.example");
    expect(DEMO_PASSWORD).toBe("emma-demo");
  });

  it("puts agents in every team, and teams and users agree on membership", () => {
    expect(staff.teams.map((t) => t.name)).toEqual([...DEMO_TEAMS]);
    for (const team of staff.teams) {
      const members = staff.users.filter((u) => team.members.includes(u.email));
      expect(
        members.some((u) => u.role === "agent"),
        team.name,
      ).toBe(true);
      for (const user of staff.users)
        expect(user.teams.includes(team.name)).toBe(team.members.includes(user.email));
    }
  });

  it("returns fresh objects, so a caller cannot change the next call's result", () => {
    staff.users[0]?.teams.push("Social Media");
    expect(demoStaff().users[0]?.teams).toEqual([]);
  });
});
