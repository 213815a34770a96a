import { expect, test } from "@playwright/test";
import { screenshot, signIn } from "../support/console.ts";
import { openWritableConversation, showQueue } from "../support/conversation.ts";

test("an agent replies and resolves in one step with Ctrl+Shift+Enter", async ({ page }) => {
  await signIn(page);
  await showQueue(page, /Nicht zugewiesen/);
  const rowId = await openWritableConversation(page);
  const header = page.locator(".conversation-header");

  const text = `Das ist erledigt, vielen Dank! (${String(Date.now())})`;
  const replyBox = page.getByRole("textbox", { name: "Antwort" });
  await replyBox.fill(text);
  // The split button names its other sends and their keys.
  await page.getByRole("button", { name: "Weitere Sendeoptionen" }).click();
  const menu = page.getByRole("menu", { name: "Weitere Sendeoptionen" });
  await expect(menu.getByRole("menuitem", { name: /Senden \+ Gelöst/ })).toContainText("Ctrl+Shift+Enter");
  await expect(menu.getByRole("menuitem", { name: /Senden \+ Wartend/ })).toContainText("Ctrl+Alt+Enter");
  await screenshot(page, "30-send-menu");
  await page.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);

  await replyBox.press("Control+Shift+Enter");

  const thread = page.getByRole("region", { name: "Verlauf der Konversation" });
  await expect(thread.locator(".entry.outbound", { hasText: text })).toBeVisible();
  await expect(thread.locator(".entry.system").last()).toContainText(/Status: (Offen|Wartend) → Gelöst/);
  await expect(
    header.getByRole("group", { name: "Status setzen" }).getByRole("button", { name: "Gelöst" }),
  ).toHaveAttribute("aria-pressed", "true");
  await expect(replyBox).toHaveValue("");
  // Resolved, it has left the queue of open work.
  await expect(page.locator(`[id="${rowId}"]`)).toHaveCount(0);
  await screenshot(page, "31-replied-and-resolved");
});
