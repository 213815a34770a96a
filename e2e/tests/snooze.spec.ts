import { expect, test } from "@playwright/test";
import { openFirstConversation, screenshot, signIn } from "../support/console.ts";

test("snoozing takes a conversation out of the open queue and shows until when", async ({ page }) => {
  await signIn(page);
  const rowId = await openFirstConversation(page);
  const header = page.locator(".conversation-header");

  // z opens the menu from the keyboard; the presets show the time they stand for.
  await page.keyboard.press("z");
  const menu = page.getByRole("menu", { name: "Zurückstellen bis" });
  await expect(menu.getByRole("menuitem", { name: /1 Stunde/ })).toBeFocused();
  await expect(menu.getByRole("menuitem", { name: /Nächsten Montag, 9:00/ })).toBeVisible();
  await screenshot(page, "11-snooze-menu");
  await menu.getByRole("menuitem", { name: /1 Stunde/ }).click();

  await expect(header.locator(".snoozed-until")).toContainText("Zurückgestellt bis");
  await expect(page.locator(`[id="${rowId}"]`)).toHaveCount(0);

  await page.getByRole("group", { name: "Status" }).getByRole("button", { name: "Zurückgestellt" }).click();
  const row = page.locator(`[id="${rowId}"]`);
  await expect(row.locator(".status-snoozed")).toHaveText(/^bis \d\d\.\d\d\., \d\d:\d\d$/);
  await expect(page.getByRole("region", { name: "Verlauf der Konversation" })).toContainText(
    "Zurückgestellt bis",
  );
  await screenshot(page, "12-snoozed-queue");

  // A date and time of one's own, by keyboard: 4, type, Enter.
  await page.locator("body").click({ position: { x: 640, y: 400 } });
  await page.keyboard.press("z");
  await page.keyboard.press("4");
  const until = page.getByLabel("Eigener Zeitpunkt");
  await expect(until).toBeFocused();
  const nextYear = new Date().getFullYear() + 1;
  await until.fill(`${nextYear}-03-02T14:30`);
  await until.press("Enter");
  await expect(header.locator(".snoozed-until")).toContainText(`02.03.${nextYear}, 14:30`);

  // Reopened, it is back among the active ones.
  await page.getByRole("group", { name: "Status setzen" }).getByRole("button", { name: "Offen" }).click();
  await expect(header.locator(".snoozed-until")).toHaveCount(0);
  await page.getByRole("group", { name: "Status" }).getByRole("button", { name: "Aktiv" }).click();
  await expect(page.locator(`[id="${rowId}"]`)).toBeVisible();
});
