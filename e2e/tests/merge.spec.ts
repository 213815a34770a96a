import { expect, test } from "@playwright/test";
import { AGENT, screenshot, signIn } from "../support/console.ts";

// Jürgen Weiß (apps/api/src/demo/heroes.ts) called from an unlinked landline that a later contact
// form connected to his email: the demo leaves a merge suggestion on him.
test("an agent merges a suggested duplicate after confirming what differs, and undoes it", async ({
  page,
}) => {
  await signIn(page, AGENT);
  // Jürgen, the demo's second hero, by his mobile number: the demo has another Jürgen Weiß.
  await page.getByRole("combobox", { name: "Kunden und Nachrichten suchen" }).fill("0152 86886052");
  await page
    .getByRole("group", { name: "Kunden" })
    .getByRole("option", { name: /Jürgen Weiß/ })
    .first()
    .click();

  const customer = page.getByRole("complementary", { name: "Kunde 360" });
  const banner = customer.locator(".merge-banner");
  await expect(banner).toBeVisible();
  // The evidence in words, naming the identifiers; never a customer id.
  const evidence = banner.getByText(/^Eine eingehende Nachricht nannte /);
  await expect(evidence).toBeVisible();
  await expect(evidence).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  await screenshot(page, "09-merge-suggestion");
  await banner.getByRole("button", { name: "Zusammenführen" }).click();

  const confirmation = banner.getByRole("alertdialog", { name: "Diese Kunden unterscheiden sich" });
  await expect(confirmation).toBeVisible();
  await expect(confirmation.getByRole("listitem").first()).toContainText(/^Name: Jürgen Weiß ↔ /);
  await screenshot(page, "10-merge-confirmation");
  await confirmation.getByRole("button", { name: "Trotzdem zusammenführen" }).click();
  await expect(banner).toHaveCount(0);

  const history = customer.locator(".merge-history");
  await expect(history).toContainText(/zusammengeführt von Nina/);
  await expect(
    page.getByRole("feed", { name: "Zeitleiste" }).locator('[data-kind="merge"]').first(),
  ).toBeVisible();
  await screenshot(page, "11-merged");
  // The agent who merged may undo it.
  await history.getByRole("button", { name: "Rückgängig" }).click();
  await expect(history).toHaveCount(0);
});
