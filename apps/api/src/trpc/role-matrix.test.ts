import {
  DEFAULT_RETENTION_SETTINGS,
  DEFAULT_SERVICE_SETTINGS,
  ROLES,
  can,
  type Permission,
  type Role,
} from "@emma/core";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../auth/password.ts";
import { createTestApp, type AppCaller, type TestApp } from "../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../test/test-ingest.ts";
import { appRouter } from "./app-router.ts";

type Caller = AppCaller;
interface Fixtures {
  customerId: string;
  otherCustomerId: string;
  conversationId: string;
  teamId: string;
  userIds: Record<Role, string>;
}

/** Who may call: a permission from the matrix in @emma/core, any signed-in user, or anyone. */
type Access = Permission | "signed-in" | "public";
interface Case {
  access: Access;
  call: (caller: Caller, f: Fixtures) => Promise<unknown>;
}

const unknownId = "00000000-0000-4000-8000-000000000000";
const loginPassword = "correct horse battery";
const reportRange = { from: "2026-01-01", to: "2026-01-31", timeZone: "Europe/Berlin" };

/** Every procedure of the API. The test below fails if one is added without a line here. */
const cases: Record<string, Case> = {
  "auth.login": {
    access: "public",
    call: (c) => c.auth.login({ email: "login@test.example", password: loginPassword }),
  },
  "auth.me": { access: "signed-in", call: (c) => c.auth.me() },
  "auth.sessions": { access: "signed-in", call: (c) => c.auth.sessions() },
  "auth.revokeSession": { access: "signed-in", call: (c) => c.auth.revokeSession({ sessionId: unknownId }) },
  "auth.changePassword": {
    access: "signed-in",
    call: (c) =>
      c.auth.changePassword({ currentPassword: "wrong-password", newPassword: "another-password" }),
  },
  "auth.setLocale": { access: "signed-in", call: (c) => c.auth.setLocale({ locale: "de" }) },
  // The link's secret is the credential; an unknown one is refused as such (set-password-link.test).
  "auth.setPasswordWithLink": {
    access: "public",
    call: (c) =>
      c.auth.setPasswordWithLink({ token: "unknown-link-secret-000", password: "long-enough-password" }),
  },
  "customers.search": { access: "customer.search", call: (c) => c.customers.search({ query: "Kunde" }) },
  "search.query": { access: "customer.search", call: (c) => c.search.query({ query: "Kunde" }) },
  "audit.list": { access: "audit.read", call: (c) => c.audit.list({}) },
  "audit.customerAccess": {
    access: "audit.read",
    call: (c, f) => c.audit.customerAccess({ customerId: f.customerId }),
  },
  "audit.people": { access: "audit.read", call: (c) => c.audit.people() },
  "settings.service": { access: "settings.manage", call: (c) => c.settings.service() },
  "settings.saveService": {
    access: "settings.manage",
    call: (c) => c.settings.saveService(DEFAULT_SERVICE_SETTINGS),
  },
  "settings.retention": { access: "settings.manage", call: (c) => c.settings.retention() },
  "settings.matching": { access: "settings.manage", call: (c) => c.settings.matching() },
  "settings.saveMatching": {
    access: "settings.manage",
    call: (c) => c.settings.saveMatching({ autoMergeFromScore: null }),
  },
  "retention.preview": {
    access: "settings.manage",
    call: (c) => c.retention.preview(DEFAULT_RETENTION_SETTINGS),
  },
  "retention.lastRun": { access: "settings.manage", call: (c) => c.retention.lastRun() },
  "retention.runNow": { access: "settings.manage", call: (c) => c.retention.runNow() },
  "settings.saveRetention": {
    access: "settings.manage",
    call: (c) => c.settings.saveRetention(DEFAULT_RETENTION_SETTINGS),
  },
  "customers.get": { access: "customer.read", call: (c, f) => c.customers.get({ customerId: f.customerId }) },
  "consents.list": { access: "customer.read", call: (c, f) => c.consents.list({ customerId: f.customerId }) },
  "customerExports.start": {
    access: "customer.export",
    call: (c, f) =>
      c.customerExports.start({ customerId: f.customerId, language: "de", timeZone: "Europe/Berlin" }),
  },
  "customerExports.list": {
    access: "customer.export",
    call: (c, f) => c.customerExports.list({ customerId: f.customerId }),
  },
  "consents.record": {
    access: "consent.record",
    call: (c, f) =>
      c.consents.record({
        customerId: f.customerId,
        channel: "email",
        purpose: "marketing",
        state: "withdrawn",
        how: "agent",
      }),
  },
  "customers.journey": {
    access: "customer.read",
    call: (c, f) => c.customers.journey({ customerId: f.customerId }),
  },
  // Every open conversation by name: supervisors and admins, not agents.
  "live.overview": { access: "conversation.readAll", call: (c) => c.live.overview() },
  "timeline.list": { access: "timeline.read", call: (c, f) => c.timeline.list({ customerId: f.customerId }) },
  "conversations.list": {
    access: "conversation.readAll",
    call: (c) => c.conversations.list({ queue: "all" }),
  },
  "conversations.counts": { access: "conversation.read", call: (c) => c.conversations.counts() },
  "conversations.get": {
    access: "conversation.read",
    call: (c, f) => c.conversations.get({ conversationId: f.conversationId }),
  },
  "conversations.assign": {
    access: "conversation.assignOthers",
    call: (c, f) =>
      c.conversations.assign({ conversationId: f.conversationId, assigneeId: f.userIds.supervisor }),
  },
  "conversations.setStatus": {
    access: "conversation.setStatus",
    call: (c, f) => c.conversations.setStatus({ conversationId: f.conversationId, status: "pending" }),
  },
  "conversations.setTags": {
    access: "conversation.tag",
    call: (c, f) => c.conversations.setTags({ conversationId: f.conversationId, add: ["rückruf"] }),
  },
  "community.suggestions": {
    access: "conversation.read",
    call: (c, f) => c.community.suggestions({ conversationId: f.conversationId }),
  },
  "conversations.tags": { access: "conversation.read", call: (c) => c.conversations.tags({ prefix: "r" }) },
  "conversations.bulkUpdate": {
    access: "conversation.setStatus",
    call: (c, f) =>
      c.conversations.bulkUpdate({
        conversationIds: [f.conversationId],
        change: { kind: "setStatus", status: "open" },
      }),
  },
  "savedFilters.list": { access: "conversation.read", call: (c) => c.savedFilters.list() },
  "savedFilters.save": {
    access: "conversation.read",
    call: (c) =>
      c.savedFilters.save({
        name: "Rückrufe",
        view: { queue: "mine", statuses: ["open"], tag: "rückruf", order: "waiting" },
      }),
  },
  "savedFilters.delete": {
    access: "conversation.read",
    // NOT_FOUND for every permitted role: the matrix checks only who gets past the role check.
    call: (c) => c.savedFilters.delete({ id: unknownId }),
  },
  "conversations.attachCustomer": {
    access: "conversation.attachCustomer",
    // Refused as CONFLICT for every permitted role (the fixture conversation has a customer): the
    // matrix checks only who gets past the role check.
    call: (c, f) =>
      c.conversations.attachCustomer({ conversationId: f.conversationId, customerId: f.customerId }),
  },
  "conversations.addNote": {
    access: "conversation.note",
    call: (c, f) => c.conversations.addNote({ conversationId: f.conversationId, text: "Notiz" }),
  },
  "conversations.retryDelivery": {
    access: "conversation.reply",
    call: (c) => c.conversations.retryDelivery({ outboxId: unknownId }),
  },
  "conversations.reply": {
    access: "conversation.reply",
    call: (c, f) =>
      c.conversations.reply({
        conversationId: f.conversationId,
        text: "Danke!",
        idempotencyKey: `k-${Math.random()}`,
      }),
  },
  "merges.suggestions": { access: "merge.read", call: (c) => c.merges.suggestions({}) },
  "merges.merge": {
    access: "merge.perform",
    call: (c) =>
      c.merges.merge({
        survivorId: unknownId,
        absorbedId: "00000000-0000-4000-8000-000000000001",
        reason: "same person",
      }),
  },
  "merges.preview": {
    access: "merge.perform",
    call: (c, f) => c.merges.preview({ survivorId: f.customerId, absorbedId: f.otherCustomerId }),
  },
  "merges.namesakes": {
    access: "merge.read",
    call: (c, f) => c.merges.namesakes({ customerId: f.customerId }),
  },
  "merges.markDistinct": {
    access: "merge.perform",
    call: (c, f) => c.merges.markDistinct({ customerIds: [f.customerId, f.otherCustomerId] }),
  },
  "merges.identityFacts": {
    access: "merge.perform",
    call: (c, f) => c.merges.identityFacts({ customerIds: [f.customerId, f.otherCustomerId] }),
  },
  "merges.checkIdentity": {
    access: "merge.perform",
    call: (c, f) =>
      c.merges.checkIdentity({
        customerIds: [f.customerId, f.otherCustomerId],
        answers: { postcode: "10115" },
      }),
  },
  // The fixtures' customers have no address on file: allowed callers are told so (NOT_FOUND).
  "merges.sendIdentityCode": {
    access: "merge.perform",
    call: (c, f) =>
      c.merges.sendIdentityCode({ customerIds: [f.customerId, f.otherCustomerId], identityId: unknownId }),
  },
  "merges.confirmIdentityCode": {
    access: "merge.perform",
    call: (c, f) =>
      c.merges.confirmIdentityCode({ customerIds: [f.customerId, f.otherCustomerId], code: "123456" }),
  },
  // Agents may undo their own merges; whose merge it is, the command decides (merge-roundtrip.test).
  "merges.unmerge": { access: "merge.perform", call: (c) => c.merges.unmerge({ mergeId: unknownId }) },
  "merges.dismiss": { access: "merge.perform", call: (c) => c.merges.dismiss({ suggestionId: unknownId }) },
  "merges.notSamePerson": {
    access: "merge.perform",
    call: (c) => c.merges.notSamePerson({ suggestionId: unknownId }),
  },
  "merges.openSuggestions": { access: "merge.review", call: (c) => c.merges.openSuggestions({}) },
  "merges.sweep": { access: "merge.review", call: (c) => c.merges.sweep() },
  "merges.startSweep": { access: "merge.review", call: (c) => c.merges.startSweep() },
  "users.directory": { access: "conversation.assign", call: (c) => c.users.directory() },
  "users.list": { access: "user.manage", call: (c) => c.users.list() },
  "users.create": {
    access: "user.manage",
    call: (c) =>
      c.users.create({
        email: `new${Math.random()}@test.example`,
        displayName: "Neu",
        role: "agent",
        signIn: { kind: "link" },
      }),
  },
  "users.update": {
    access: "user.manage",
    call: (c, f) => c.users.update({ userId: f.userIds.agent, displayName: "Test agent" }),
  },
  "users.resetPassword": {
    access: "user.manage",
    call: (c) => c.users.resetPassword({ userId: unknownId, signIn: { kind: "link" } }),
  },
  "users.liftLoginDelay": {
    access: "user.manage",
    call: (c) => c.users.liftLoginDelay({ userId: unknownId }),
  },
  "teams.list": { access: "signed-in", call: (c) => c.teams.list() },
  "teams.create": { access: "team.manage", call: (c) => c.teams.create({ name: `Team ${Math.random()}` }) },
  "teams.update": {
    access: "team.manage",
    call: (c, f) => c.teams.update({ teamId: f.teamId, memberIds: [] }),
  },
  "teams.delete": { access: "team.manage", call: (c) => c.teams.delete({ teamId: unknownId }) },
  "events.stream": {
    access: "signed-in",
    call: async (c) => {
      const stream = await c.events.stream({ lastEventId: null });
      await stream[Symbol.asyncIterator]().return?.(undefined);
      return stream;
    },
  },
  "cannedResponses.list": { access: "cannedResponse.use", call: (c) => c.cannedResponses.list() },
  "cannedResponses.create": {
    access: "cannedResponse.manage",
    call: (c) => c.cannedResponses.create({ title: "Gruß", body: "Hallo {{customer.firstName}}" }),
  },
  "cannedResponses.update": {
    access: "cannedResponse.manage",
    call: (c) => c.cannedResponses.update({ id: unknownId, title: "Neu" }),
  },
  "cannedResponses.delete": {
    access: "cannedResponse.manage",
    call: (c) => c.cannedResponses.delete({ id: unknownId }),
  },
  "macros.list": { access: "cannedResponse.use", call: (c) => c.macros.list() },
  "macros.create": {
    access: "cannedResponse.manage",
    call: (c) => c.macros.create({ title: `Erledigt ${Math.random()}`, status: "resolved" }),
  },
  "macros.update": {
    access: "cannedResponse.manage",
    call: (c) => c.macros.update({ id: unknownId, title: "Neu", status: "pending" }),
  },
  "macros.delete": { access: "cannedResponse.manage", call: (c) => c.macros.delete({ id: unknownId }) },
  // Refused as NOT_FOUND for every permitted role (no such macro): the matrix checks the role only.
  "macros.applyTo": {
    access: "cannedResponse.use",
    call: (c, f) =>
      c.macros.applyTo({
        macroId: unknownId,
        conversationId: f.conversationId,
        idempotencyKey: `k-${Math.random()}`,
      }),
  },
  "presence.update": {
    access: "conversation.read",
    call: (c, f) => c.presence.update({ conversationId: f.conversationId, state: "viewing" }),
  },
  "connectors.kinds": { access: "connector.manage", call: (c) => c.connectors.kinds() },
  "connectors.list": { access: "connector.manage", call: (c) => c.connectors.list() },
  "connectors.get": { access: "connector.manage", call: (c) => c.connectors.get({ connectorId: unknownId }) },
  "connectors.create": {
    access: "connector.manage",
    call: (c) =>
      c.connectors.create({
        kind: "emma-inbound",
        name: `Webhook ${Math.random()}`,
        secrets: { signingSecret: "role-matrix-signing-secret" },
      }),
  },
  "connectors.update": {
    access: "connector.manage",
    call: (c) => c.connectors.update({ connectorId: unknownId, name: "Neu" }),
  },
  "connectors.setEnabled": {
    access: "connector.manage",
    call: (c) => c.connectors.setEnabled({ connectorId: unknownId, enabled: false }),
  },
  "connectors.reprocessFailedEvents": {
    access: "connector.manage",
    call: (c) => c.connectors.reprocessFailedEvents({ connectorId: unknownId }),
  },
  "connectors.testConnection": {
    access: "connector.manage",
    call: (c) => c.connectors.testConnection({ connectorId: unknownId }),
  },
  "holdings.live": { access: "customer.read", call: (c) => c.holdings.live({ customerId: unknownId }) },
  "holdings.keys": { access: "connector.manage", call: (c) => c.holdings.keys() },
  "holdings.liveSources": { access: "connector.manage", call: (c) => c.holdings.liveSources() },
  "holdings.createKey": {
    access: "connector.manage",
    call: (c) => c.holdings.createKey({ sourceSystem: "core-banking", name: "Role matrix" }),
  },
  "holdings.revokeKey": {
    access: "connector.manage",
    call: (c) => c.holdings.revokeKey({ keyId: unknownId }),
  },
  "erasure.request": {
    access: "erasure.request",
    call: (c, f) => c.erasure.request({ customerId: f.customerId, reason: "Art. 17 request by letter" }),
  },
  "erasure.withdraw": {
    access: "erasure.request",
    call: (c) => c.erasure.withdraw({ requestId: unknownId }),
  },
  "erasure.approve": { access: "erasure.approve", call: (c) => c.erasure.approve({ requestId: unknownId }) },
  "erasure.refuse": {
    access: "erasure.approve",
    call: (c) => c.erasure.refuse({ requestId: unknownId, note: "Duty to keep applies" }),
  },
  "erasure.list": { access: "erasure.request", call: (c) => c.erasure.list({}) },
  "erasure.forCustomer": {
    access: "erasure.request",
    call: (c, f) => c.erasure.forCustomer({ customerId: f.customerId }),
  },
  "legalHolds.place": {
    access: "erasure.approve",
    call: (c, f) => c.legalHolds.place({ customerId: f.otherCustomerId, reason: "Court case 12 O 3/26" }),
  },
  "legalHolds.lift": {
    access: "erasure.approve",
    call: (c) => c.legalHolds.lift({ holdId: unknownId, note: "Case closed" }),
  },
  "legalHolds.forCustomer": {
    access: "erasure.request",
    call: (c, f) => c.legalHolds.forCustomer({ customerId: f.customerId }),
  },
  "reports.contacts": { access: "report.read", call: (c) => c.reports.contacts(reportRange) },
  "reports.responseTimes": { access: "report.read", call: (c) => c.reports.responseTimes(reportRange) },
  "reports.calls": { access: "report.read", call: (c) => c.reports.calls(reportRange) },
  "reports.backlog": { access: "report.read", call: (c) => c.reports.backlog(reportRange) },
  "reports.sla": { access: "report.read", call: (c) => c.reports.sla(reportRange) },
  "reports.repeatContacts": { access: "report.read", call: (c) => c.reports.repeatContacts(reportRange) },
  "reports.community": { access: "report.read", call: (c) => c.reports.community(reportRange) },
  "reports.breakdown": {
    access: "report.read",
    call: (c) => c.reports.breakdown({ ...reportRange, by: "agent" }),
  },
  "reports.drillDown": {
    access: "report.read",
    call: (c) => c.reports.drillDown({ range: reportRange, report: "contacts", key: "contacts|all|total" }),
  },
  // Last: it ends the session the other cases use.
  "auth.logout": { access: "signed-in", call: (c) => c.auth.logout() },
};

function allowed(access: Access, who: Role | "anonymous"): boolean {
  if (access === "public") return true;
  if (who === "anonymous") return false;
  return access === "signed-in" || can(who, access);
}

let t: TestApp;
let fixtures: Fixtures;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const connectorId = await createTestConnector(db, "email");
  const first = await ingestMessages(db, connectorId, [message("email")]);
  await ingestMessages(db, connectorId, [message("email")]);
  expect(first.outcome).toBe("processed");
  const conversations = await db
    .selectFrom("conversations")
    .select(["id", "customer_id"])
    .where("customer_id", "is not", null)
    .$narrowType<{ customer_id: string }>()
    .orderBy("created_at")
    .execute();
  await db
    .insertInto("users")
    .values({
      email: "login@test.example",
      display_name: "Login",
      role: "agent",
      password_hash: await hashPassword(loginPassword),
    })
    .execute();
  const team = await db
    .insertInto("teams")
    .values({ name: "Privatkunden" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const [a, b] = conversations;
  if (!a || !b) throw new Error("fixture conversations missing");
  fixtures = {
    customerId: a.customer_id,
    otherCustomerId: b.customer_id,
    conversationId: a.id,
    teamId: team.id,
    userIds: { agent: t.users.agent.id, supervisor: t.users.supervisor.id, admin: t.users.admin.id },
  };
});
afterAll(() => t.close());

describe("every procedure checks the caller's role", () => {
  it("covers every procedure of the router", () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(appRouter._def.procedures).sort());
  });

  for (const [path, { access, call }] of Object.entries(cases)) {
    for (const who of [...ROLES, "anonymous"] as const) {
      const expectAllowed = allowed(access, who);
      it(`${path} as ${who}: ${expectAllowed ? "allowed" : "refused"}`, async () => {
        const outcome = await call(t.caller(who), fixtures).then(
          () => "ok",
          (error: unknown) => (error instanceof TRPCError ? error.code : `unexpected: ${String(error)}`),
        );
        if (expectAllowed) {
          expect(["UNAUTHORIZED", "FORBIDDEN"]).not.toContain(outcome);
          expect(outcome).not.toMatch(/^unexpected|INTERNAL_SERVER_ERROR/);
        } else {
          expect(outcome).toBe(who === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN");
        }
      });
    }
  }
});
