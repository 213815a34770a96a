import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { hashPassword } from "./password.ts";
import { MAX_FAILURES } from "./login.ts";

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
      { email: "locked@emma.example", display_name: "Locked", role: "agent", password_hash: hash },
      { email: "gone@emma.example", display_name: "Gone", role: "agent", password_hash: hash, active: false },
    ])
    .execute();
});
afterAll(() => t.close());

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

  it(`stops trying after ${MAX_FAILURES} failures, even with the right password`, async () => {
    const anonymous = t.caller("anonymous");
    for (let i = 0; i < MAX_FAILURES; i++) {
      await expect(
        anonymous.auth.login({ email: "locked@emma.example", password: "falsch" }),
      ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
    const refusal = await anonymous.auth
      .login({ email: "locked@emma.example", password })
      .catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(String(refusal)).toMatch(/Try again in 1[45] minutes/);
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
