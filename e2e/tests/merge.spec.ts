import { expect, test } from "@playwright/test";
import { screenshot, signIn, SUPERVISOR } from "../support/console.ts";

// Jürgen Weiß (apps/api/src/demo/heroes.ts) called from an unlinked landline that a later contact
// form connected to his email: the demo leaves a merge suggestion on him.
test("a supervisor merges a suggested duplicate and undoes it", async ({ page }) => {
  await signIn(page, SUPERVISOR);
  await expect(
    page.getByRole("navigation", { name: "Warteschlangen" }).getByRole("button", { name: /^Alle/ }),
  ).toBeVisible();
  await page.getByRole("combobox", { name: "Kunden suchen" }).fill("Jürgen Weiß");
  await page
    .getByRole("option", { name: /Jürgen Weiß/ })
    .first()
    .click();

  const customer = page.getByRole("complementary", { name: "Kunde 360" });
  const banner = customer.locator(".merge-banner");
  await expect(banner).toBeVisible();
  await screenshot(page, "09-merge-suggestion");
  await banner.getByRole("button", { name: "Zusammenführen" }).click();
  await expect(banner).toHaveCount(0);

  const history = customer.locator(".merge-history");
  await expect(history).toBeVisible();
  await expect(
    page.getByRole("feed", { name: "Zeitleiste" }).locator('[data-kind="merge"]').first(),
  ).toBeVisible();
  await screenshot(page, "10-merged");
  await history.getByRole("button", { name: "Rückgängig" }).click();
  await expect(history).toHaveCount(0);
});
