import { afterEach, describe, expect, it } from "vitest";
import type { EmmaDatabase } from "../../db/connect.ts";
import { createTestDatabase } from "../../test/test-database.ts";
import { enqueueMatchChecks } from "./enqueue-match-checks.ts";
import { MatchWorker } from "./match-worker.ts";

let database: EmmaDatabase;
afterEach(() => database.close());

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Three customers waiting for a check, and a worker whose ingest is as busy as `ingesting` says. */
async function workerWith(ingesting: () => boolean) {
  database = await createTestDatabase();
  const rows = await database.db
    .insertInto("customers")
    .values(["Anna Schneider", "Bernd Krause", "Clara Wolf"].map((name) => ({ display_name: name })))
    .returning("id")
    .execute();
  await enqueueMatchChecks(
    database.db,
    rows.map((row) => row.id),
    new Date(),
  );
  const pauses: number[] = [];
  const worker = new MatchWorker(database.db, silent, {
    now: () => new Date(),
    extractWritten: () => [],
    defaultCountry: "DE",
    evaluation: null,
    paused: true,
    givesWayTo: ingesting,
    pause: (ms) => {
      pauses.push(ms);
      return Promise.resolve();
    },
  });
  return { worker, pauses };
}

describe("the matcher beside ingest", () => {
  it("pauses after each check while messages are being ingested, longer than the check took", async () => {
    const { worker, pauses } = await workerWith(() => true);
    await worker.drain();
    expect(pauses).toHaveLength(3);
    for (const ms of pauses) {
      expect(ms).toBeGreaterThan(0);
      expect(ms).toBeLessThanOrEqual(500);
    }
    expect(await database.db.selectFrom("match_checks").selectAll().execute()).toEqual([]);
  });

  it("checks without pausing when nothing is being ingested", async () => {
    const { worker, pauses } = await workerWith(() => false);
    await worker.drain();
    expect(pauses).toEqual([]);
    expect(await database.db.selectFrom("match_checks").selectAll().execute()).toEqual([]);
  });
});

describe("the matcher beside the API's requests", () => {
  it("lets waiting I/O in between checks, so a sweep on the embedded database never holds the API", async () => {
    const { worker } = await workerWith(() => false);
    const order: string[] = [];
    // Stands for an HTTP request that arrived meanwhile: it is served in the event loop's I/O turn.
    setImmediate(() => order.push("request served"));
    await worker.drain();
    order.push("sweep done");
    expect(order).toEqual(["request served", "sweep done"]);
  });
});
