import { TRPCClientError } from "@trpc/client";
import { TRPCError } from "@trpc/server";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSession } from "../../auth/open-session.ts";
import { httpClient } from "../../test/http-client.ts";
import { postgresOnly } from "../../test/postgres-only.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { UserRefusalError } from "./user-refusal-error.ts";

let t: TestApp;
let url: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ url } = await t.app.listen(0));
});
afterAll(() => t.close());

/** The account rule a call was refused by, or "ok". */
async function refusalOf(call: Promise<unknown>): Promise<string> {
  return call.then(
    () => "ok",
    (error: unknown) => {
      if (error instanceof TRPCError && error.cause instanceof UserRefusalError) return error.cause.refusal;
      return error instanceof TRPCError ? error.code : String(error);
    },
  );
}

async function auditActions(subjectId: string): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom("audit_log")
    .select("action")
    .where("subject_id", "=", subjectId)
    .orderBy("id")
    .execute();
  return rows.map((row) => row.action);
}

async function signIn(email: string, password: string) {
  const { token } = await t.caller("anonymous").auth.login({ email, password });
  return t.callerWithToken(token);
}

let counter = 0;
function newEmail(): string {
  counter += 1;
  return `person${counter}@test.example`;
}

describe("an account created with an initial password", () => {
  it("must set its own password at first sign-in before the API takes anything else", async () => {
    const email = newEmail();
    const created = await t.caller("admin").users.create({
      email,
      displayName: "Ina Initial",
      role: "agent",
      signIn: { kind: "password", password: "handed-over-once" },
    });
    expect(created.setPasswordLink).toBeNull();
    const { token } = await t.caller("anonymous").auth.login({ email, password: "handed-over-once" });
    const ina = t.callerWithToken(token);
    expect((await ina.auth.me()).mustChangePassword).toBe(true);
    await expect(ina.conversations.counts()).rejects.toMatchObject({ code: "FORBIDDEN" });

    // Over HTTP the console learns why, to show the set-password screen.
    const client = httpClient(url, () => token);
    const refused = await client.conversations.counts.query().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TRPCClientError);
    expect((refused as TRPCClientError<never>).data).toMatchObject({ passwordChangeRequired: true });

    await ina.auth.changePassword({
      currentPassword: "handed-over-once",
      newPassword: "my-very-own-password",
    });
    expect((await ina.auth.me()).mustChangePassword).toBe(false);
    await expect(ina.conversations.counts()).resolves.toBeDefined();
    expect(await auditActions(created.user.id)).toEqual(["user.created", "user.password_changed"]);
  });

  it("shows when the user last signed in", async () => {
    const email = newEmail();
    const { user } = await t.caller("admin").users.create({
      email,
      displayName: "Lena Login",
      role: "agent",
      signIn: { kind: "password", password: "handed-over-once" },
    });
    const before = (await t.caller("admin").users.list()).find((u) => u.id === user.id);
    expect(before?.lastLoginAt).toBeNull();
    await signIn(email, "handed-over-once");
    const after = (await t.caller("admin").users.list()).find((u) => u.id === user.id);
    expect(after?.lastLoginAt).not.toBeNull();
    expect(after?.mustChangePassword).toBe(true);
  });

  it("refuses a second account with the same e-mail, whatever its case", async () => {
    const email = newEmail();
    const input = { displayName: "Doppelt", role: "agent", signIn: { kind: "link" } } as const;
    await t.caller("admin").users.create({ ...input, email });
    expect(await refusalOf(t.caller("admin").users.create({ ...input, email: email.toUpperCase() }))).toBe(
      "email_taken",
    );
  });
});

describe("a one-time set-password link", () => {
  async function createWithLink(email: string) {
    const created = await t.caller("admin").users.create({
      email,
      displayName: "Lukas Link",
      role: "agent",
      signIn: { kind: "link" },
    });
    if (!created.setPasswordLink) throw new Error("no link returned");
    return { userId: created.user.id, token: created.setPasswordLink.token };
  }

  it("sets the password once, after which the user signs in without further ado", async () => {
    const email = newEmail();
    const { userId, token } = await createWithLink(email);
    const listed = (await t.caller("admin").users.list()).find((u) => u.id === userId);
    expect(listed?.setPasswordLinkExpiresAt).not.toBeNull();

    const anonymous = t.caller("anonymous");
    await expect(anonymous.auth.setPasswordWithLink({ token, password: "chosen-by-lukas" })).resolves.toEqual(
      {
        email,
      },
    );
    const lukas = await signIn(email, "chosen-by-lukas");
    expect((await lukas.auth.me()).mustChangePassword).toBe(false);
    expect(
      await refusalOf(anonymous.auth.setPasswordWithLink({ token, password: "someone-elses-try" })),
    ).toBe("link_invalid");
    expect(await auditActions(userId)).toEqual(["user.created", "user.password_set_by_link"]);
  });

  it("no longer works once expired", async () => {
    const { userId, token } = await createWithLink(newEmail());
    await t.database.db
      .updateTable("users")
      .set({ set_password_token_expires_at: new Date(Date.now() - 1000) })
      .where("id", "=", userId)
      .execute();
    expect(
      await refusalOf(
        t.caller("anonymous").auth.setPasswordWithLink({ token, password: "too-late-password" }),
      ),
    ).toBe("link_invalid");
  });
});

describe("resetting a password", () => {
  it("ends the user's sessions and the old password at once; the new one must be replaced", async () => {
    const email = newEmail();
    const { user } = await t.caller("admin").users.create({
      email,
      displayName: "Rita Reset",
      role: "agent",
      signIn: { kind: "password", password: "first-initial-pw" },
    });
    const rita = await signIn(email, "first-initial-pw");
    await rita.auth.changePassword({ currentPassword: "first-initial-pw", newPassword: "rita-forgot-this" });

    await t.caller("admin").users.resetPassword({
      userId: user.id,
      signIn: { kind: "password", password: "second-initial-pw" },
    });
    await expect(rita.auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(signIn(email, "rita-forgot-this")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const again = await signIn(email, "second-initial-pw");
    expect((await again.auth.me()).mustChangePassword).toBe(true);
  });

  it("with a link, leaves no password that works until the link is used", async () => {
    const email = newEmail();
    const { user } = await t.caller("admin").users.create({
      email,
      displayName: "Rolf Reset",
      role: "agent",
      signIn: { kind: "password", password: "first-initial-pw" },
    });
    const reset = await t.caller("admin").users.resetPassword({ userId: user.id, signIn: { kind: "link" } });
    await expect(signIn(email, "first-initial-pw")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    if (!reset.setPasswordLink) throw new Error("no link returned");
    await t.caller("anonymous").auth.setPasswordWithLink({
      token: reset.setPasswordLink.token,
      password: "rolfs-new-password",
    });
    await expect(signIn(email, "rolfs-new-password")).resolves.toBeDefined();
    expect(await auditActions(user.id)).toEqual([
      "user.created",
      "user.password_reset",
      "user.password_set_by_link",
    ]);
  });
});

describe("deactivating and the admins", () => {
  it("signs a deactivated user out at once and keeps them out", async () => {
    const email = newEmail();
    const { user } = await t.caller("admin").users.create({
      email,
      displayName: "Dora Deaktiviert",
      role: "agent",
      signIn: { kind: "password", password: "first-initial-pw" },
    });
    const dora = await signIn(email, "first-initial-pw");
    await t.caller("admin").users.update({ userId: user.id, active: false });
    await expect(dora.auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(signIn(email, "first-initial-pw")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await t.caller("admin").users.update({ userId: user.id, active: true });
    await expect(signIn(email, "first-initial-pw")).resolves.toBeDefined();
    expect(await auditActions(user.id)).toEqual(["user.created", "user.deactivated", "user.reactivated"]);
  });

  it("keeps one active admin: the last one can be neither demoted nor deactivated", async () => {
    const admins = await t.database.db.selectFrom("users").select("id").where("role", "=", "admin").execute();
    expect(admins.map((a) => a.id)).toEqual([t.users.admin.id]);
    const self = t.caller("admin");
    expect(await refusalOf(self.users.update({ userId: t.users.admin.id, role: "supervisor" }))).toBe(
      "last_admin",
    );
    expect(await refusalOf(self.users.update({ userId: t.users.admin.id, active: false }))).toBe(
      "last_admin",
    );

    const { user: second } = await self.users.create({
      email: newEmail(),
      displayName: "Zweite Admin",
      role: "admin",
      signIn: { kind: "link" },
    });
    expect(await refusalOf(self.users.update({ userId: t.users.admin.id, role: "agent" }))).toBe(
      "own_admin_rights",
    );
    expect(await refusalOf(self.users.update({ userId: second.id, role: "supervisor" }))).toBe("ok");
    expect(await refusalOf(self.users.update({ userId: second.id, role: "admin" }))).toBe("ok");
    expect(await refusalOf(self.users.update({ userId: second.id, active: false }))).toBe("ok");
    const roles = await t.database.db
      .selectFrom("users")
      .select(["role", "active"])
      .where("id", "=", t.users.admin.id)
      .executeTakeFirstOrThrow();
    expect(roles).toEqual({ role: "admin", active: true });
  });

  it.runIf(postgresOnly("two admins demoting each other at the same moment"))(
    "lets only one of two admins demoting each other at the same moment through",
    async () => {
      const db = t.database.db;
      const twin = async (name: string) => {
        const user = await db
          .insertInto("users")
          .values({ email: newEmail(), display_name: name, role: "admin", password_hash: "not-a-hash" })
          .returning("id")
          .executeTakeFirstOrThrow();
        const { token } = await openSession(db, { userId: user.id, now: new Date() });
        return { id: user.id, caller: t.callerWithToken(token) };
      };
      // Only these two stay admins: the test app's own admin steps down first.
      const [a, b] = [await twin("Admin A"), await twin("Admin B")];
      await a.caller.users.update({ userId: t.users.admin.id, role: "supervisor" });
      // Hold the admins' rows so both demotions are under way before either may count the admins.
      const pending = await db.transaction().execute(async (trx) => {
        await sql`select id from users where role = 'admin' for update`.execute(trx);
        const both = Promise.all([
          refusalOf(a.caller.users.update({ userId: b.id, role: "agent" })),
          refusalOf(b.caller.users.update({ userId: a.id, role: "agent" })),
        ]);
        for (let waited = 0; waited < 100; waited++) {
          // Within a transaction the activity view is a snapshot taken once; take a fresh one.
          await sql`select pg_stat_clear_snapshot()`.execute(trx);
          const { rows } = await sql<{ n: number }>`
            select count(*)::int as n from pg_stat_activity
            where wait_event_type = 'Lock' and datname = current_database()
          `.execute(trx);
          if ((rows[0]?.n ?? 0) >= 2) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        // Wrapped, so the transaction commits (letting both go) rather than waiting for them.
        return { both };
      });
      const outcomes = await pending.both;
      expect(outcomes.sort()).toEqual(["last_admin", "ok"]);
      const admins = await db
        .selectFrom("users")
        .select("id")
        .where("role", "=", "admin")
        .where("active", "=", true)
        .execute();
      expect(admins).toHaveLength(1);
      // The tests after this one sign in as the test app's admin again.
      await db.updateTable("users").set({ role: "admin" }).where("id", "=", t.users.admin.id).execute();
      t.users.admin.token = (await openSession(db, { userId: t.users.admin.id, now: new Date() })).token;
    },
  );
});

describe("sign-in delays on the users page", () => {
  it("shows a delay after wrong passwords, and none once an admin lifts it", async () => {
    const email = newEmail();
    const { user } = await t.caller("admin").users.create({
      email,
      displayName: "Vera Vertippt",
      role: "agent",
      signIn: { kind: "password", password: "first-initial-pw" },
    });
    // Recorded directly: through login, the fourth guess would already wait for the delay.
    await t.database.db
      .insertInto("login_attempts")
      .values(
        Array.from({ length: 6 }, () => ({
          email,
          ip: "203.0.113.9",
          source: "203.0.113.9",
          succeeded: false,
          at: new Date(),
        })),
      )
      .execute();
    const delayed = (await t.caller("admin").users.list()).find((u) => u.id === user.id);
    expect(delayed?.signInDelay?.failures).toBe(6);
    await t.caller("admin").users.liftLoginDelay({ userId: user.id });
    const lifted = (await t.caller("admin").users.list()).find((u) => u.id === user.id);
    expect(lifted?.signInDelay).toBeNull();
  });
});
