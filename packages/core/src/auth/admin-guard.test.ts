import { describe, expect, it } from "vitest";
import { accountChangeRefusal, type AccountChange } from "./admin-guard.ts";

const admin = { id: "a", role: "admin", active: true } as const;
const base: AccountChange = { actorUserId: "other", target: admin, otherActiveAdmins: 1 };

describe("accountChangeRefusal", () => {
  it("refuses to demote or deactivate the last active admin, whoever asks", () => {
    expect(accountChangeRefusal({ ...base, role: "supervisor", otherActiveAdmins: 0 })).toBe("last_admin");
    expect(accountChangeRefusal({ ...base, active: false, otherActiveAdmins: 0 })).toBe("last_admin");
    expect(accountChangeRefusal({ ...base, actorUserId: "a", active: false, otherActiveAdmins: 0 })).toBe(
      "last_admin",
    );
  });

  it("refuses an admin taking away their own admin rights while others remain", () => {
    expect(accountChangeRefusal({ ...base, actorUserId: "a", role: "agent" })).toBe("own_admin_rights");
    expect(accountChangeRefusal({ ...base, actorUserId: "a", active: false })).toBe("own_admin_rights");
  });

  it("lets another admin demote or deactivate an admin when one stays", () => {
    expect(accountChangeRefusal({ ...base, role: "agent" })).toBeNull();
    expect(accountChangeRefusal({ ...base, active: false })).toBeNull();
  });

  it("lets changes pass that keep the admin an active admin, or concern no active admin", () => {
    expect(
      accountChangeRefusal({ ...base, actorUserId: "a", role: "admin", active: true, otherActiveAdmins: 0 }),
    ).toBeNull();
    const agent = { id: "b", role: "agent", active: true } as const;
    expect(accountChangeRefusal({ ...base, target: agent, active: false, otherActiveAdmins: 0 })).toBeNull();
    const inactiveAdmin = { id: "c", role: "admin", active: false } as const;
    expect(
      accountChangeRefusal({ ...base, target: inactiveAdmin, role: "agent", otherActiveAdmins: 0 }),
    ).toBeNull();
  });
});
