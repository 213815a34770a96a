import { inboundMessageSchema, type InboundMessage } from "@emma/core";
import { describe, expect, it } from "vitest";
import type { WebhookRequest } from "../connector.ts";
import { foldMessages } from "../twilio-voice/fold-messages.ts";
import { RECEIVED_AT_HEADER } from "../twilio-voice/occurred-at.ts";
import { ctiConnector } from "./cti-connector.ts";

// The requests of Zammad's generic CTI API as its documentation shows them
// (https://docs.zammad.org/en/latest/api/generic-cti/index.html): a PBX configured for Zammad
// only changes the URL.
const secrets = { token: "cti-token-0123456789abcdef" };
const config = { serviceNumbers: [] };
const FORM = "application/x-www-form-urlencoded";
const receivedAt = "2026-11-20T10:00:00.000Z";

function form(fields: [string, string][]): string {
  return new URLSearchParams(fields).toString();
}

const newCallForm = form([
  ["event", "newCall"],
  ["from", "493055571600"],
  ["to", "491711234567890"],
  ["direction", "in"],
  ["callId", "53ba82e2bd6d12d9fb2d3838f0cfb070"],
  ["user[]", "Christopher Miller"],
  ["user[]", "Emma Taylor"],
  ["queue", "helpdesk"],
]);

function request(body: string, contentType = FORM): WebhookRequest {
  return {
    method: "POST",
    url: `/webhooks/c1?token=${secrets.token}`,
    headers: { "content-type": contentType },
    rawBody: Buffer.from(body),
  };
}
const accept = (req: WebhookRequest) => ctiConnector.acceptWebhook?.(req, { config, secrets });

function parse(body: string, contentType = FORM): InboundMessage {
  const verdict = accept(request(body, contentType));
  if (!verdict?.ok) throw new Error(`refused: ${JSON.stringify(verdict)}`);
  const [message] = ctiConnector.parseStored(
    {
      contentType: verdict.contentType,
      body: Buffer.from(body),
      headers: { [RECEIVED_AT_HEADER]: receivedAt },
    },
    { config },
  );
  if (!message) throw new Error("no message");
  expect(inboundMessageSchema.safeParse(message).success).toBe(true);
  return message;
}

const step = (event: string, extra: [string, string][]) =>
  form([
    ["event", event],
    ["from", "493055571600"],
    ["to", "491711234567890"],
    ["direction", "in"],
    ["callId", "53ba82e2bd6d12d9fb2d3838f0cfb070"],
    ...extra,
  ]);

describe("CTI connector: Zammad's generic CTI requests", () => {
  it("accepts a form-encoded newCall with repeated user[] and dedupes per call and step", () => {
    expect(accept(request(newCallForm))).toEqual({
      ok: true,
      dedupeKey: "53ba82e2bd6d12d9fb2d3838f0cfb070:newCall",
      contentType: FORM,
    });
  });

  it("makes a ringing inbound call at the time the request arrived, with who it rings for", () => {
    expect(parse(newCallForm)).toMatchObject({
      channel: "phone",
      kind: "call",
      externalId: "53ba82e2bd6d12d9fb2d3838f0cfb070",
      direction: "inbound",
      occurredAt: new Date(receivedAt),
      author: { identities: [{ kind: "phone", value: "493055571600" }] },
      call: { status: "ringing", from: "493055571600", to: "491711234567890" },
      metadata: {
        provider: "cti",
        dialect: "zammad",
        users: ["Christopher Miller", "Emma Taylor"],
        queue: "helpdesk",
      },
    });
    expect(parse(newCallForm).call?.answeredBy).toBeUndefined();
  });

  it("takes answeringNumber as who took the call, and the hangup cause as how it ended", () => {
    expect(parse(step("answer", [["answeringNumber", "emma@chrispresso.com"]])).call).toMatchObject({
      status: "in-progress",
      answeredBy: "emma@chrispresso.com",
    });
    const causes: [string, string][] = [
      ["normalClearing", "completed"],
      ["busy", "busy"],
      ["cancel", "canceled"],
      ["noAnswer", "no-answer"],
      ["congestion", "failed"],
      ["notFound", "failed"],
    ];
    for (const [cause, status] of causes) {
      expect(parse(step("hangup", [["cause", cause]])).call?.status, cause).toBe(status);
    }
  });

  it("ends a call the caller gave up on as missed even though the users it rang for are named", () => {
    const hangup = parse(
      step("hangup", [
        ["cause", "cancel"],
        ["user[]", "Emma Taylor"],
      ]),
    );
    expect(hangup.call).toMatchObject({ status: "canceled" });
    expect(hangup.call?.answeredBy).toBeUndefined();
    const answered = foldMessages([
      parse(newCallForm),
      parse(step("answer", [["user[]", "Emma Taylor"]])),
      parse(step("hangup", [["cause", "normalClearing"]])),
    ]);
    expect(answered).toMatchObject({ call: { status: "completed", answeredBy: "Emma Taylor" } });
  });

  it("files an outbound call under the called customer, made by the named user", () => {
    const outbound = JSON.stringify({
      event: "newCall",
      from: "493023125741",
      to: "492214710334",
      direction: "out",
      callId: "f4ebd2be-7b9a-4d58-94c2-eb06a3c2ce76",
      user: "Christopher Miller",
    });
    expect(parse(outbound, "application/json")).toMatchObject({
      direction: "outbound",
      threadKey: "phone:492214710334",
      author: { identities: [{ kind: "phone", value: "492214710334" }] },
      metadata: { agent: "Christopher Miller", users: ["Christopher Miller"] },
    });
  });

  it("gives an anonymous caller a conversation of its own", () => {
    const anonymous = form([
      ["event", "newCall"],
      ["from", "anonymous"],
      ["to", "491711234567890"],
      ["direction", "in"],
      ["callId", "4711"],
    ]);
    expect(parse(anonymous)).toMatchObject({ threadKey: "call:4711" });
  });

  it("tells the PBX which field is wrong", () => {
    const verdict = accept(
      request(
        form([
          ["event", "newCall"],
          ["direction", "sideways"],
          ["callId", "1"],
        ]),
      ),
    );
    expect(verdict).toMatchObject({ ok: false, status: 400, code: "malformed" });
    expect(verdict?.ok === false && verdict.message).toMatch(/direction/);
  });
});
