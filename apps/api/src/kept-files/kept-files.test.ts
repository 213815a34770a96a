import { timelineAttachmentSchema, type Attachment } from "@emma/core";
import { sql } from "kysely";
import { createSecretKey } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApp } from "../create-app.ts";
import { startFileServer, type FileServer } from "../test/file-server.ts";
import { createTestApp, memoryLogger, type TestApp } from "../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../test/test-ingest.ts";
import { postgresOnly } from "../test/postgres-only.ts";
import { claimFileFetches } from "./claim-file-fetches.ts";
import { UrlFetcher } from "./fetch-url.ts";
import { FileFetchWorker } from "./file-fetch-worker.ts";

let t: TestApp;
let api: string;
let files: FileServer;
let connectorId: string;
/** Moves the workers' clock forward, for retries that come due later. */
let offsetMs = 1_000;
const now = () => new Date(Date.now() + offsetMs);
const limits = { maxBytes: 64 * 1024, timeoutMs: 10_000, maxRedirects: 3, allowedAddresses: ["127.0.0.1"] };

beforeAll(async () => {
  t = await createTestApp();
  ({ url: api } = await t.app.listen(0));
  files = await startFileServer();
  connectorId = await createTestConnector(t.database.db, "emma-inbound", "Messenger bridge");
});
afterAll(async () => {
  await t.close();
  await files.close();
});

function worker(fetch = (url: string) => new UrlFetcher(limits).fetch(url)) {
  return new FileFetchWorker(t.database.db, memoryLogger(), {
    batchSize: 4,
    fetch,
    now,
    jitter: () => 0,
    paused: true,
  });
}

/** A Messenger-like message whose attachments are CDN links on the local file server. */
async function itemWith(...paths: string[]): Promise<string> {
  const attachments: Attachment[] = paths.map((path) => ({
    filename: path.slice(1),
    contentType: "image",
    size: 0,
    url: `${files.origin}${path}`,
  }));
  const m = message("facebook", { attachments });
  await ingestMessages(t.database.db, connectorId, [m]);
  const row = await t.database.db
    .selectFrom("timeline_events")
    .select("id")
    .where("external_id", "=", m.externalId)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function attachmentOf(eventId: string, index = 0) {
  const row = await t.database.db
    .selectFrom("timeline_events")
    .select("metadata")
    .where("id", "=", eventId)
    .executeTakeFirstOrThrow();
  const list: unknown = Array.isArray(row.metadata.attachments) ? row.metadata.attachments[index] : undefined;
  return timelineAttachmentSchema.parse(list);
}

const download = (eventId: string, index = 0) =>
  fetch(`${api}/attachments/${eventId}/${String(index)}`, {
    headers: { authorization: `Bearer ${t.users.agent.token}` },
  });

const serve = (path: string, content: Buffer | string, type = "image/jpeg") =>
  files.route(path, (_request, response) => response.writeHead(200, { "content-type": type }).end(content));

describe("files that items name by URL", () => {
  it("are fetched after ingest, kept, and downloaded like mail attachments, audited", async () => {
    const photo = Buffer.from("\xff\xd8\xff\xe0 a photo of the broken card", "latin1");
    serve("/card.jpg", photo);
    const eventId = await itemWith("/card.jpg");
    const waiting = await download(eventId);
    expect(waiting.status).toBe(409);
    expect(await waiting.json()).toMatchObject({ error: { code: "fetching" } });

    await worker().drain();
    expect(await attachmentOf(eventId)).toMatchObject({
      filename: "card.jpg",
      contentType: "image/jpeg",
      size: photo.length,
      fetch: { state: "kept" },
    });
    const response = await download(eventId);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(photo);
    expect(response.headers.get("content-disposition")).toContain('attachment; filename="card.jpg"');
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe("sandbox");
    await t.app.services.readAudit.flush();
    const audit = await t.database.db
      .selectFrom("audit_log")
      .select(["action", "actor_user_id"])
      .where("subject_id", "=", eventId)
      .execute();
    expect(audit).toContainEqual({ action: "attachment.downloaded", actor_user_id: t.users.agent.id });
    const updates = await t.database.db
      .selectFrom("realtime_events")
      .select("payload")
      .where("topic", "=", "timeline.updated")
      .where(sql<string>`payload->>'eventId'`, "=", eventId)
      .execute();
    expect(updates).toHaveLength(1);
    expect(Object.keys(updates[0]?.payload ?? {}).sort()).toEqual(
      ["channel", "conversationId", "customerId", "eventId", "kind"].sort(),
    );
  });

  it("says the link had expired when the provider answers 403, once, without retrying", async () => {
    files.route("/expired.jpg", (_request, response) => response.writeHead(403).end("URL signature expired"));
    const eventId = await itemWith("/expired.jpg");
    await worker().drain();
    expect((await attachmentOf(eventId)).fetch).toMatchObject({
      state: "failed",
      reason: "expired",
      httpStatus: 403,
      message: "The link had expired when Emma fetched it (HTTP 403)",
    });
    const response = await download(eventId);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      error: { code: "not_kept", message: "The link had expired when Emma fetched it (HTTP 403)" },
    });
    offsetMs += 24 * 60 * 60_000;
    await worker().drain();
    expect(files.hits.get("/expired.jpg")).toBe(1);
  });

  it("refuses a file over the size limit and says so", async () => {
    serve("/video.mp4", Buffer.alloc(limits.maxBytes + 1, 7), "video/mp4");
    const eventId = await itemWith("/video.mp4");
    await worker().drain();
    expect((await attachmentOf(eventId)).fetch).toMatchObject({
      state: "failed",
      reason: "too_large",
      maxBytes: limits.maxBytes,
    });
    expect(
      await t.database.db
        .selectFrom("kept_files")
        .select("sha256")
        .where("size", ">", limits.maxBytes)
        .execute(),
    ).toEqual([]);
  });

  it("tries a provider that is down again later and keeps the file when it answers", async () => {
    let down = true;
    files.route("/statement.pdf", (_request, response) =>
      down
        ? response.writeHead(503).end()
        : response.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4"),
    );
    const eventId = await itemWith("/statement.pdf");
    await worker().drain();
    const queued = await t.database.db
      .selectFrom("file_fetches")
      .selectAll()
      .where("timeline_event_id", "=", eventId)
      .executeTakeFirstOrThrow();
    expect(queued).toMatchObject({ attempts: 1, last_error: "The provider answered HTTP 503" });
    expect(queued.next_attempt_at.getTime()).toBeGreaterThan(now().getTime() + 20_000);
    expect((await attachmentOf(eventId)).fetch).toBeUndefined();

    down = false;
    await worker().drain();
    expect(files.hits.get("/statement.pdf")).toBe(1);
    offsetMs += 60 * 60_000;
    await worker().drain();
    expect(await attachmentOf(eventId)).toMatchObject({
      contentType: "application/pdf",
      fetch: { state: "kept" },
    });
    expect(Buffer.from(await (await download(eventId)).arrayBuffer()).toString()).toBe("%PDF-1.4");
    expect(
      await t.database.db
        .selectFrom("file_fetches")
        .select("id")
        .where("timeline_event_id", "=", eventId)
        .execute(),
    ).toEqual([]);
  });

  it("keeps a file sent twice once", async () => {
    const same = Buffer.from("the same screenshot, sent again");
    serve("/first.png", same, "image/png");
    serve("/again.png", same, "image/png");
    const first = await itemWith("/first.png");
    const second = await itemWith("/again.png");
    await worker().drain();
    const [a, b] = [await attachmentOf(first), await attachmentOf(second)];
    expect(a.sha256).toBeDefined();
    expect(b.sha256).toBe(a.sha256);
    const kept = await t.database.db
      .selectFrom("kept_files")
      .select(sql<number>`count(*)::int`.as("n"))
      .where("sha256", "=", a.sha256 ?? "")
      .executeTakeFirstOrThrow();
    expect(kept.n).toBe(1);
    expect(Buffer.from(await (await download(second)).arrayBuffer())).toEqual(same);
  });

  it("is fetched once when two workers look at the same time", async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let arrived!: () => void;
    const requested = new Promise<void>((resolve) => (arrived = resolve));
    files.route("/held.jpg", async (_request, response) => {
      arrived();
      await released;
      response.writeHead(200, { "content-type": "image/jpeg" }).end("held photo");
    });
    const eventId = await itemWith("/held.jpg");
    const fetchedBy: string[] = [];
    const fetcher = new UrlFetcher(limits);
    const a = worker((url) => (fetchedBy.push("a"), fetcher.fetch(url)));
    const b = worker((url) => (fetchedBy.push("b"), fetcher.fetch(url)));
    const first = a.drain();
    // A has claimed and is fetching; B looks now, while A's fetch is in flight.
    await requested;
    await b.drain();
    release();
    await first;
    expect(fetchedBy).toEqual(["a"]);
    expect(files.hits.get("/held.jpg")).toBe(1);
    expect((await attachmentOf(eventId)).fetch?.state).toBe("kept");
  });

  it("are fetched by a running API instance on its own once ingest commits", async () => {
    serve("/live.jpg", "live photo");
    const running = await createApp({
      database: t.database,
      log: memoryLogger(),
      secretKey: createSecretKey(Buffer.alloc(32, 7)),
      fileFetch: { allowedAddresses: ["127.0.0.1"] },
    });
    try {
      const eventId = await itemWith("/live.jpg");
      await vi.waitFor(async () => expect((await attachmentOf(eventId)).fetch?.state).toBe("kept"), {
        timeout: 15_000,
      });
    } finally {
      await running.close();
    }
  });

  it.runIf(postgresOnly("a claim that skips rows another instance is claiming"))(
    "skips rows another instance is claiming instead of waiting for or taking them",
    async () => {
      serve("/claimed.jpg", "x");
      const eventId = await itemWith("/claimed.jpg");
      await t.database.db
        .transaction()
        .execute(async (trx) => {
          const mine = await claimFileFetches(trx, 10, now());
          expect(mine.map((c) => c.timelineEventId)).toContain(eventId);
          const theirs = await claimFileFetches(t.database.db, 10, now());
          expect(theirs.map((c) => c.timelineEventId)).not.toContain(eventId);
          throw new Rollback();
        })
        .catch((error: unknown) => {
          if (!(error instanceof Rollback)) throw error;
        });
      // Rolled back: the row is there to be claimed, once.
      expect((await claimFileFetches(t.database.db, 10, now())).map((c) => c.timelineEventId)).toEqual([
        eventId,
      ]);
    },
  );
});

class Rollback extends Error {}
