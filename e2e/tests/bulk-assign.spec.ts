import { expect, test } from "@playwright/test";
import { AGENT, screenshot, signIn } from "../support/console.ts";
import { showQueue } from "../support/conversation.ts";

test("an agent ticks three unassigned conversations by keyboard and checkbox and takes them in one action", async ({
  page,
}) => {
  await signIn(page, AGENT);
  await showQueue(page, /Nicht zugewiesen/);
  const list = page.getByRole("listbox", { name: "Konversationen" });
  const rows = list.getByRole("option");

  // Longest-waiting first by default: the row says how long and where that stands against the SLA.
  await expect(page.getByRole("button", { name: "Längste Wartezeit zuerst" })).toBeVisible();
  const first = rows.first();
  await expect(first).toContainText(/wartet seit \d+/);
  await expect(first.locator(".sla-badge")).toHaveText(/SLA (: noch|fällig in|überschritten um) \d+/);
  await expect(first).toContainText("nicht zugewiesen");

  const ids = await Promise.all([0, 1, 2].map(async (i) => (await rows.nth(i).getAttribute("id")) ?? ""));
  // Open the first, tick it with x, move on with j and tick the second; the third by its checkbox.
  await first.click();
  await page.keyboard.press("x");
  await page.keyboard.press("j");
  await page.keyboard.press("x");
  await page.locator(`[id="${ids[2]}"]`).getByRole("checkbox").click();
  for (const id of ids) await expect(page.locator(`[id="${id}"]`).getByRole("checkbox")).toBeChecked();
  const bulk = page.getByRole("region", { name: "Aktionen für die Auswahl" });
  await expect(bulk).toContainText("3 ausgewählt");
  await screenshot(page, "30-bulk-selected");

  await bulk.getByRole("button", { name: "Mir zuweisen" }).click();
  await expect(page.getByText("3 geändert, 0 unverändert, 0 abgelehnt.")).toBeVisible();
  // Taken, they leave the unassigned queue …
  for (const id of ids) await expect(page.locator(`[id="${id}"]`)).toHaveCount(0);
  await screenshot(page, "31-bulk-assigned");

  // … and are in the agent's own queue, saying so.
  await showQueue(page, /Meine/);
  for (const id of ids) {
    const row = page.locator(`[id="${id}"]`);
    await expect(row).toBeVisible();
    await expect(row).toContainText("bei Ihnen");
  }
  await screenshot(page, "32-mine-after-bulk");

  // Newest first is one key away, and the header says which order is shown.
  await page.keyboard.press("o");
  await expect(page.getByRole("button", { name: "Neueste zuerst" })).toBeVisible();
});

test("an agent tags a conversation, filters the queue by the tag and keeps that view", async ({ page }) => {
  await signIn(page, AGENT);
  await showQueue(page, /Meine/);
  const list = page.getByRole("listbox", { name: "Konversationen" });
  const row = list.getByRole("option").first();
  const rowId = (await row.getAttribute("id")) ?? "";
  await row.click();
  const header = page.locator(".conversation-header");
  await header.getByRole("combobox", { name: "Tag hinzufügen" }).fill("#Rückruf");
  await page.keyboard.press("Enter");
  await expect(header.getByRole("alert")).toContainText("beginnt mit einem Buchstaben");
  await header.getByRole("combobox", { name: "Tag hinzufügen" }).fill("Rückruf morgen");
  await page.keyboard.press("Enter");
  await expect(header.getByRole("list", { name: "Tags" })).toContainText("rückruf morgen");
  await expect(page.locator(`[id="${rowId}"]`)).toContainText("rückruf morgen");

  await page.getByRole("combobox", { name: "Nach Tag filtern" }).fill("rückruf morgen");
  await page.getByRole("button", { name: "Filtern" }).click();
  await expect(page.getByRole("button", { name: /Tag-Filter „rückruf morgen“ entfernen/ })).toBeVisible();
  await expect(list.getByRole("option")).toHaveCount(1);

  await page.getByRole("button", { name: "+ Ansicht speichern" }).click();
  await page.getByRole("textbox", { name: "Name der Ansicht" }).fill("Rückrufe");
  await page.getByRole("button", { name: "Speichern" }).click();
  const saved = page.getByRole("region", { name: "Gespeicherte Ansichten" });
  await expect(saved.getByRole("button", { name: "Rückrufe", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await screenshot(page, "33-tag-filter-saved-view");

  // Elsewhere and back in one click: queue, tag and order return.
  await page.getByRole("button", { name: /Tag-Filter „rückruf morgen“ entfernen/ }).click();
  await showQueue(page, /Nicht zugewiesen/);
  await saved.getByRole("button", { name: "Rückrufe", exact: true }).click();
  await expect(page.getByRole("button", { name: /Tag-Filter „rückruf morgen“ entfernen/ })).toBeVisible();
  await expect(page.locator(`[id="${rowId}"]`)).toBeVisible();
});
