import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { AGENT, screenshot, signIn, SUPERVISOR } from "../support/console.ts";

/**
 * The reports section: a supervisor reads where customers had to start over on another channel,
 * follows a number to the conversations behind it and one of them into the inbox, and exports the
 * report as CSV. The demo's heroes (apps/api/src/demo/heroes.ts) wrote on several channels.
 */
test("a supervisor reads the repeat contacts, drills into a number and exports CSV", async ({ page }) => {
  await signIn(page, SUPERVISOR);
  await expect(
    page.getByRole("navigation", { name: "Bereiche" }).getByRole("button", { name: "Berichte" }),
  ).toBeVisible();
  await page.locator("body").press("g");
  await page.locator("body").press("r");
  await expect(page).toHaveURL(/#\/reports$/);
  await expect(page.getByRole("heading", { name: "Berichte", level: 1 })).toBeVisible();

  await page
    .getByRole("group", { name: "Bericht" })
    .getByRole("button", { name: "Wiederholte Kontakte" })
    .click();
  await page.getByRole("group", { name: "Zeitraum" }).getByRole("button", { name: "Letzte 90 Tage" }).click();
  await expect(page).toHaveURL(/#\/reports\/repeatContacts\?from=/);
  await expect(page.locator(".reports-summary")).toContainText(/\d+(,\d)?\s%\sder Kontakte/);
  const pairs = page.getByRole("table", { name: "Kanalwechsel" });
  await expect(pairs.getByRole("row")).not.toHaveCount(1);
  await screenshot(page, "reports-repeat-contacts");

  await pairs
    .getByRole("button", { name: /Kontakte \(Zeitraum\)/ })
    .first()
    .click();
  const drill = page.getByRole("region", { name: /Konversationen hinter/ });
  await expect(drill).toContainText(/\d+ Konversation/);
  await screenshot(page, "reports-drill-down");

  await page.getByRole("group", { name: "Darstellung" }).getByRole("button", { name: "Tabelle" }).click();
  await expect(page.getByRole("table", { name: "Wiederholte Kontakte als Tabelle" })).toContainText(
    "Anteil an allen Kontakten",
  );
  await screenshot(page, "reports-table");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "CSV exportieren" }).click();
  const csv = await readFile(await (await download).path(), "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split("\r\n");
  expect(lines[0]).toBe("Kennzahl;Zeitraum;Vorzeitraum;Veränderung");
  expect(lines[1]).toMatch(/^Wiederholte Kontakte;\d+;/);
  expect(csv).toMatch(/→ .*: Kontakte;\d+;/);

  await drill.getByRole("rowheader").first().getByRole("button").click();
  await expect(page).toHaveURL(/#\/conversations\/[0-9a-f-]{36}$/);
  await expect(page.locator(".conversation-header h2")).toBeVisible();
  await screenshot(page, "reports-opened-conversation");
});

test("an agent has no reports", async ({ page }) => {
  await signIn(page, AGENT);
  const sections = page.getByRole("navigation", { name: "Bereiche" });
  await expect(sections.getByRole("button", { name: "Posteingang" })).toBeVisible();
  await expect(sections.getByRole("button", { name: "Berichte" })).toHaveCount(0);
});
