import { describe, expect, it } from "vitest";
import { facebookConnector } from "./facebook-connector.ts";
import {
  attachmentMessage,
  delivery,
  echoMessage,
  messageEdit,
  pageWebhook,
  postback,
  read,
  textMessage,
  unsend,
} from "./simulator/webhook-events.ts";
import { APP_ID, PAGE_ID, parse, PSID, testConfig } from "./test-setup.ts";
import { metaJson } from "./simulator/meta-json.ts";

const parties = { pageId: PAGE_ID, psid: PSID, timestamp: Date.parse("2025-03-10T11:59:00Z") };
const customer = [{ kind: "facebook", value: PSID }];

describe("Messenger events", () => {
  it("a text message is an inbound item of the person's one conversation, keyed by its mid", () => {
    const [message] = parse({
      messaging: [textMessage({ ...parties, mid: "m_1", text: "Grüße — my card is blocked" })],
    });
    expect(message).toMatchObject({
      channel: "facebook",
      kind: "message",
      externalId: "m_1",
      threadKey: `messenger:${PSID}`,
      direction: "inbound",
      occurredAt: new Date(parties.timestamp),
      author: { identities: customer },
      text: "Grüße — my card is blocked",
    });
    expect(message?.change).toBeUndefined();
    expect(message?.publicThread).toBeUndefined();
  });

  it("keeps a quick reply's payload and the message a reply quotes", () => {
    const [message] = parse({
      messaging: [
        textMessage({ ...parties, text: "Yes", quickReplyPayload: "CONFIRM_BLOCK", replyToMid: "m_0" }),
      ],
    });
    expect(message?.metadata).toMatchObject({ quickReplyPayload: "CONFIRM_BLOCK", replyToMid: "m_0" });
  });

  it("names each file by URL for the API to fetch, with a name and type from the URL or the kind", () => {
    const [message] = parse({
      messaging: [
        attachmentMessage({
          ...parties,
          attachments: [
            {
              type: "image",
              url: "https://scontent.xx.fbcdn.net/v/t1.15752-9/4321_n.png?_nc_cat=1&oe=67A1B2C3",
            },
            {
              type: "audio",
              url: "https://cdn.fbsbx.com/v/t59.3654-21/audioclip-1700000000000-1234.mp4?oe=67A1B2C3",
            },
            {
              type: "file",
              url: "https://cdn.fbsbx.com/v/t59.2708-21/Kontoauszug%20M%C3%A4rz.pdf?oe=67A1B2C3",
            },
            { type: "video", url: "https://video.xx.fbcdn.net/v/t42.3356-2/clip?oe=67A1B2C3" },
            { type: "fallback", url: "https://bank.example/faq", title: "FAQ" },
            { type: "location" },
          ],
        }),
      ],
    });
    expect(message?.attachments).toEqual([
      expect.objectContaining({ filename: "4321_n.png", contentType: "image/png", size: 0 }),
      expect.objectContaining({ filename: "audioclip-1700000000000-1234.mp4", contentType: "video/mp4" }),
      expect.objectContaining({ filename: "Kontoauszug März.pdf", contentType: "application/pdf" }),
      expect.objectContaining({ filename: "video-4.mp4", contentType: "video/mp4" }),
    ]);
    expect(message?.attachments[0]?.url).toContain("oe=67A1B2C3");
    expect(message?.text).toBe("FAQ https://bank.example/faq");
  });

  it("a postback is what the person tapped", () => {
    const [message] = parse({
      messaging: [postback({ ...parties, mid: "m_pb", title: "Talk to a person", payload: "HUMAN" })],
    });
    expect(message).toMatchObject({ externalId: "m_pb", direction: "inbound", text: "Talk to a person" });
    expect(message?.metadata).toMatchObject({ postback: { title: "Talk to a person", payload: "HUMAN" } });
  });

  it("an echo is the Page's own item to the person, keyed by the mid the Send API returned", () => {
    const [ours, inbox] = parse({
      messaging: [
        echoMessage({ ...parties, mid: "m_sent", text: "We unblocked it", appId: APP_ID }),
        echoMessage({ ...parties, mid: "m_inbox", text: "Typed in Meta's inbox" }),
      ],
    });
    expect(ours).toMatchObject({
      externalId: "m_sent",
      direction: "outbound",
      threadKey: `messenger:${PSID}`,
      author: { identities: customer },
      metadata: { sentBy: "emma" },
    });
    expect(inbox).toMatchObject({
      externalId: "m_inbox",
      direction: "outbound",
      metadata: { sentBy: "page" },
    });
  });

  it("an edit replaces the text of the item with that mid", () => {
    const editedAt = Date.parse("2025-03-10T12:03:00Z");
    const [message] = parse({
      messaging: [
        messageEdit({
          ...parties,
          timestamp: editedAt,
          mid: "m_1",
          text: "card AND account blocked",
          numEdit: 2,
        }),
      ],
    });
    expect(message).toMatchObject({
      externalId: "m_1",
      text: "card AND account blocked",
      change: { type: "edit", editedAt: new Date(editedAt) },
      metadata: { editCount: 2 },
    });
  });

  it("an unsent message is a deletion by its author, marked and not purged", () => {
    const [message] = parse({ messaging: [unsend({ ...parties, mid: "m_1" })] });
    expect(message).toMatchObject({
      externalId: "m_1",
      direction: "inbound",
      change: { type: "delete", deletedAt: new Date(parties.timestamp), by: "author", purge: false },
    });
  });

  it("delivery and read watermarks are receipts on the thread, not items", () => {
    const watermark = Date.parse("2025-03-10T11:58:30Z");
    const [delivered, seen] = parse({
      messaging: [delivery({ ...parties, watermark, mids: ["m_sent"] }), read({ ...parties, watermark })],
    });
    expect(delivered).toMatchObject({
      threadKey: `messenger:${PSID}`,
      change: { type: "receipt", status: "delivered", upTo: new Date(watermark) },
      metadata: { mids: ["m_sent"] },
    });
    expect(seen).toMatchObject({ change: { type: "receipt", status: "read", upTo: new Date(watermark) } });
    expect(delivered?.externalId).not.toBe(seen?.externalId);
  });

  it("reads standby[] (another app owns the thread) like messaging[], marked as such", () => {
    const [message] = parse({ standby: [textMessage({ ...parties, mid: "m_sb", text: "hello?" })] });
    expect(message).toMatchObject({ externalId: "m_sb", direction: "inbound", metadata: { standby: true } });
  });

  it("takes every event of a batch in order and skips other Pages' entries and unknown events", () => {
    const body = pageWebhook(
      PAGE_ID,
      {
        messaging: [
          textMessage({ ...parties, mid: "m_a", text: "a" }),
          { sender: { id: PSID }, recipient: { id: PAGE_ID }, reaction: { mid: "m_a", action: "react" } },
        ],
      },
      { messaging: [textMessage({ ...parties, mid: "m_b", text: "b" })] },
    );
    body.entry.push({
      id: "999",
      time: Date.now(),
      messaging: [textMessage({ pageId: "999", psid: PSID, mid: "m_x", text: "x" })],
    });
    const stored = { contentType: "application/json", body: Buffer.from(metaJson(body)), headers: {} };
    expect(facebookConnector.parseStored(stored, { config: testConfig() }).map((m) => m.externalId)).toEqual([
      "m_a",
      "m_b",
    ]);
  });

  it("throws on a body that is no Page webhook, so the stored event is flagged", () => {
    const stored = { contentType: "application/json", body: Buffer.from("{not json"), headers: {} };
    expect(() => facebookConnector.parseStored(stored, { config: testConfig() })).toThrow();
  });
});
