import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { AGENT, screenshot, signIn, SUPERVISOR } from "../support/console.ts";
import { openCustomerConversation } from "../support/conversation.ts";

/**
 * The supervisor's side: the live view, a customer's journey as a picture, and the audit log with
 * its CSV export and the customer's "who accessed this data". The demo's hero Anna Schneider has a
 * history on every channel (apps/api/src/demo/heroes.ts).
 */
test("a supervisor opens the live view by keyboard and sees queues and agents", async ({ page }) => {
  await signIn(page, SUPERVISOR);
  // The keys work once the console knows the role's sections.
  await expect(
    page.getByRole("navigation", { name: "Bereiche" }).getByRole("button", { name: "Live-Ansicht" }),
  ).toBeVisible();
  await page.locator("body").press("g");
  await page.locator("body").press("l");
  await expect(page).toHaveURL(/#\/live$/);
  await expect(page.getByRole("heading", { name: "Warteschlangen" })).toBeVisible();
  await expect(page.getByRole("table").first()).toContainText("Nicht zugewiesen");
  await expect(page.getByRole("heading", { name: "Agenten" })).toBeVisible();
  await screenshot(page, "supervisor-live");
});

test("an agent has no live view nor audit log to open", async ({ page }) => {
  await signIn(page, AGENT);
  const sections = page.getByRole("navigation", { name: "Bereiche" });
  await expect(sections.getByRole("button", { name: "Posteingang" })).toBeVisible();
  await expect(sections.getByRole("button", { name: "Live-Ansicht" })).toHaveCount(0);
  await expect(sections.getByRole("button", { name: "Audit-Protokoll" })).toHaveCount(0);
});

test("a supervisor reads a customer's journey as a picture and as a table", async ({ page }) => {
  await signIn(page, SUPERVISOR);
  await openCustomerConversation(page, "Anna Schneider");
  await page.getByRole("button", { name: "Verlauf als Bild" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "Verlauf von Anna Schneider" })).toBeVisible();
  await dialog.getByRole("group", { name: "Zeitraum" }).getByRole("button", { name: "Alles" }).click();
  // One lane per channel she used.
  await expect(dialog.locator("svg").first()).toBeVisible();
  await screenshot(page, "supervisor-journey");
  await dialog.getByRole("group", { name: "Darstellung" }).getByRole("button", { name: "Tabelle" }).click();
  await expect(dialog.getByRole("columnheader", { name: "Erste Antwort" })).toBeVisible();
  await expect(dialog.getByRole("row")).not.toHaveCount(1);
  await screenshot(page, "supervisor-journey-table");
});

test("a supervisor sees who looked at a customer, finds it in the audit log, and exports it as CSV", async ({
  page,
}) => {
  await signIn(page, SUPERVISOR);
  await openCustomerConversation(page, "Anna Schneider");
  await page.getByText("Zugriffe auf die Daten").click();
  await expect(page.locator(".customer-access, [class*=access]").first()).toContainText(/gelesen/);
  await screenshot(page, "supervisor-customer-access");

  await page.locator("body").press("g");
  await page.locator("body").press("p");
  await expect(page).toHaveURL(/#\/audit/);
  await expect(page.getByRole("heading", { name: "Audit-Protokoll" })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Anna Schneider");
  await screenshot(page, "supervisor-audit");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "CSV exportieren" }).click();
  const file = await (await download).path();
  const csv = await readFile(file, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.split("\r\n")[0]).toMatch(/Zeit.*;/);
  expect(csv).toContain("customer.viewed");
});
