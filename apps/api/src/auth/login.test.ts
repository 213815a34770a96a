import { LOGIN_THROTTLE, loginRefusalSchema } from "@emma/core";
import { TRPCError, getTRPCErrorShape } from "@trpc/server";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/connect.ts";
import { postgresOnly } from "../test/postgres-only.ts";
import { createTestApp, memoryLogger, type TestApp } from "../test/test-app.ts";
import { testDatabaseUrl } from "../test/test-database.ts";
import { appRouter } from "../trpc/app-router.ts";
import { createContext } from "../trpc/context.ts";
import { createCallerFactory } from "../trpc/trpc.ts";
import { login, loginLockKey } from "./login.ts";
import { hashPassword } from "./password.ts";

let t: TestApp;
const password = "richtig-und-lang";

beforeAll(async () => {
  t = await createTestApp();
  const hash = await hashPassword(password);
  await t.database.db
    .insertInto("users")
    .values([
      {
        email: "Greta.Berger@Emma.example",
        display_name: "Greta Berger",
        role: "agent",
        password_hash: hash,
      },
      { email: "gone@emma.example", display_name: "Gone", role: "agent", password_hash: hash, active: false },
      ...["known", "grows", "lifted", "parallel", "shared", "flooded"].map((name) => ({
        email: `${name}@emma.example`,
        display_name: name,
        role: "agent" as const,
        password_hash: hash,
      })),
    ])
    .execute();
});
afterAll(() => t.close());

/** A sign-in form on another machine: `app` sees this source address. */
function from(ip: string, app: TestApp = t) {
  return createCallerFactory(appRouter)(() =>
    createContext(app.app.services, {
      authorization: undefined,
      connectionToken: undefined,
      ip,
      userAgent: "vitest",
    }),
  );
}

/** How an attempt ended: "signed in", a tRPC code, and what a throttled refusal told the console. */
async function attempt(ip: string, email: string, secret: string, app: TestApp = t) {
  try {
    await from(ip, app).auth.login({ email, password: secret });
    return { outcome: "signed in" };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    // The error as it goes over the wire, through the API's error formatter.
    const shape = getTRPCErrorShape({
      config: appRouter._def._config,
      error,
      type: "mutation",
      path: "auth.login",
      input: undefined,
      ctx: undefined,
    });
    const refusal = loginRefusalSchema.nullable().parse(shape.data.loginRefusal);
    return refusal ? { outcome: error.code, ...refusal } : { outcome: error.code };
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("auth", () => {
  it("signs in with any capitalisation of the email and opens a session that works", async () => {
    const { token } = await t
      .caller("anonymous")
      .auth.login({ email: "greta.berger@emma.example", password });
    const session = await t.database.db
      .selectFrom("sessions")
      .select("token_hash")
      .orderBy("created_at", "desc")
      .executeTakeFirstOrThrow();
    expect(session.token_hash).not.toContain(token);
    const me = await t.app.services.sessions.authenticate(token);
    expect(me?.displayName).toBe("Greta Berger");
  });

  it("gives one answer for a wrong password, an unknown email and a deactivated user", async () => {
    const anonymous = t.caller("anonymous");
    for (const attempt of [
      { email: "greta.berger@emma.example", password: "falsch" },
      { email: "niemand@emma.example", password },
      { email: "gone@emma.example", password },
    ]) {
      await expect(anonymous.auth.login(attempt)).rejects.toMatchObject({
        code: "UNAUTHORIZED",
        message: "Email or password is wrong",
      });
    }
  });

  it("ends a session on logout, refused at once on this instance", async () => {
    const { token } = await t
      .caller("anonymous")
      .auth.login({ email: "greta.berger@emma.example", password });
    const caller = t.callerWithToken(token);
    expect((await caller.auth.me()).displayName).toBe("Greta Berger");
    await caller.auth.logout();
    // The revocation notice clears the session cache; without it the session would live 10 s longer.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(caller.auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("lists my sessions and lets me end another one of mine", async () => {
    const mine = t.callerWithToken(
      (await t.caller("anonymous").auth.login({ email: "greta.berger@emma.example", password })).token,
    );
    const otherToken = (
      await t.caller("anonymous").auth.login({ email: "greta.berger@emma.example", password })
    ).token;
    const other = t.callerWithToken(otherToken);
    const otherId = (await other.auth.me()).sessionId;
    const sessions = await mine.auth.sessions();
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions.map((s) => s.id)).toContain(otherId);
    await mine.auth.revokeSession({ sessionId: otherId });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(other.auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(
      t.caller("agent").auth.revokeSession({ sessionId: (await mine.auth.me()).sessionId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("sign-in throttling", () => {
  it("a guesser elsewhere makes the account wait, but not its user at the address they always use", async () => {
    const email = "known@emma.example";
    expect(await attempt("10.0.0.1", email, password)).toEqual({ outcome: "signed in" });
    for (let i = 0; i < LOGIN_THROTTLE.freeFailures; i++) {
      expect(await attempt("10.6.6.6", email, "falsch")).toEqual({ outcome: "UNAUTHORIZED" });
    }
    expect(await attempt("10.6.6.6", email, "falsch")).toEqual({
      outcome: "TOO_MANY_REQUESTS",
      reason: "account-delay",
      retryAfterSeconds: 1,
    });
    expect(await attempt("10.0.0.1", email, password)).toEqual({ outcome: "signed in" });
  });

  it("the wait grows with each failure instead of a lock, and the right password works once it passed", async () => {
    const email = "grows@emma.example";
    const log = memoryLogger();
    let now = new Date("2030-01-01T08:00:00Z").getTime();
    const tryAt = (secret: string) =>
      login(t.database.db, {
        email,
        password: secret,
        ip: "10.6.6.7",
        userAgent: null,
        now: new Date(now),
        log,
      })
        .then(() => "signed in")
        .catch((error: unknown) =>
          error instanceof Error && "refusal" in error
            ? `wait ${loginRefusalSchema.parse(error.refusal).retryAfterSeconds} s`
            : "wrong",
        );
    for (let i = 0; i < LOGIN_THROTTLE.freeFailures; i++) expect(await tryAt("falsch")).toBe("wrong");
    const waits: string[] = [];
    for (let seconds = 1; seconds <= 32; seconds *= 2) {
      waits.push(await tryAt(password));
      // Just past the wait, the next guess is taken again (and is wrong again).
      now += seconds * 1000 + 1;
      if (seconds < 32) expect(await tryAt("falsch")).toBe("wrong");
    }
    expect(waits).toEqual(["wait 1 s", "wait 2 s", "wait 4 s", "wait 8 s", "wait 16 s", "wait 32 s"]);
    expect(await tryAt(password)).toBe("signed in");
    expect(log.lines.filter((line) => line.message === "login: refused by throttling")).toHaveLength(6);
  });

  it("an admin can lift an account's wait: the user signs in at once from a new address", async () => {
    const email = "lifted@emma.example";
    for (let i = 0; i < LOGIN_THROTTLE.freeFailures; i++) await attempt("10.6.6.8", email, "falsch");
    expect(await attempt("10.0.0.8", email, password)).toMatchObject({ reason: "account-delay" });
    const user = await t.database.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", email)
      .executeTakeFirstOrThrow();
    await t.caller("admin").users.liftLoginDelay({ userId: user.id });
    expect(await attempt("10.0.0.8", email, password)).toEqual({ outcome: "signed in" });
  });

  it("guesses sent at the same moment are counted one after the other, not all let through", async () => {
    const email = "parallel@emma.example";
    // On PostgreSQL, hold the account's lock so that every guess is in flight at the deciding point.
    let release: () => void = () => undefined;
    let held: Promise<unknown> = Promise.resolve();
    if (testDatabaseUrl()) {
      const locked = new Promise<void>((resolve) => {
        held = t.database.db.transaction().execute(async (trx) => {
          await sql`select pg_advisory_xact_lock(hashtext(${loginLockKey(email)}))`.execute(trx);
          resolve();
          await new Promise<void>((done) => (release = done));
        });
      });
      await locked;
    }
    const guesses = Array.from({ length: 6 }, () => attempt("10.6.6.9", email, "falsch"));
    await sleep(100);
    release();
    await held;
    const outcomes = (await Promise.all(guesses)).map((guess) => guess.outcome).sort();
    expect(outcomes).toEqual([
      ...Array<string>(6 - LOGIN_THROTTLE.freeFailures).fill("TOO_MANY_REQUESTS"),
      ...Array<string>(LOGIN_THROTTLE.freeFailures).fill("UNAUTHORIZED"),
    ]);
  });

  it("one address guessing at many accounts is stopped, also rotating through its IPv6 /64; other networks are not", async () => {
    for (let i = 0; i < LOGIN_THROTTLE.addressMaxFailures; i++) {
      expect(
        await attempt(`2001:db8:6:6::${(i + 1).toString(16)}`, `nobody${i}@emma.example`, "falsch"),
      ).toEqual({
        outcome: "UNAUTHORIZED",
      });
    }
    expect(await attempt("2001:db8:6:6:ffff::1", "nobody-else@emma.example", "falsch")).toMatchObject({
      outcome: "TOO_MANY_REQUESTS",
      reason: "address-limit",
    });
    expect(await attempt("2001:db8:6:7::1", "nobody-else@emma.example", "falsch")).toEqual({
      outcome: "UNAUTHORIZED",
    });
  });

  it.runIf(postgresOnly("the two-instance throttling test"))(
    "every API instance counts the same failures: guesses spread over two instances wait all the same",
    async () => {
      const url = testDatabaseUrl();
      if (!url) throw new Error("TEST_DATABASE_URL missing");
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(
        t.database.db,
      );
      const secondDatabase = await openDatabase({ url, schema: rows[0]?.schema, poolSize: 2 });
      const second = await createTestApp({ database: secondDatabase, existingUsers: t.users });
      try {
        const email = "shared@emma.example";
        for (let i = 0; i < LOGIN_THROTTLE.freeFailures; i++) {
          expect(await attempt("10.6.8.1", email, "falsch")).toEqual({ outcome: "UNAUTHORIZED" });
        }
        expect(await attempt("10.6.8.2", email, "falsch", second)).toMatchObject({
          outcome: "TOO_MANY_REQUESTS",
          reason: "account-delay",
        });
      } finally {
        await second.app.close();
        await secondDatabase.close();
      }
    },
  );

  // Last: the flood it stores counts against every later attempt for a minute.
  it("a flood of failures from everywhere slows new addresses, and the real user still gets in", async () => {
    const email = "flooded@emma.example";
    expect(await attempt("10.0.0.9", email, password)).toEqual({ outcome: "signed in" });
    const at = new Date();
    await t.database.db
      .insertInto("login_attempts")
      .values(
        Array.from({ length: LOGIN_THROTTLE.overallMaxFailures }, (_, i) => ({
          email: `bot${i}@emma.example`,
          ip: `10.9.${i % 250}.${i % 7}`,
          source: `10.9.${i % 250}.${i % 7}`,
          succeeded: false,
          at,
        })),
      )
      .execute();
    expect(await attempt("10.7.7.7", email, password)).toMatchObject({
      outcome: "TOO_MANY_REQUESTS",
      reason: "overall-limit",
    });
    expect(await attempt("10.0.0.9", email, password)).toEqual({ outcome: "signed in" });
  });
});
