import { expect, type Page } from "@playwright/test";
import { AGENT, DEMO_PASSWORD } from "./console.ts";
import { mutate, query } from "./trpc-mutation.ts";

/** Shows a queue ("Meine", "Nicht zugewiesen", …) in the queue navigation. */
export async function showQueue(page: Page, name: RegExp): Promise<void> {
  await page.getByRole("navigation", { name: "Warteschlangen" }).getByRole("button", { name }).click();
  await expect(page.getByRole("option").first()).toBeVisible();
}

/**
 * Opens the first conversation of the current queue that can be answered in writing (not a phone
 * call), moving down with j as an agent would. Returns its row id.
 */
export async function openWritableConversation(page: Page): Promise<string> {
  await page.getByRole("option").first().click();
  const replyTab = page.getByRole("tab", { name: "Antworten" });
  await expect(page.locator(".conversation-header h2")).toBeVisible();
  for (let i = 0; i < 20 && (await replyTab.isDisabled()); i++) {
    await page.keyboard.press("j");
    await expect(page.locator(".conversation-header h2")).toBeVisible();
  }
  await expect(replyTab).toBeEnabled();
  return (await page.locator('[role=option][aria-selected="true"]').getAttribute("id")) ?? "";
}

/**
 * Finds a customer by name with the search and opens their only open conversation. Waits first
 * until ingest (and a provider's name lookup, every 10 s) has made the customer findable, so the
 * console's search is not cached empty.
 */
export async function openCustomerConversation(page: Page, name: string): Promise<void> {
  const { token } = await mutate<{ token: string }>("auth.login", { email: AGENT, password: DEMO_PASSWORD });
  await expect
    .poll(
      async () =>
        (await query<{ displayName: string }[]>("customers.search", { query: name, limit: 8 }, token)).map(
          (hit) => hit.displayName,
        ),
      { timeout: 40_000 },
    )
    .toContain(name);
  await page.locator("#customer-search").fill(name);
  await page
    .locator("#search-results")
    .getByRole("group", { name: "Kunden" })
    .getByRole("option", { name: new RegExp(name) })
    .first()
    .click();
  await page.locator(".open-conversations").getByRole("button").first().click();
  await expect(page.locator(".conversation-header h2")).toBeVisible();
}
