import type { RealtimeEvent } from "@emma/core";
import { TRPCClientError } from "@trpc/client";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSession } from "../auth/open-session.ts";
import { hashPassword } from "../auth/password.ts";
import { openDatabase, type EmmaDatabase } from "../db/connect.ts";
import { httpClient } from "../test/http-client.ts";
import { postgresOnly } from "../test/postgres-only.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { testDatabaseUrl } from "../test/test-database.ts";
import { createCallerFactory } from "../trpc/trpc.ts";
import { appRouter } from "../trpc/app-router.ts";
import { createContext } from "../trpc/context.ts";
import { publish } from "./publish.ts";

let t: TestApp;
let url: string;
let userId: string;
const password = "the-old-password";

beforeAll(async () => {
  t = await createTestApp();
  ({ url } = await t.app.listen(0));
  const user = await t.database.db
    .insertInto("users")
    .values({
      email: "stream@test.example",
      display_name: "Stella Stream",
      role: "agent",
      password_hash: await hashPassword(password),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  userId = user.id;
});
afterAll(() => t.close());

async function newToken(): Promise<string> {
  await t.database.db.updateTable("users").set({ active: true }).where("id", "=", userId).execute();
  return (await openSession(t.database.db, { userId, now: new Date() })).token;
}

interface OpenStream {
  events: RealtimeEvent[];
  /** Settles with the error code the stream ended with, or "still open" after `ms`. */
  ended(ms: number): Promise<string>;
  close(): void;
}

/** A console's stream over real HTTP (SSE), as the desktop opens it. */
async function openStream(apiUrl: string, token: string): Promise<OpenStream> {
  const client = httpClient(apiUrl, () => token);
  const events: RealtimeEvent[] = [];
  let end: (code: string) => void = () => undefined;
  const endedWith = new Promise<string>((resolve) => (end = resolve));
  let started: () => void = () => undefined;
  const startedPromise = new Promise<void>((resolve) => (started = resolve));
  const subscription = client.events.stream.subscribe(
    { lastEventId: null },
    {
      onStarted: () => started(),
      onData: (event) => events.push(event.data),
      onError: (error) => end(error instanceof TRPCClientError ? String(error.data?.code) : String(error)),
      onComplete: () => end("completed"),
    },
  );
  await startedPromise;
  // The server registers the console once its first read of the stream runs.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return {
    events,
    ended: (ms) =>
      Promise.race([
        endedWith,
        new Promise<string>((resolve) => setTimeout(() => resolve("still open"), ms)),
      ]),
    close: () => subscription.unsubscribe(),
  };
}

/** The conversation of the event published after a session ended. */
const AFTER_THE_END = "00000000-0000-4000-8000-00000000e4d0";

/** A customer event every console of `userId` would see. */
async function somethingHappens(app: TestApp): Promise<void> {
  await publish(app.database.db, {
    topic: "conversation.changed",
    userIds: [userId],
    payload: { conversationId: AFTER_THE_END },
  });
}

function delivered(stream: OpenStream): boolean {
  return stream.events.some(
    (event) => event.topic === "conversation.changed" && event.payload.conversationId === AFTER_THE_END,
  );
}

describe("a session that ends takes its open event stream with it", () => {
  it("logging out ends that console's stream at once; nothing after it is delivered", async () => {
    const token = await newToken();
    const stream = await openStream(url, token);
    const started = performance.now();
    await httpClient(url, () => token).auth.logout.mutate();
    expect(await stream.ended(1000)).toBe("UNAUTHORIZED");
    expect(performance.now() - started).toBeLessThan(1000);
    await somethingHappens(t);
    await new Promise((resolve) => setTimeout(resolve, 200));
    stream.close();
    expect(delivered(stream)).toBe(false);
  });

  it("a password change ends the user's other streams and keeps the one of the session that changed it", async () => {
    const changer = await newToken();
    const elsewhere = await newToken();
    const own = await openStream(url, changer);
    const other = await openStream(url, elsewhere);
    await httpClient(url, () => changer).auth.changePassword.mutate({
      currentPassword: password,
      newPassword: "a-new-password-now",
    });
    expect(await other.ended(1000)).toBe("UNAUTHORIZED");
    await somethingHappens(t);
    expect(await own.ended(300)).toBe("still open");
    own.close();
    other.close();
    expect(delivered(own)).toBe(true);
    expect(delivered(other)).toBe(false);
    await t.database.db
      .updateTable("users")
      .set({ password_hash: await hashPassword(password) })
      .where("id", "=", userId)
      .execute();
  });

  it("an admin deactivating the user ends every stream of that user", async () => {
    const stream = await openStream(url, await newToken());
    await t.caller("admin").users.update({ userId, active: false });
    expect(await stream.ended(1000)).toBe("UNAUTHORIZED");
    await somethingHappens(t);
    await new Promise((resolve) => setTimeout(resolve, 200));
    stream.close();
    expect(delivered(stream)).toBe(false);
  });

  it("a stream ends when its session runs out, without any request to notice it", async () => {
    const token = await newToken();
    await t.database.db
      .updateTable("sessions")
      .set({ expires_at: new Date(Date.now() + 800) })
      .where("user_id", "=", userId)
      .where("revoked_at", "is", null)
      .execute();
    const stream = await openStream(url, token);
    expect(await stream.ended(2000)).toBe("UNAUTHORIZED");
    stream.close();
  });

  it("a stream whose sign-in was checked just before the session was revoked still ends", async () => {
    const token = await newToken();
    // The request's session check passes ...
    const staleContext = await createContext(t.app.services, {
      authorization: `Bearer ${token}`,
      connectionToken: undefined,
      ip: "127.0.0.1",
      userAgent: "vitest",
    });
    // ... then the session is revoked and every instance has heard of it ...
    await t.callerWithToken(token).auth.logout();
    await new Promise((resolve) => setTimeout(resolve, 100));
    // ... and only then does the stream itself start.
    const controller = new AbortController();
    const stream = await createCallerFactory(appRouter)(staleContext, {
      signal: controller.signal,
    }).events.stream({ lastEventId: null });
    const outcome = (async () => {
      try {
        for await (const _event of stream) return "delivered";
        return "completed";
      } catch (error) {
        return error instanceof Error && "code" in error ? String(error.code) : String(error);
      }
    })();
    await somethingHappens(t);
    const timer = setTimeout(() => controller.abort(), 1000);
    expect(await outcome).toBe("UNAUTHORIZED");
    clearTimeout(timer);
  });
});

describe("across API instances", () => {
  let secondDatabase: EmmaDatabase | undefined;
  let second: TestApp | undefined;
  let secondUrl: string | undefined;

  /** A second API instance on the same PostgreSQL schema, started by the first test that needs it. */
  async function secondInstance(): Promise<string> {
    if (secondUrl) return secondUrl;
    const databaseUrl = testDatabaseUrl();
    if (!databaseUrl) throw new Error("TEST_DATABASE_URL missing");
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(t.database.db);
    secondDatabase = await openDatabase({ url: databaseUrl, schema: rows[0]?.schema, poolSize: 2 });
    second = await createTestApp({ database: secondDatabase, existingUsers: t.users });
    secondUrl = (await second.app.listen(0)).url;
    return secondUrl;
  }
  afterAll(async () => {
    await second?.app.close();
    await secondDatabase?.close();
  });

  it.runIf(postgresOnly("the two-instance session-end test"))(
    "logging out on one instance ends the stream held by another",
    async () => {
      const databaseUrl = testDatabaseUrl();
      if (!databaseUrl) throw new Error("TEST_DATABASE_URL missing");
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(
        t.database.db,
      );
      secondDatabase = await openDatabase({ url: databaseUrl, schema: rows[0]?.schema, poolSize: 2 });
      second = await createTestApp({ database: secondDatabase, existingUsers: t.users });
      const { url: secondUrl } = await second.app.listen(0);
      const token = await newToken();
      const stream = await openStream(secondUrl, token);
      await httpClient(url, () => token).auth.logout.mutate();
      expect(await stream.ended(1000)).toBe("UNAUTHORIZED");
      await somethingHappens(t);
      await new Promise((resolve) => setTimeout(resolve, 200));
      stream.close();
      expect(delivered(stream)).toBe(false);
    },
  );

  it.runIf(postgresOnly("the lost-notice session-end test"))(
    "a revocation whose notice was lost in a listener reconnect still ends the stream once the listener is back",
    async () => {
      const token = await newToken();
      const instanceUrl = await secondInstance();
      const stream = await openStream(instanceUrl, token);
      // Revoked without a notice, as if it fell into the gap while the listener was away ...
      await t.database.db
        .updateTable("sessions")
        .set({ revoked_at: new Date() })
        .where("user_id", "=", userId)
        .where("revoked_at", "is", null)
        .execute();
      expect(await stream.ended(300)).toBe("still open");
      // ... and the listener connections of this schema drop and come back.
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(
        t.database.db,
      );
      await sql`
        select pg_terminate_backend(pid) from pg_stat_activity
        where application_name = 'emma-listen' and query like ${`%"${rows[0]?.schema ?? ""}.%`}
      `.execute(t.database.db);
      expect(await stream.ended(10_000)).toBe("UNAUTHORIZED");
      stream.close();
      // Nor does that instance's session cache keep the revoked session alive.
      await expect(httpClient(instanceUrl, () => token).auth.me.query()).rejects.toMatchObject({
        data: { code: "UNAUTHORIZED" },
      });
    },
  );
});
