import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSecrets } from "../../crypto/secret-box.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import {
  allSecrets,
  answerLog,
  imapPassword,
  rawRow,
  signingSecret,
  smtpPassword,
  unreachableEmail,
} from "./connectors-test-kit.ts";

let t: TestApp;
const { answers, seen, errorOf } = answerLog();

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("connectors", () => {
  it("lists the registry's kinds with JSON Schemas for the settings form", async () => {
    const kinds = seen(await t.caller("admin").connectors.kinds());
    const inbound = kinds.find((k) => k.kind === "emma-inbound");
    expect(inbound).toMatchObject({
      title: "Emma inbound webhook",
      receivesWebhooks: true,
      testable: false,
      secretFields: ["signingSecret"],
      secretsSchema: { type: "object", required: ["signingSecret"] },
    });
    expect(inbound?.configSchema).toMatchObject({ properties: { channel: { type: "string" } } });
    expect(kinds.find((k) => k.kind === "email")).toMatchObject({
      testable: true,
      secretFields: ["imapPassword", "smtpPassword"],
    });
  });

  it("creates one with its secret sealed, and lists it with an empty queue", async () => {
    const admin = t.caller("admin");
    const created = seen(
      await admin.connectors.create({
        kind: "emma-inbound",
        name: "CRM webhook",
        config: { channel: "forum" },
        secrets: { signingSecret },
      }),
    );
    expect(created).toMatchObject({
      kind: "emma-inbound",
      kindTitle: "Emma inbound webhook",
      name: "CRM webhook",
      enabled: true,
      defaultCountry: "DE",
      config: { channel: "forum" },
      secretsSet: { signingSecret: true },
      secretsReadable: true,
      health: { backlog: 0, failedEvents: 0, failingSends: 0, lastEventAt: null, oldestPendingAt: null },
    });

    const row = await rawRow(t, created.id);
    expect(row.secrets).not.toContain(signingSecret);
    expect(openSecrets(t.app.services.secretKey, row.secrets ?? "")).toEqual({ signingSecret });

    const listed = seen(await admin.connectors.list()).find((c) => c.id === created.id);
    expect(listed).toMatchObject({ name: "CRM webhook", health: { backlog: 0, failedEvents: 0 } });
    expect(listed).not.toHaveProperty("config");
    expect(seen(await admin.connectors.get({ connectorId: created.id }))).toEqual(created);
  });

  it("takes a secrets patch: given fields replace, omitted ones stay, null removes", async () => {
    const admin = t.caller("admin");
    const mail = seen(
      await admin.connectors.create({
        kind: "email",
        name: "Service mailbox",
        defaultCountry: "at",
        enabled: false,
        config: unreachableEmail,
        secrets: { imapPassword, smtpPassword: "old-smtp-password" },
      }),
    );
    expect(mail).toMatchObject({ defaultCountry: "AT", enabled: false });
    // Defaults of the kind's schema are stored with the config.
    expect(mail.config).toMatchObject({ imap: { mailbox: "INBOX" }, pollIntervalSeconds: 60 });

    const updated = seen(
      await admin.connectors.update({ connectorId: mail.id, name: "Postfach", secrets: { smtpPassword } }),
    );
    expect(updated).toMatchObject({
      name: "Postfach",
      defaultCountry: "AT",
      secretsSet: { imapPassword: true, smtpPassword: true },
    });
    const sealed = (await rawRow(t, mail.id)).secrets ?? "";
    expect(openSecrets(t.app.services.secretKey, sealed)).toEqual({ imapPassword, smtpPassword });

    const removed = seen(
      await admin.connectors.update({ connectorId: mail.id, secrets: { smtpPassword: null } }),
    );
    expect(removed.secretsSet).toEqual({ imapPassword: true, smtpPassword: false });
    const configOnly = seen(
      await admin.connectors.update({
        connectorId: mail.id,
        config: { ...unreachableEmail, displayName: "Bank Kundenservice" },
      }),
    );
    expect(configOnly.config).toMatchObject({ displayName: "Bank Kundenservice" });
    expect(openSecrets(t.app.services.secretKey, (await rawRow(t, mail.id)).secrets ?? "")).toEqual({
      imapPassword,
    });

    // A required secret cannot be patched away.
    const refused = await errorOf(
      admin.connectors.update({ connectorId: mail.id, secrets: { imapPassword: null } }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toContain("secrets.imapPassword");
  });

  it("refuses settings the kind does not accept, naming the field and never the secret", async () => {
    const admin = t.caller("admin");
    const badConfig = await errorOf(
      admin.connectors.create({
        kind: "emma-inbound",
        name: "Falsch",
        config: { channel: "fax" },
        secrets: { signingSecret },
      }),
    );
    expect(badConfig.code).toBe("BAD_REQUEST");
    expect(badConfig.message).toContain("config.channel");

    const shortSecret = "too-short";
    const badSecret = await errorOf(
      admin.connectors.create({
        kind: "emma-inbound",
        name: "Kurz",
        secrets: { signingSecret: shortSecret },
      }),
    );
    expect(badSecret.code).toBe("BAD_REQUEST");
    expect(badSecret.message).toContain("secrets.signingSecret");
    expect(badSecret.message).not.toContain(shortSecret);

    const unknownKind = await errorOf(admin.connectors.create({ kind: "fax", name: "Fax" }));
    expect(unknownKind).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining('"fax"') as unknown,
    });
    const badCountry = await errorOf(
      admin.connectors.create({
        kind: "emma-inbound",
        name: "X",
        defaultCountry: "XX",
        secrets: { signingSecret },
      }),
    );
    expect(badCountry.code).toBe("BAD_REQUEST");
    expect(
      (await t.database.db.selectFrom("connectors").select("name").execute()).map((c) => c.name),
    ).not.toContain("Falsch");
  });

  it("switches a connector off and on", async () => {
    const admin = t.caller("admin");
    const { id } = await admin.connectors.create({
      kind: "emma-inbound",
      name: "Schalter",
      secrets: { signingSecret },
    });
    expect(seen(await admin.connectors.setEnabled({ connectorId: id, enabled: false })).enabled).toBe(false);
    expect((await rawRow(t, id)).enabled).toBe(false);
    await admin.connectors.setEnabled({ connectorId: id, enabled: false });
    expect(seen(await admin.connectors.setEnabled({ connectorId: id, enabled: true })).enabled).toBe(true);
    const actions = await t.database.db
      .selectFrom("audit_log")
      .select("action")
      .where("subject_id", "=", id)
      .orderBy("id")
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      "connector.created",
      "connector.disabled",
      "connector.enabled",
    ]);
  });

  it("treats stored secrets it cannot open as unset, and lets the admin enter them again", async () => {
    const admin = t.caller("admin");
    const { id } = await admin.connectors.create({
      kind: "emma-inbound",
      name: "Neuer Schlüssel",
      secrets: { signingSecret },
    });
    await t.database.db
      .updateTable("connectors")
      .set({ secrets: "v1:garbage" })
      .where("id", "=", id)
      .execute();
    expect(seen(await admin.connectors.get({ connectorId: id }))).toMatchObject({
      secretsReadable: false,
      secretsSet: { signingSecret: false },
    });
    const missing = await errorOf(admin.connectors.update({ connectorId: id, secrets: {} }));
    expect(missing.message).toContain("could not be opened");
    expect(
      seen(await admin.connectors.update({ connectorId: id, secrets: { signingSecret } })),
    ).toMatchObject({
      secretsReadable: true,
      secretsSet: { signingSecret: true },
    });
  });

  it("keeps secrets out of every answer and every audit entry", async () => {
    const admin = t.caller("admin");
    answers.push(await admin.connectors.list());
    const text = JSON.stringify(answers);
    for (const secret of allSecrets) expect(text).not.toContain(secret);

    const audit = await t.database.db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("subject_type", "=", "connector")
      .execute();
    const actions = new Set(audit.map((a) => a.action));
    for (const action of [
      "connector.created",
      "connector.updated",
      "connector.disabled",
      "connector.enabled",
    ]) {
      expect(actions).toContain(action);
    }
    const logged = JSON.stringify(audit);
    for (const secret of allSecrets) expect(logged).not.toContain(secret);
    expect(logged).toContain("secretsChanged");
  });

  it("is for admins only", async () => {
    await expect(t.caller("supervisor").connectors.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(t.caller("anonymous").connectors.kinds()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
