import { expect, test } from "@playwright/test";
import { createHmac, randomBytes } from "node:crypto";
import { appUrl, DEMO_PASSWORD, screenshot, signIn } from "../support/console.ts";
import { openCustomerConversation } from "../support/conversation.ts";
import { DEMO_ADMIN, mutate } from "../support/trpc-mutation.ts";

/** A customer who wrote one e-mail through the bank's own integration; returns her name and subject. */
async function customerWritesAnEmail() {
  const { token } = await mutate<{ token: string }>("auth.login", {
    email: DEMO_ADMIN,
    password: DEMO_PASSWORD,
  });
  const signingSecret = randomBytes(24).toString("hex");
  const connector = await mutate<{ id: string }>(
    "connectors.create",
    {
      kind: "emma-inbound",
      name: "Mail-Integration (E2E Einwilligung)",
      config: { channel: "email", demo: true },
      secrets: { signingSecret },
    },
    token,
  );
  const stamp = Date.now();
  const name = `Olga Optout ${String(stamp).slice(-5)}`;
  const subject = `Frage zur Überweisung ${stamp}`;
  const body = JSON.stringify([
    {
      channel: "email",
      kind: "message",
      externalId: `e2e-consent-${stamp}`,
      threadKey: `e2e-consent-thread-${stamp}`,
      occurredAt: new Date().toISOString(),
      direction: "inbound",
      subject,
      author: { name, identities: [{ kind: "email", value: `olga.${stamp}@example.de` }] },
      text: "Wann wird meine Überweisung ausgeführt?",
    },
  ]);
  const webhook = await fetch(`${appUrl()}/webhooks/${connector.id}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-emma-signature": `sha256=${createHmac("sha256", signingSecret).update(body).digest("hex")}`,
    },
    body,
  });
  expect(webhook.status).toBe(202);
  return { name, subject };
}

test("recording an opt-out from the 360 warns the composer and blocks the reply, saying why", async ({
  page,
}) => {
  const { name, subject } = await customerWritesAnEmail();
  await signIn(page);
  await openCustomerConversation(page, name);
  await expect(page.locator(".conversation-header h2")).toHaveText(subject);

  const customer = page.getByRole("complementary", { name: /Kunde 360/ });
  const section = customer.locator("summary", { hasText: /^Einwilligungen/ });
  await section.click();
  const table = customer.getByRole("table", { name: "Einwilligungen je Kanal und Zweck" });
  await expect(table.locator('tr[data-channel="email"] td[data-purpose="service"]')).toContainText(
    "Nichts erfasst: erlaubt",
  );
  await expect(page.locator(".consent-warning")).toHaveCount(0);

  await customer.getByRole("button", { name: "Einwilligung oder Widerspruch erfassen" }).click();
  const dialog = page.getByRole("dialog", { name: "Einwilligung oder Widerspruch erfassen" });
  await dialog.getByLabel("Kanal").selectOption({ label: "E-Mail" });
  await dialog.getByLabel("Zweck").selectOption({ label: "Servicenachrichten" });
  await dialog.getByRole("radio", { name: "Widerrufen" }).check();
  await dialog
    .getByLabel("Wie hat der Kunde es mitgeteilt?")
    .selectOption({ label: "Im Gespräch (Telefon, Chat, Filiale)" });
  await dialog.getByLabel("Notiz (optional)").fill("Rief an: keine E-Mails mehr");
  await screenshot(page, "consent-dialog");
  await dialog.getByRole("button", { name: "Erfassen" }).click();
  await expect(dialog).toBeHidden();

  const emailService = table.locator('tr[data-channel="email"] td[data-purpose="service"]');
  await expect(emailService).toContainText(/Widerrufen am .*, im Gespräch mit uns/);
  await expect(customer.locator(".consent-objections")).toHaveText("1 Widerspruch");

  // Before the agent writes: the composer names the objection.
  const warning = page.locator(".consent-warning");
  await expect(warning).toContainText(
    /Keine Antwort möglich: Der Kunde hat am .* im Gespräch mit uns widersprochen, über E-Mail Nachrichten zu erhalten\./,
  );
  await expect(warning).toContainText("Notiz: „Rief an: keine E-Mails mehr“");
  await screenshot(page, "consent-composer-warning");

  const text = `Ihre Überweisung wird morgen ausgeführt. (${Date.now()})`;
  await page.getByRole("textbox", { name: "Antwort" }).fill(text);
  await page.getByRole("button", { name: "Senden" }).click();
  const reply = page.getByRole("region", { name: "Verlauf der Konversation" }).locator(".entry.outbound", {
    hasText: text,
  });
  const delivery = reply.getByRole("status");
  await expect(delivery).toContainText("Fehlgeschlagen", { timeout: 20_000 });
  await expect(delivery).toContainText(
    /Nicht versendet: Der Kunde hat am .* im Gespräch mit uns widersprochen, über E-Mail Servicenachrichten zu erhalten\./,
  );
  // Nothing lost: the reply stays in the thread, to be sent again once consent is back.
  await expect(reply).toContainText(text);
  await expect(delivery.getByRole("button", { name: "Erneut senden" })).toBeVisible();
  await delivery.scrollIntoViewIfNeeded();
  await screenshot(page, "consent-reply-refused");
});
