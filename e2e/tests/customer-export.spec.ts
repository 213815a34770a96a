import { expect, test } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { SUPERVISOR, screenshot, signIn } from "../support/console.ts";

// Anna Schneider, the demo's first hero (apps/api/src/demo/heroes.ts): every channel, holdings, consents.
const ANNA = "Anna Schneider";

test("a supervisor exports a customer's data from the 360 and downloads one ZIP with the JSON and the readable document", async ({
  page,
}) => {
  await signIn(page, SUPERVISOR);
  await page.keyboard.press("/");
  await page.keyboard.type(ANNA);
  await page
    .locator("#search-results")
    .getByRole("group", { name: "Kunden" })
    .getByRole("option", { name: new RegExp(ANNA) })
    .first()
    .click();
  const customer = page.getByRole("complementary", { name: /Kunde 360/ });
  await expect(customer.locator("#customer-name")).toHaveText(ANNA);

  await customer.getByRole("button", { name: "Daten exportieren" }).click();
  const dialog = page.getByRole("dialog", { name: `Daten exportieren: ${ANNA}` });
  await expect(dialog.getByText(/Die ZIP-Datei wird nach 7 Tagen gelöscht/)).toBeVisible();
  await expect(dialog.getByLabel("Sprache des lesbaren Dokuments")).toHaveValue("de");
  await expect(dialog.getByText("Noch keine Exporte.")).toBeVisible();
  await dialog.getByRole("button", { name: "Export starten" }).click();

  const row = dialog.locator(".export-data-row").first();
  await expect(row).toContainText("Stefan");
  const downloadButton = row.getByRole("button", { name: /^ZIP herunterladen \(.+\)$/ });
  await expect(downloadButton).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText("Fertig");
  await expect(row).toContainText(/Wird am .+ gelöscht/);
  await screenshot(page, "customer-export-dialog");

  const [download] = await Promise.all([page.waitForEvent("download"), downloadButton.click()]);
  expect(download.suggestedFilename()).toMatch(/^emma-export-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(readFileSync(await download.path()));
  const data = JSON.parse(strFromU8(files["export.json"] ?? new Uint8Array())) as {
    schemaVersion: number;
    customer: { displayName: string };
    conversations: { items: unknown[] }[];
  };
  expect(data.schemaVersion).toBe(1);
  expect(data.customer.displayName).toBe(ANNA);
  expect(data.conversations.flatMap((c) => c.items).length).toBeGreaterThan(0);
  expect(files["export.schema.json"]).toBeDefined();
  const html = strFromU8(files["Auskunft.html"] ?? new Uint8Array());
  expect(html).toContain(`<title>Auskunft über gespeicherte Daten: ${ANNA}</title>`);
});
