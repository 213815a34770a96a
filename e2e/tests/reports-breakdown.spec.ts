import { readFile } from "node:fs/promises";
import { expect, test, type Locator } from "@playwright/test";
import { screenshot, signIn, SUPERVISOR } from "../support/console.ts";

/** The range's contacts per body row, as the table shows them ("1.234" in German). */
async function contactsColumn(table: Locator): Promise<number[]> {
  const cells = await table
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((row) => row.querySelector("td .breakdown-value")?.textContent ?? ""));
  return cells.map((text) => Number(text.replaceAll(".", "")));
}

/**
 * The key figures side by side: a supervisor lays the agents of the last 90 days side by side,
 * sorts them by contacts, exports the table, follows one agent into the reports narrowed to her,
 * then does the same for a team. Every third open demo conversation is with an agent.
 */
test("a supervisor compares the agents, sorts them and narrows the reports to one", async ({ page }) => {
  await signIn(page, SUPERVISOR);
  await page.locator("body").press("g");
  await page.locator("body").press("r");
  await expect(page.getByRole("heading", { name: "Berichte", level: 1 })).toBeVisible();

  const picker = page.getByRole("group", { name: "Bericht" });
  await picker.getByRole("button", { name: "Nach Agent" }).click();
  await page.getByRole("group", { name: "Zeitraum" }).getByRole("button", { name: "Letzte 90 Tage" }).click();
  await expect(page).toHaveURL(/#\/reports\/breakdown\?by=agent&from=\d{4}-\d{2}-\d{2}&to=/);
  await expect(picker.getByRole("button", { name: "Nach Agent" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByLabel("Agent", { exact: true })).toHaveCount(0);
  const table = page.getByRole("table", { name: "Kennzahlen nach Agent" });
  await expect(table.getByRole("rowheader").getByRole("button").first()).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Nicht zugewiesen" })).toBeVisible();
  await expect(table.locator("tfoot").getByRole("rowheader", { name: "Gesamt" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Agent" })).toHaveAttribute("aria-sort", "ascending");

  const contacts = table.getByRole("columnheader", { name: "Kontakte", exact: true });
  await contacts.getByRole("button").click();
  await expect(contacts).toHaveAttribute("aria-sort", "descending");
  const descending = await contactsColumn(table);
  expect(descending.length).toBeGreaterThan(1);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  await screenshot(page, "reports-breakdown-agents");
  await contacts.getByRole("button").press("Enter");
  await expect(contacts).toHaveAttribute("aria-sort", "ascending");
  expect(await contactsColumn(table)).toEqual([...descending].sort((a, b) => a - b));
  await contacts.getByRole("button").click();
  await expect(contacts).toHaveAttribute("aria-sort", "descending");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "CSV exportieren" }).click();
  const csv = await readFile(await (await download).path(), "utf8");
  const lines = csv.slice(1).split("\r\n");
  expect(lines[0]).toMatch(/^Agent;Kontakte \(Zeitraum\);Kontakte \(Vorzeitraum\);Kontakte \(Veränderung\);/);
  expect(lines.at(-2)).toMatch(/^Gesamt;[\d.]+;[\d.]+;/);

  // The busiest named agent: the sorted column's report (contacts), narrowed to her.
  const agent = table.locator("tbody").getByRole("rowheader").getByRole("button").first();
  const name = (await agent.textContent()) ?? "";
  await agent.click();
  await expect(page).toHaveURL(/#\/reports\/contacts\?agent=[0-9a-f-]{36}&from=/);
  await expect(picker.getByRole("button", { name: "Kontakte", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.getByLabel("Agent", { exact: true }).locator("option:checked")).toHaveText(name);
  await expect(page.locator(".reports-summary, .reports-chart").first()).toBeVisible();
  await screenshot(page, "reports-breakdown-narrowed-agent");

  await picker.getByRole("button", { name: "Nach Team" }).click();
  await expect(page).toHaveURL(/#\/reports\/breakdown\?by=team&from=/);
  const teams = page.getByRole("table", { name: "Kennzahlen nach Team" });
  await expect(teams.getByRole("rowheader", { name: "Social Media" })).toBeVisible();
  await screenshot(page, "reports-breakdown-teams");
  await teams.getByRole("rowheader", { name: "Social Media" }).getByRole("button").click();
  await expect(page).toHaveURL(/#\/reports\/contacts\?from=[\d-]+&team=[0-9a-f-]{36}&to=/);
  await expect(page.getByLabel("Team", { exact: true }).locator("option:checked")).toHaveText("Social Media");
});
