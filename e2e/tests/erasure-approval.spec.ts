import { expect, test } from "@playwright/test";
import { appUrl, screenshot, signIn, SUPERVISOR } from "../support/console.ts";
import { openCustomerConversation } from "../support/conversation.ts";
import { customerWritesAnEmail } from "../support/inbound-email.ts";
import { DEMO_ADMIN } from "../support/trpc-mutation.ts";

test("a supervisor asks for a customer's erasure with a reason, another person, an admin, approves it, and the person is gone from the console", async ({
  page,
  browser,
}) => {
  const { name } = await customerWritesAnEmail({
    spec: "erasure",
    person: "Edda Erase",
    question: "Bitte löschen Sie meine Daten",
  });

  // The supervisor asks on the customer's 360, reading what erasure removes and keeps.
  await signIn(page, SUPERVISOR);
  await openCustomerConversation(page, name);
  const customer = page.getByRole("complementary", { name: /Kunde 360/ });
  await customer.locator("summary", { hasText: /^Löschung \(Art\. 17 DSGVO\)/ }).click();
  await expect(customer.getByText("Keine Löschung beantragt.")).toBeVisible();
  await customer.getByRole("button", { name: "Löschung beantragen" }).click();
  const ask = page.getByRole("dialog", { name: `Löschung von ${name} beantragen` });
  await expect(ask).toContainText("Die Löschung ist endgültig.");
  await expect(ask).toContainText("Nichts hält die Löschung auf");
  await ask.getByLabel("Grund").fill("Kundin verlangt die Löschung nach Art. 17 DSGVO per E-Mail.");
  await screenshot(page, "erasure-request-dialog");
  await ask.getByRole("button", { name: "Antrag stellen" }).click();
  await expect(ask).toBeHidden();
  const section = customer.locator(".erasure-section");
  await expect(customer.locator("summary", { hasText: /^Löschung/ })).toContainText(
    "Beantragt – wartet auf Genehmigung",
  );
  await expect(section).toContainText("Beantragt von Stefan");
  await expect(customer.getByRole("button", { name: "Löschung beantragen" })).toHaveCount(0);
  await screenshot(page, "erasure-requested-360");

  // An admin, signed in elsewhere, finds it among the open requests and approves it.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO_ADMIN);
  await admin.goto(`${appUrl()}#/admin/erasure-requests`);
  await expect(admin.getByRole("heading", { name: "Löschanträge", exact: true })).toBeVisible();
  const row = admin.getByRole("row").filter({ has: admin.getByRole("rowheader", { name, exact: true }) });
  await expect(row).toContainText("Beantragt – wartet auf Genehmigung");
  await expect(row).toContainText("Kundin verlangt die Löschung");
  await row.getByRole("button", { name: "Genehmigen" }).click();
  const approve = admin.getByRole("dialog", { name: `Löschung von ${name} genehmigen` });
  await expect(approve).toContainText(
    `Endgültig: Alle Texte, Namen, Telefonnummern, Anschriften und Dateien von ${name}`,
  );
  await expect(approve).toContainText("Die Löschung beginnt sofort nach der Genehmigung.");
  await screenshot(admin, "erasure-approve-dialog");
  await approve.getByRole("button", { name: "Endgültige Löschung genehmigen" }).click();
  await expect(approve).toBeHidden();

  // The erasure worker the approval woke carries it out at once; the queue shows it done once it
  // refetches (it does so on its own every 30 s; a reload is quicker).
  const done = admin.getByRole("row").filter({ hasText: "Kundin verlangt die Löschung" });
  await expect(async () => {
    await admin.reload();
    await expect(done).toContainText("Gelöscht", { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(done).toContainText("Entschieden von Anna");
  await expect(admin.getByText(name)).toHaveCount(0);
  await screenshot(admin, "erasure-done-queue");
  await adminContext.close();

  // The supervisor's view: an erased person, the message's text gone with the reason said plainly,
  // and the person's name and words nowhere on the page.
  await page.reload();
  await expect(customer.getByRole("heading", { name: "Gelöschte Person" })).toBeVisible();
  await expect(customer).toContainText("nach Art. 17 DSGVO gelöscht");
  await expect(page.getByText(/Inhalt gelöscht am .*Art\. 17 DSGVO/).first()).toBeVisible();
  await expect(page.getByText("Hier wird nicht mehr geantwortet.", { exact: false })).toBeVisible();
  await expect(page.getByRole("button", { name: "Senden" })).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText(name);
  await expect(page.locator("body")).not.toContainText("Bitte löschen Sie meine Daten");
  await screenshot(page, "erasure-done-360");
});
