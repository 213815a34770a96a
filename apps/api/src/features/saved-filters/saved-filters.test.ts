import type { QueueView } from "@emma/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const callbacks: QueueView = {
  queue: "mine",
  statuses: ["open", "pending"],
  tag: "rückruf",
  order: "waiting",
};

describe("saved queue views", () => {
  it("keeps each agent's views for that agent only", async () => {
    const agent = t.caller("agent");
    const saved = await agent.savedFilters.save({ name: " Rückrufe ", view: callbacks });
    expect(saved).toMatchObject({ name: "Rückrufe", view: callbacks });
    expect(await agent.savedFilters.list()).toEqual([saved]);
    expect(await t.caller("supervisor").savedFilters.list()).toEqual([]);
  });

  it("replaces a view saved again under the same name, whatever the case", async () => {
    const agent = t.caller("agent");
    const newest = { ...callbacks, order: "newest" as const };
    await agent.savedFilters.save({ name: "RÜCKRUFE", view: newest });
    const views = await agent.savedFilters.list();
    expect(views.map((v) => [v.name, v.view.order])).toEqual([["RÜCKRUFE", "newest"]]);
  });

  it("lets nobody delete a colleague's view, and the owner delete their own", async () => {
    const agent = t.caller("agent");
    const [view] = await agent.savedFilters.list();
    if (!view) throw new Error("no saved view");
    await expect(t.caller("supervisor").savedFilters.delete({ id: view.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await agent.savedFilters.delete({ id: view.id });
    expect(await agent.savedFilters.list()).toEqual([]);
  });

  it("asks for a name", async () => {
    await expect(t.caller("agent").savedFilters.save({ name: "   ", view: callbacks })).rejects.toMatchObject(
      {
        code: "BAD_REQUEST",
      },
    );
  });
});
