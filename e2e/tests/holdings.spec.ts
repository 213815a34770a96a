import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, appUrl, screenshot, signIn } from "../support/console.ts";
import { ANNA, annaWithNumber } from "../support/demo-customer.ts";
import { DEMO_ADMIN, mutate } from "../support/trpc-mutation.ts";

test("a system of record's import shows on the 360 with the customer number and when it synced", async ({
  page,
}) => {
  const { token } = await mutate<{ token: string }>("auth.login", {
    email: DEMO_ADMIN,
    password: DEMO_PASSWORD,
  });
  const anna = await annaWithNumber(token);
  const { key } = await mutate<{ key: string }>(
    "holdings.createKey",
    { sourceSystem: "depot-system", name: "E2E depot export" },
    token,
  );
  const response = await fetch(`${appUrl()}/import/holdings`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-emma-key": key },
    body: JSON.stringify([
      {
        sourceSystem: "depot-system",
        externalId: "depot-e2e-1",
        customer: { customerNumber: anna.customerNumber },
        kind: "deposit",
        name: "Wertpapierdepot Klassik",
        reference: "DEPOT-4711-0815",
        balance: { minor: 1234567, currency: "EUR" },
      },
    ]),
  });
  expect(response.status).toBe(200);

  await signIn(page);
  await page.keyboard.press("/");
  await page.keyboard.type(ANNA);
  await page
    .locator("#search-results")
    .getByRole("group", { name: "Kunden" })
    .getByRole("option", { name: new RegExp(ANNA) })
    .first()
    .click();
  const customer = page.getByRole("complementary", { name: /Kunde 360|Customer 360/ });
  await expect(customer.locator(".customer-number")).toHaveText(`Kundennummer ${anna.customerNumber}`);
  const summary = customer.locator("summary", { hasText: /^Konten und Produkte/ });
  if ((await summary.locator("xpath=..").getAttribute("open")) === null) await summary.click();
  const depot = customer.locator(".product-list li", { hasText: "Wertpapierdepot Klassik" });
  await expect(depot.locator(".balance")).toHaveText(/12\.345,67\s€/);
  await expect(depot.locator(".reference")).toHaveText("…0815");
  const sources = customer.getByRole("list", { name: "Herkunft der Konten und Produkte" });
  await expect(sources.getByRole("listitem").filter({ hasText: "depot-system" })).toHaveText(
    /^depot-system: zuletzt synchronisiert \d{2}\.\d{2}\.\d{4}/,
  );
  await expect(sources.getByRole("listitem").filter({ hasText: "core-banking" })).toBeVisible();
  await sources.scrollIntoViewIfNeeded();
  await screenshot(page, "holdings-360");
  await customer.locator(".customer-number").scrollIntoViewIfNeeded();
  await screenshot(page, "holdings-customer-number");
});
