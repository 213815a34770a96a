import { describe, expect, it } from "vitest";
import { emmaInboundConnector } from "./emma-inbound-connector.ts";
import { EVENT_ID_HEADER, SIGNATURE_HEADER, signBody } from "./signature.ts";

const secrets = { signingSecret: "0123456789abcdef-secret" };
const message = {
  channel: "email",
  kind: "message",
  externalId: "m-1",
  threadKey: "t-1",
  occurredAt: "2026-11-20T10:00:00Z",
  direction: "inbound",
  author: { identities: [{ kind: "email", value: "kunde@example.de" }] },
  text: "Hallo",
};

function request(body: string, headers: Record<string, string> = {}) {
  return {
    method: "POST",
    url: "http://x/webhooks/1",
    headers: { [SIGNATURE_HEADER]: signBody(secrets.signingSecret, body), ...headers },
    rawBody: Buffer.from(body),
  };
}
const accept = (body: string, headers?: Record<string, string>) =>
  emmaInboundConnector.acceptWebhook?.(request(body, headers), { config: {}, secrets });

describe("emma-inbound connector", () => {
  it("accepts a signed, valid body and dedupes on the sender's event id", () => {
    const body = JSON.stringify([message]);
    expect(accept(body, { [EVENT_ID_HEADER]: "evt-7" })).toMatchObject({ ok: true, dedupeKey: "evt-7" });
  });

  it("dedupes identical bodies without an event id", () => {
    const body = JSON.stringify([message]);
    const a = accept(body);
    const b = accept(body);
    expect(a?.ok && b?.ok && a.dedupeKey === b.dedupeKey).toBe(true);
  });

  it("refuses a body signed with another secret", () => {
    const body = JSON.stringify([message]);
    const forged = {
      ...request(body),
      headers: { [SIGNATURE_HEADER]: signBody("another-secret-entirely", body) },
    };
    expect(emmaInboundConnector.acceptWebhook?.(forged, { config: {}, secrets })).toMatchObject({
      ok: false,
      status: 401,
    });
  });

  it("says which field is wrong in a malformed body", () => {
    const result = accept(JSON.stringify([{ ...message, channel: "fax" }]));
    expect(result).toMatchObject({ ok: false, status: 400, code: "malformed" });
    expect(result?.ok === false && result.message).toMatch(/channel/);
  });

  it("refuses what is not JSON", () => {
    expect(accept("{nope")).toMatchObject({ ok: false, status: 400 });
  });

  it("parses a stored body back into messages for replay", () => {
    const [parsed] = emmaInboundConnector.parseStored(
      {
        contentType: "application/vnd.emma.inbound+json",
        body: Buffer.from(JSON.stringify([message])),
        headers: {},
      },
      { config: {} },
    );
    expect(parsed?.occurredAt).toEqual(new Date("2026-11-20T10:00:00Z"));
  });
});
