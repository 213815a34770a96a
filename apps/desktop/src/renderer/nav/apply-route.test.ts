// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { NO_FILTERS } from "../search/search-filters.ts";
import { useSearchStore } from "../search/search-store.ts";
import { useUiStore } from "../state/ui-store.ts";
import { applyRoute, type RecordReader } from "./apply-route.ts";
import { useNavStore } from "./nav-store.ts";

const CONVERSATION = "6f1c1b9e-2d7a-4c55-9a51-0d7a3b1e2f10";
const CUSTOMER = "0b8f7c1a-5e3d-4f2a-8c9b-1a2b3c4d5e6f";
const SURVIVOR = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

const reader: RecordReader = {
  conversationCustomer: (id) =>
    id === CONVERSATION ? Promise.resolve(CUSTOMER) : Promise.reject(new Error("NOT_FOUND")),
  // A merged-away customer answers with the one it went into.
  customer: (id) => (id === CUSTOMER ? Promise.resolve(SURVIVOR) : Promise.reject(new Error("NOT_FOUND"))),
};

function shown() {
  const ui = useUiStore.getState();
  return {
    section: useNavStore.getState().section,
    conversation: ui.conversationId,
    customer: ui.customerId,
  };
}

describe("applyRoute", () => {
  beforeEach(() => {
    useUiStore.getState().reset();
    useNavStore.getState().reset();
    useSearchStore.getState().reset();
  });

  it("opens a linked conversation with its customer, read first", async () => {
    const problem = await applyRoute(
      { kind: "inbox", open: { kind: "conversation", id: CONVERSATION } },
      "agent",
      reader,
    );
    expect(problem).toBeNull();
    expect(shown()).toEqual({ section: "inbox", conversation: CONVERSATION, customer: CUSTOMER });
  });

  it("opens a linked customer by its live id, with no conversation", async () => {
    useUiStore.getState().openConversation(CONVERSATION, CUSTOMER);
    await applyRoute({ kind: "inbox", open: { kind: "customer", id: CUSTOMER } }, "agent", reader);
    expect(shown()).toEqual({ section: "inbox", conversation: null, customer: SURVIVOR });
  });

  it("says why a record cannot be opened and leaves the view as it was", async () => {
    useUiStore.getState().openConversation(CONVERSATION, CUSTOMER);
    const other = "11111111-2222-4333-8444-555555555555";
    expect(await applyRoute({ kind: "inbox", open: { kind: "customer", id: other } }, "agent", reader)).toBe(
      "customer",
    );
    expect(
      await applyRoute(
        { kind: "search", text: "x", filters: NO_FILTERS, open: { kind: "conversation", id: other } },
        "agent",
        reader,
      ),
    ).toBe("conversation");
    expect(await applyRoute({ kind: "bad", reason: "bad-id" }, "agent", reader)).toBe("bad-id");
    expect(shown()).toEqual({ section: "inbox", conversation: CONVERSATION, customer: CUSTOMER });
    expect(useSearchStore.getState().text).toBe("");
  });

  it("shows a linked search with its filters, and the bare inbox with nothing open", async () => {
    const filters = { ...NO_FILTERS, channels: ["phone" as const] };
    await applyRoute({ kind: "search", text: "Müller", filters, open: null }, "agent", reader);
    expect(shown().section).toBe("search");
    expect(useSearchStore.getState()).toMatchObject({ text: "Müller", filters });
    useUiStore.getState().openConversation(CONVERSATION, CUSTOMER);
    await applyRoute({ kind: "inbox", open: null }, "agent", reader);
    expect(shown()).toEqual({ section: "inbox", conversation: null, customer: null });
  });

  it("refuses a section that is not registered, and one the role may not open", async () => {
    expect(
      await applyRoute({ kind: "section", path: "nowhere", rest: [], params: {} }, "admin", reader),
    ).toBe("section");
    expect(shown().section).toBe("inbox");
    expect(await applyRoute({ kind: "section", path: "audit", rest: [], params: {} }, "agent", reader)).toBe(
      "section",
    );
    expect(shown().section).toBe("inbox");
  });
});
