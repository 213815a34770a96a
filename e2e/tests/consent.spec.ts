import { expect, test } from "@playwright/test";
import { screenshot, signIn } from "../support/console.ts";
import { openCustomerConversation } from "../support/conversation.ts";
import { customerWritesAnEmail } from "../support/inbound-email.ts";

test("recording an opt-out from the 360 warns the composer and blocks the reply, saying why", async ({
  page,
}) => {
  const { name, subject } = await customerWritesAnEmail({
    spec: "consent",
    person: "Olga Optout",
    question: "Frage zur Überweisung",
  });
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
