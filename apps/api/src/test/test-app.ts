import { createSecretKey } from "node:crypto";
import type { Role } from "@emma/core";
import { createApp, type App, type AppOptions } from "../create-app.ts";
import { openSession } from "../auth/open-session.ts";
import type { EmmaDatabase } from "../db/connect.ts";
import type { Logger } from "../services.ts";
import { createCallerFactory } from "../trpc/trpc.ts";
import { appRouter } from "../trpc/app-router.ts";
import { createContext } from "../trpc/context.ts";
import { createTestDatabase } from "./test-database.ts";
import { tombstoneKeyFrom } from "../features/erasure/tombstone-key.ts";

const createCaller = createCallerFactory(appRouter);
export type AppCaller = ReturnType<typeof createCaller>;

export interface TestUser {
  id: string;
  role: Role;
  token: string;
}

export interface TestApp {
  app: App;
  database: EmmaDatabase;
  users: Record<Role, TestUser>;
  /** A tRPC caller as `role` (or anonymous), through the same context and middleware as HTTP. */
  caller(role: Role | "anonymous"): AppCaller;
  /** A tRPC caller presenting this bearer token. */
  callerWithToken(token: string): AppCaller;
  close(): Promise<void>;
}

function callerWithToken(app: App, token: string | undefined): AppCaller {
  return createCaller(() =>
    createContext(app.services, {
      authorization: token === undefined ? undefined : `Bearer ${token}`,
      connectionToken: undefined,
      ip: "127.0.0.1",
      userAgent: "vitest",
    }),
  );
}

/** Collects log lines instead of printing them, so tests can assert what was logged. */
export function memoryLogger(): Logger & {
  lines: { level: string; message: string; facts?: Record<string, unknown> }[];
} {
  const lines: { level: string; message: string; facts?: Record<string, unknown> }[] = [];
  return {
    lines,
    info: (message, facts) => lines.push({ level: "info", message, facts }),
    warn: (message, facts) => lines.push({ level: "warn", message, facts }),
    error: (message, facts) => lines.push({ level: "error", message, facts }),
  };
}

/**
 * A migrated database, an app with workers off, and one signed-in user per role. Sessions are made
 * directly (argon2 login is tested on its own) so that each test file starts fast.
 */
/** The secret key every test app runs with. */
export const TEST_SECRET_KEY = createSecretKey(Buffer.alloc(32, 7));
/** The erasure tombstone key test apps derive from it: tests that ingest by hand use it too. */
export const TEST_TOMBSTONE_KEY = tombstoneKeyFrom(TEST_SECRET_KEY);

export async function createTestApp(
  options: {
    database?: EmmaDatabase;
    existingUsers?: Record<Role, TestUser>;
    /** A built console to serve at /, for tests of what the browser gets. */
    consoleDir?: string;
    /** Where the app logs; a fresh memoryLogger by default. */
    log?: Logger;
    /** Hosts the file fetcher may reach, e.g. a simulator's CDN on 127.0.0.1. */
    fileFetchAllowed?: string[];
    /** EMMA_FILE_MAX_BYTES: the largest file fetched or uploaded. */
    fileMaxBytes?: number;
    /** EMMA_LIVE_HOLDINGS_URLS: where the 360 asks for live holdings. */
    liveHoldingsUrls?: Record<string, string>;
    /** How the matcher reads identifiers written in messages; none by default. */
    /** The evaluation automatic merges rely on, instead of core's. */
    matcherEvaluation?: AppOptions["matcherEvaluation"];
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const app = await createApp({
    database,
    log: options.log ?? memoryLogger(),
    secretKey: TEST_SECRET_KEY,
    workers: false,
    consoleDir: options.consoleDir,
    liveHoldingsUrls: options.liveHoldingsUrls,
    ...(options.matcherEvaluation === undefined ? {} : { matcherEvaluation: options.matcherEvaluation }),
    fileFetch: {
      ...(options.fileFetchAllowed ? { allowedAddresses: options.fileFetchAllowed } : {}),
      ...(options.fileMaxBytes ? { maxBytes: options.fileMaxBytes } : {}),
    },
  });
  const users = options.existingUsers ?? ({} as Record<Role, TestUser>);
  for (const role of options.existingUsers ? [] : (["agent", "supervisor", "admin"] as const)) {
    const user = await database.db
      .insertInto("users")
      .values({
        email: `${role}@test.example`,
        display_name: `Test ${role}`,
        role,
        password_hash: "not-a-hash",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const { token } = await openSession(database.db, { userId: user.id, now: new Date() });
    users[role] = { id: user.id, role, token };
  }
  return {
    app,
    database,
    users,
    caller: (role) => callerWithToken(app, role === "anonymous" ? undefined : users[role].token),
    callerWithToken: (token) => callerWithToken(app, token),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
