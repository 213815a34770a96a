import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmmaDatabase } from "../db/connect.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { createTestConnector } from "../test/test-ingest.ts";
import { POLL_LEASE_MS, holdPollLease, releasePollLeases } from "./poll-lease.ts";

let database: EmmaDatabase;
let connectorId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  connectorId = await createTestConnector(database.db, "email");
});
afterAll(() => database.close());

describe("the poll lease", () => {
  it("gives a mailbox to one API instance at a time, and to another once the first is gone", async () => {
    const now = new Date("2026-11-22T10:00:00Z");
    expect(await holdPollLease(database.db, connectorId, "instance-a", now)).toBe(true);
    expect(await holdPollLease(database.db, connectorId, "instance-b", now)).toBe(false);
    // A renews its own lease …
    expect(
      await holdPollLease(database.db, connectorId, "instance-a", new Date(now.getTime() + 60_000)),
    ).toBe(true);
    // … and when A stops renewing (it died), B takes over after the lease.
    const later = new Date(now.getTime() + 60_000 + POLL_LEASE_MS + 1);
    expect(await holdPollLease(database.db, connectorId, "instance-b", later)).toBe(true);
    expect(await holdPollLease(database.db, connectorId, "instance-a", later)).toBe(false);
  });

  it("is released on shutdown so another instance need not wait", async () => {
    const now = new Date("2026-11-22T12:00:00Z");
    await releasePollLeases(database.db, "instance-b");
    expect(await holdPollLease(database.db, connectorId, "instance-c", now)).toBe(true);
  });
});
