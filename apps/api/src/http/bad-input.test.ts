import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EVENT_ID_HEADER, SIGNATURE_HEADER, emmaInboundConnector, signBody } from "@emma/connectors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sealSecrets } from "../crypto/secret-box.ts";
import { createTestApp, memoryLogger, type TestApp } from "../test/test-app.ts";
import { message } from "../test/test-ingest.ts";

let t: TestApp;
let port: number;
let connectorId: string;
const consoleDir = mkdtempSync(join(tmpdir(), "emma-console-"));
const signingSecret = "a-signing-secret-of-some-length";
const log = memoryLogger();

beforeAll(async () => {
  writeFileSync(join(consoleDir, "index.html"), "<!doctype html><title>Emma</title>");
  t = await createTestApp({ consoleDir, log });
  port = Number(new URL((await t.app.listen(0)).url).port);
  const connector = await t.database.db
    .insertInto("connectors")
    .values({
      kind: emmaInboundConnector.kind,
      name: "Integration",
      secrets: sealSecrets(t.app.services.secretKey, { signingSecret }),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  connectorId = connector.id;
});
afterAll(async () => {
  await t.close();
  rmSync(consoleDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: fetch would normalize the path and refuse some of what a hostile client sends. */
function send(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: Buffer | string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: "127.0.0.1", port, method, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    request.on("error", reject);
    request.end(body);
  });
}

function jsonError(answer: Answer): { code: string; message: string } {
  expect(answer.headers["content-type"]).toMatch(/^application\/json/);
  const parsed = JSON.parse(answer.body) as { error: { code: string; message: string } };
  return parsed.error;
}

function logged(message: string): number {
  return log.lines.filter((line) => line.message === message).length;
}

async function storedEvents(): Promise<number> {
  return (await t.database.db.selectFrom("inbound_events").select("id").execute()).length;
}

describe("bad input", () => {
  it("answers a URL with broken percent-encoding with a 400, not a 500", async () => {
    for (const path of ["/%E0%A4%A", "/attachments/%E0%A4%A/1", "/webhooks/%E0%A4%A"]) {
      const answer = await send("GET", path);
      expect(answer.status, path).toBe(400);
      expect(jsonError(answer).code).toBe("bad_url");
    }
    expect((await send("GET", "/")).status).toBe(200);
    expect(logged("http: malformed URL refused")).toBeGreaterThanOrEqual(3);
  });

  it("refuses a batch of more calls than the console ever sends, with a JSON error", async () => {
    const paths = Array.from({ length: 200 }, () => "auth.me").join(",");
    const answer = await send("GET", `/trpc/${paths}?batch=1&input=${encodeURIComponent("{}")}`, {
      authorization: `Bearer ${t.users.agent.token}`,
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/batch/i);
    expect(JSON.parse(answer.body)).toBeTypeOf("object");
  });

  it("answers a request too large to read with a JSON error body", async () => {
    const huge = Buffer.alloc(2 * 1024 * 1024, "a");
    const mutation = await send(
      "POST",
      "/trpc/auth.login?batch=1",
      { "content-type": "application/json" },
      Buffer.concat([Buffer.from('{"0":"'), huge, Buffer.from('"}')]),
    );
    expect(mutation.status).toBe(413);
    expect(JSON.parse(mutation.body)).toBeInstanceOf(Array);

    const webhook = await send(
      "POST",
      `/webhooks/${connectorId}`,
      { "content-type": "application/json" },
      Buffer.alloc(6 * 1024 * 1024, "a"),
    );
    expect(webhook.status).toBe(413);
    expect(jsonError(webhook).code).toBe("too_large");

    const longUrl = await send("GET", `/trpc/auth.me?batch=1&input=${"a".repeat(40_000)}`);
    expect(longUrl.status).toBe(431);
    expect(jsonError(longUrl).code).toBe("headers_too_large");
    expect(logged("http: unreadable request refused")).toBe(1);
  });

  it("refuses a webhook body that does not have the content type its connector reads", async () => {
    const before = await storedEvents();
    const body = JSON.stringify([message("email")]);
    const answer = await send(
      "POST",
      `/webhooks/${connectorId}`,
      {
        "content-type": "text/plain",
        [SIGNATURE_HEADER]: signBody(signingSecret, body),
        [EVENT_ID_HEADER]: "t1",
      },
      body,
    );
    expect(answer.status).toBe(415);
    expect(jsonError(answer).message).toContain("application/json");
    expect(await storedEvents()).toBe(before);
    const accepted = await send(
      "POST",
      `/webhooks/${connectorId}`,
      {
        "content-type": "application/json; charset=utf-8",
        [SIGNATURE_HEADER]: signBody(signingSecret, body),
        [EVENT_ID_HEADER]: "t1",
      },
      body,
    );
    expect(accepted.status).toBe(202);
  });
});
