import { inboundMessageSchema, type InboundMessage } from "@emma/core";
import { refuseRotation } from "../test-support/provider-context.ts";
import { describe, expect, it } from "vitest";
import type { WebhookRequest } from "../connector.ts";
import { foldMessages } from "../twilio-voice/fold-messages.ts";
import { ctiConnector } from "./cti-connector.ts";

const secrets = { token: "cti-token-0123456789abcdef" };
const config = { serviceNumbers: ["+4930123456"] };
const newCall = {
  event: "newCall",
  callId: "pbx-4711",
  from: "+4917612345678",
  to: "+4930123456",
  at: "2026-11-20T11:00:00+01:00",
  agent: "201",
};

function request(
  body: unknown,
  query = `?token=${secrets.token}`,
  headers: Record<string, string> = {},
): WebhookRequest {
  return {
    method: "POST",
    url: `/webhooks/c1${query}`,
    headers: { "content-type": "application/json", ...headers },
    rawBody: Buffer.from(typeof body === "string" ? body : JSON.stringify(body)),
  };
}
const accept = (req: WebhookRequest) => ctiConnector.acceptWebhook?.(req, { config, secrets });

function parse(body: object): InboundMessage {
  const [message] = ctiConnector.parseStored(
    { contentType: "application/json", body: Buffer.from(JSON.stringify(body)), headers: {} },
    { config },
  );
  if (!message) throw new Error("no message");
  expect(inboundMessageSchema.safeParse(message).success).toBe(true);
  return message;
}

describe("CTI connector: accepting", () => {
  it("accepts an event with the token and dedupes per call and step", () => {
    expect(accept(request(newCall))).toEqual({
      ok: true,
      dedupeKey: "pbx-4711:newCall",
      contentType: "application/json",
    });
    expect(accept(request({ ...newCall, event: "hangup" }))).toMatchObject({ dedupeKey: "pbx-4711:hangup" });
  });

  it("accepts the token as a bearer header too", () => {
    expect(accept(request(newCall, "", { authorization: `Bearer ${secrets.token}` }))).toMatchObject({
      ok: true,
    });
  });

  it("refuses a missing or wrong token with 401 without echoing it", () => {
    expect(accept(request(newCall, ""))).toMatchObject({ ok: false, status: 401, code: "missing_token" });
    const wrong = accept(request(newCall, "?token=guess"));
    expect(wrong).toMatchObject({ ok: false, status: 401, code: "bad_token" });
    expect(JSON.stringify(wrong)).not.toContain("guess");
    expect(accept(request(newCall, `?token=${secrets.token}x`))).toMatchObject({ status: 401 });
  });

  it("says which field is wrong in a bad body", () => {
    const verdict = accept(request({ ...newCall, event: "transfer", at: "yesterday" }));
    expect(verdict).toMatchObject({ ok: false, status: 400, code: "malformed" });
    expect(verdict?.ok === false && verdict.message).toMatch(/event[\s\S]*at/);
    expect(accept(request("{not json"))).toMatchObject({ ok: false, status: 400 });
  });
});

describe("CTI connector: parsing", () => {
  it("makes a ringing inbound call, threaded by the caller's number", () => {
    expect(parse(newCall)).toMatchObject({
      channel: "phone",
      kind: "call",
      externalId: "pbx-4711",
      threadKey: "phone:+4917612345678",
      occurredAt: new Date("2026-11-20T10:00:00Z"),
      direction: "inbound",
      author: { identities: [{ kind: "phone", value: "+4917612345678" }] },
      call: { status: "ringing", from: "+4917612345678", to: "+4930123456" },
      metadata: { provider: "cti", event: "newCall", agent: "201" },
    });
    expect(parse(newCall).call?.answeredBy).toBeUndefined();
  });

  it("maps answer to in-progress taken by the agent, and hangup to completed or no-answer", () => {
    expect(parse({ ...newCall, event: "answer", agent: "anna@bank.example" }).call).toMatchObject({
      status: "in-progress",
      answeredBy: "anna@bank.example",
    });
    expect(parse({ ...newCall, event: "hangup", agent: "201", durationSeconds: 42 }).call).toMatchObject({
      status: "completed",
      durationSeconds: 42,
    });
    const { agent: _, ...unanswered } = newCall;
    expect(parse({ ...unanswered, event: "hangup" }).call?.status).toBe("no-answer");
  });

  it("ends an answered call as completed even when the hangup names no agent, in either order", () => {
    const { agent: _, ...hangup } = { ...newCall, event: "hangup", durationSeconds: 30 };
    const events = [parse(newCall), parse({ ...newCall, event: "answer", agent: "201" }), parse(hangup)];
    for (const order of [events, [...events].reverse()]) {
      expect(foldMessages(order)).toMatchObject({
        kind: "call",
        call: { status: "completed", answeredBy: "201", durationSeconds: 30 },
      });
    }
  });

  it("makes a voicemail of an unanswered hangup with a recording", () => {
    const { agent: _, ...unanswered } = newCall;
    expect(
      parse({ ...unanswered, event: "hangup", recordingUrl: "https://pbx.example/vm/4711.wav" }),
    ).toMatchObject({
      kind: "voicemail",
      call: { status: "no-answer", recordingUrl: "https://pbx.example/vm/4711.wav" },
    });
  });

  it("files outbound calls under the called customer", () => {
    const outbound = { ...newCall, from: "+4930123456", to: "+4917612345678" };
    expect(parse(outbound)).toMatchObject({ direction: "outbound", threadKey: "phone:+4917612345678" });
    expect(parse({ ...newCall, direction: "outbound", to: "+4917699999999" })).toMatchObject({
      direction: "outbound",
      threadKey: "phone:+4917699999999",
    });
  });

  it.each(["anonymous", "", "Restricted"])("gives a withheld caller %j a conversation of its own", (from) => {
    const message = parse({ ...newCall, from });
    expect(message.threadKey).toBe("call:pbx-4711");
    expect(message.author.identities.map((identity) => identity.value)).toEqual(from === "" ? [] : [from]);
  });

  it("throws on a content type it never stored", () => {
    expect(() =>
      ctiConnector.parseStored(
        { contentType: "text/plain", body: Buffer.from("{}"), headers: {} },
        { config },
      ),
    ).toThrow(/cannot read/);
  });

  it("reports health as a configuration check only", async () => {
    await expect(
      ctiConnector.checkHealth?.({ config, secrets, saveSecrets: refuseRotation }),
    ).resolves.toMatchObject({ ok: true });
  });
});
