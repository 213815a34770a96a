import { describe, expect, it } from "vitest";
import { macroCreateInputSchema, type MacroActions } from "../contracts/macros.ts";
import { permissionsForPlan, planMacro, type MacroContext } from "./plan-macro.ts";

const me = "11111111-1111-4111-8111-111111111111";
const colleague = "22222222-2222-4222-8222-222222222222";
const team = "33333333-3333-4333-8333-333333333333";

const context: MacroContext = {
  callerId: me,
  agentName: "Nina Krause",
  customerName: "Dr. Anna Schneider",
  currentAssigneeId: colleague,
  currentTeamId: null,
};

const cardBlocked: MacroActions = {
  reply: "Hallo {{customer.firstName}}, Ihre Karte ist gesperrt. {{agent.name}}",
  addTags: ["kündigung"],
  assignee: { to: "me" },
  assignTeamId: null,
  status: "resolved",
};

describe("planMacro", () => {
  it("fills the reply as the customer will read it and assigns to whoever applies it", () => {
    expect(planMacro(cardBlocked, context)).toEqual({
      ok: true,
      plan: {
        reply: "Hallo Anna, Ihre Karte ist gesperrt. Nina Krause",
        addTags: ["kündigung"],
        assignment: { assigneeId: me, teamId: null },
        status: "resolved",
      },
    });
  });

  it("refuses a reply whose placeholders this conversation cannot fill, naming them", () => {
    expect(planMacro(cardBlocked, { ...context, customerName: "+49 30 1234567" })).toEqual({
      ok: false,
      unresolved: ["{{customer.firstName}}"],
    });
  });

  it("keeps the assignee when it only routes to another team, and leaves assignment alone otherwise", () => {
    const routeOnly: MacroActions = {
      ...cardBlocked,
      reply: null,
      assignee: { to: "keep" },
      assignTeamId: team,
    };
    expect(planMacro(routeOnly, context)).toMatchObject({
      plan: { reply: null, assignment: { assigneeId: colleague, teamId: team } },
    });
    const keep: MacroActions = { ...routeOnly, assignTeamId: null };
    expect(planMacro(keep, context)).toMatchObject({ plan: { assignment: null } });
    const nobody: MacroActions = { ...keep, assignee: { to: "nobody" } };
    expect(planMacro(nobody, context)).toMatchObject({ plan: { assignment: { assigneeId: null } } });
  });

  it("leaves out an assignment that changes nothing, so the thread gets no empty line", () => {
    const alreadyMine = { ...context, currentAssigneeId: me, currentTeamId: team };
    expect(planMacro(cardBlocked, alreadyMine)).toMatchObject({ plan: { assignment: null } });
    expect(planMacro({ ...cardBlocked, assignTeamId: team }, alreadyMine)).toMatchObject({
      plan: { assignment: null },
    });
  });
});

describe("permissionsForPlan", () => {
  it("asks for assignOthers only when the macro assigns someone else", () => {
    const unassigned = { ...context, currentAssigneeId: null };
    const mine = planMacro(cardBlocked, unassigned);
    const other = planMacro({ ...cardBlocked, assignee: { to: "user", userId: colleague } }, unassigned);
    if (!mine.ok || !other.ok) throw new Error("plans expected");
    expect(permissionsForPlan(mine.plan, me)).toEqual([
      "conversation.reply",
      "conversation.assign",
      "conversation.tag",
      "conversation.setStatus",
    ]);
    expect(permissionsForPlan(other.plan, me)).toContain("conversation.assignOthers");
    expect(permissionsForPlan(other.plan, colleague)).not.toContain("conversation.assignOthers");
  });
});

describe("macroCreateInputSchema", () => {
  it("refuses a macro that would change nothing, saying what it needs", () => {
    const result = macroCreateInputSchema.safeParse({ title: "Leer", reply: "   " });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/needs a reply or at least one action/);
  });

  it("normalizes tags and accepts actions only", () => {
    const parsed = macroCreateInputSchema.parse({ title: "Nur Tag", addTags: [" Kündigung "], key: "3" });
    expect(parsed).toMatchObject({ reply: null, addTags: ["kündigung"], assignee: { to: "keep" }, key: "3" });
    expect(macroCreateInputSchema.safeParse({ title: "x", status: "pending", key: "0" }).success).toBe(false);
  });
});
