import { afterEach, describe, expect, it } from "vitest";
import { discourseAccountEmail } from "./discourse-account-email.ts";
import { checkDiscourseHealth } from "./discourse-health.ts";
import { startFakeForumApi, type ForumAnswer, type ForumRequest } from "./test/fake-forum-api.ts";
import { forumContext } from "./test/forum-context.ts";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function start(answer: (request: ForumRequest) => ForumAnswer) {
  const api = await startFakeForumApi(answer);
  close = api.close;
  return api;
}

const INVALID_KEY = {
  status: 403,
  body: {
    errors: ["You are not permitted to view the requested resource. The API username or key is invalid."],
    error_type: "invalid_access",
  },
};

function adminForum(users: Record<string, unknown>, canReadEmails = true) {
  return (request: ForumRequest): ForumAnswer => {
    if (request.path === "/session/current.json") {
      return {
        status: 200,
        body: { current_user: { id: 1, username: "emma_support", admin: canReadEmails, moderator: true } },
      };
    }
    const user = /^\/admin\/users\/(\d+)\.json$/.exec(request.path)?.[1];
    if (user !== undefined) {
      if (!canReadEmails)
        return {
          status: 403,
          body: {
            errors: ["You are not permitted to view the requested resource."],
            error_type: "invalid_access",
          },
        };
      const found = users[user];
      return found
        ? { status: 200, body: found }
        : {
            status: 404,
            body: { errors: ["The requested URL or resource could not be found."], error_type: "not_found" },
          };
    }
    return { status: 404, body: {} };
  };
}

describe("the Discourse connection's health", () => {
  it("names the key's user and role, and whether it reads e-mails", async () => {
    const api = await start(adminForum({ "1": { id: 1, email: "forum@bank.example", active: true } }));
    const health = await checkDiscourseHealth(forumContext(api.url, { verifiedEmails: true }));
    expect(health).toMatchObject({
      ok: true,
      detail: "Connected to https://community.bank.example as emma_support",
      facts: { username: "emma_support", role: "admin", emails: "readable" },
    });
    expect(api.requests[0]?.headers["api-key"]).toBe("0123456789abcdef0123456789abcdef");
  });

  it("warns when verified e-mails are on but the key cannot read them", async () => {
    const api = await start(adminForum({}, false));
    const health = await checkDiscourseHealth(forumContext(api.url, { verifiedEmails: true }));
    expect(health).toMatchObject({ ok: true, facts: { role: "moderator", emails: "not readable" } });
    expect(health.ok ? health.warnings?.[0] : "").toContain("admin key");
  });

  it("fails in Discourse's words, asking for a reconnect, when the key is refused", async () => {
    const api = await start(() => INVALID_KEY);
    const health = await checkDiscourseHealth(forumContext(api.url));
    expect(health).toMatchObject({ ok: false, reconnect: true });
    expect(health.ok ? "" : health.error).toContain("The API username or key is invalid.");
  });
});

describe("a forum user's e-mail address", () => {
  const users = {
    "42": { id: 42, username: "juergen_w", email: "juergen.weiss@example.de", active: true, staged: false },
    "43": { id: 43, username: "anna_k", email: "anna@example.de", active: false, staged: false },
    "44": { id: 44, username: "mail_only", email: "kunde@example.de", active: true, staged: true },
  };

  it("is verified for an active account, unverified for an unconfirmed or staged one", async () => {
    const api = await start(adminForum(users));
    const context = forumContext(api.url, { verifiedEmails: true });
    expect(
      await discourseAccountEmail({ kind: "forum", value: "community.bank.example:42" }, context),
    ).toEqual({
      address: "juergen.weiss@example.de",
      verified: true,
    });
    expect(await discourseAccountEmail({ kind: "forum", value: "43" }, context)).toEqual({
      address: "anna@example.de",
      verified: false,
    });
    expect(await discourseAccountEmail({ kind: "forum", value: "44" }, context)).toMatchObject({
      verified: false,
    });
    expect(api.requests.map((request) => request.path)).toEqual([
      "/admin/users/42.json",
      "/admin/users/43.json",
      "/admin/users/44.json",
    ]);
  });

  it("is null when not allowed, not found, or verified e-mails are off (then Discourse is not asked)", async () => {
    const api = await start(adminForum(users, false));
    expect(
      await discourseAccountEmail(
        { kind: "forum", value: "42" },
        forumContext(api.url, { verifiedEmails: true }),
      ),
    ).toBeNull();
    await close?.();
    const open = await start(adminForum(users));
    expect(
      await discourseAccountEmail(
        { kind: "forum", value: "99" },
        forumContext(open.url, { verifiedEmails: true }),
      ),
    ).toBeNull();
    expect(await discourseAccountEmail({ kind: "forum", value: "42" }, forumContext(open.url))).toBeNull();
    expect(open.requests).toHaveLength(1);
  });
});
