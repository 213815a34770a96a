import { describe, expect, it } from "vitest";
import { PERMISSIONS, can, permissionSchema, permissionsOf, type Permission } from "./permissions.ts";
import { ROLES, roleSchema, type Role } from "./roles.ts";

// Written out by hand on purpose: a change to the matrix must be a change to this table too.
//                                             agent  supervisor admin
const EXPECTED: Record<Permission, [boolean, boolean, boolean]> = {
  "customer.read": [true, true, true],
  "customer.search": [true, true, true],
  "timeline.read": [true, true, true],
  "conversation.read": [true, true, true],
  "conversation.readAll": [false, true, true],
  "conversation.reply": [true, true, true],
  "conversation.note": [true, true, true],
  "conversation.assign": [true, true, true],
  "conversation.assignOthers": [false, true, true],
  "conversation.setStatus": [true, true, true],
  "conversation.tag": [true, true, true],
  "conversation.attachCustomer": [true, true, true],
  "merge.read": [true, true, true],
  "merge.perform": [true, true, true],
  "merge.undo": [false, true, true],
  "merge.review": [false, true, true],
  "user.manage": [false, false, true],
  "team.manage": [false, false, true],
  "team.read": [false, true, true],
  "connector.manage": [false, false, true],
  "settings.manage": [false, false, true],
  "audit.read": [false, true, true],
  "report.read": [false, true, true],
  "session.manageOwn": [true, true, true],
  "cannedResponse.use": [true, true, true],
  "cannedResponse.manage": [false, true, true],
  "consent.record": [true, true, true],
  "customer.export": [false, true, true],
  "erasure.request": [false, true, true],
  "erasure.approve": [false, false, true],
};

describe("can", () => {
  const cases = PERMISSIONS.flatMap((permission) =>
    ROLES.map((role, index) => ({ role, permission, allowed: EXPECTED[permission][index] })),
  );

  it.each(cases)("$role → $permission is $allowed", ({ role, permission, allowed }) => {
    expect(can(role, permission)).toBe(allowed);
  });

  it("the expected table covers every permission", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSIONS].sort());
  });

  it("each role can do everything the role below it can", () => {
    const [agent, supervisor, admin] = ROLES.map((role: Role) => new Set(permissionsOf(role)));
    expect([...(agent ?? [])].every((p) => supervisor?.has(p))).toBe(true);
    expect([...(supervisor ?? [])].every((p) => admin?.has(p))).toBe(true);
    expect(admin?.size).toBe(PERMISSIONS.length);
  });
});

describe("schemas", () => {
  it("reject roles and permissions that do not exist", () => {
    expect(roleSchema.safeParse("root").success).toBe(false);
    expect(permissionSchema.safeParse("merge.everything").success).toBe(false);
    expect(roleSchema.parse("supervisor")).toBe("supervisor");
  });
});
