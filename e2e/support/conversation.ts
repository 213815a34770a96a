import { expect, type Page } from "@playwright/test";

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
