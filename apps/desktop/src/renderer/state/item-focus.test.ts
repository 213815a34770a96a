import { describe, expect, it } from "vitest";
import { viewOfFoundItem } from "./item-focus.ts";

const EVENT = "00000000-0000-4000-8000-000000000001";
const CONVERSATION = "00000000-0000-4000-8000-000000000002";
const CUSTOMER = "00000000-0000-4000-8000-000000000003";
const OTHER_CONVERSATION = "00000000-0000-4000-8000-000000000004";

describe("opening a found item", () => {
  it("opens its conversation and asks the thread to show the item", () => {
    const view = viewOfFoundItem(
      { eventId: EVENT, conversationId: CONVERSATION, customerId: CUSTOMER },
      { conversationId: OTHER_CONVERSATION, customerId: null },
    );
    expect(view).toEqual({
      conversationId: CONVERSATION,
      customerId: CUSTOMER,
      itemFocus: { eventId: EVENT, conversationId: CONVERSATION, customerId: CUSTOMER, place: "thread" },
    });
  });

  it("shows an unknown caller's item in their conversation, without a customer", () => {
    const view = viewOfFoundItem(
      { eventId: EVENT, conversationId: CONVERSATION, customerId: null },
      { conversationId: null, customerId: CUSTOMER },
    );
    expect(view?.customerId).toBeNull();
    expect(view?.itemFocus.place).toBe("thread");
  });

  it("finds an item outside any conversation in the customer's timeline, keeping their open conversation", () => {
    const item = { eventId: EVENT, conversationId: null, customerId: CUSTOMER };
    expect(viewOfFoundItem(item, { conversationId: OTHER_CONVERSATION, customerId: CUSTOMER })).toMatchObject(
      {
        conversationId: OTHER_CONVERSATION,
        itemFocus: { place: "timeline" },
      },
    );
    expect(viewOfFoundItem(item, { conversationId: OTHER_CONVERSATION, customerId: null })).toMatchObject({
      conversationId: null,
      customerId: CUSTOMER,
    });
  });

  it("opens nothing for an item with neither conversation nor customer", () => {
    expect(
      viewOfFoundItem(
        { eventId: EVENT, conversationId: null, customerId: null },
        { conversationId: null, customerId: null },
      ),
    ).toBeNull();
  });
});
