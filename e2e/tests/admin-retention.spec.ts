import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, screenshot, signIn } from "../support/console.ts";
import { DEMO_ADMIN, mutate, query } from "../support/trpc-mutation.ts";

interface RetentionSettings {
  rules: Record<string, number | null>;
  duties: { tag: string; years: number; reason: string }[];
}

test("an admin sets a retention period and a duty to keep, sees what they affect, and saves", async ({
  page,
}) => {
  const { token } = await mutate<{ token: string }>("auth.login", {
    email: DEMO_ADMIN,
    password: DEMO_PASSWORD,
  });
  const before = await query<RetentionSettings>("settings.retention", undefined, token);
  try {
    await signIn(page, DEMO_ADMIN);
    await page.locator("body").press("g");
    await page.locator("body").press("v");
    const menu = page.getByRole("navigation", { name: "Bereiche der Verwaltung" });
    await menu.getByRole("button", { name: "Aufbewahrung" }).click();
    await expect(page).toHaveURL(/#\/admin\/retention$/);

    const conversations = page.locator('.retention-rule[data-kind="resolvedConversations"]');
    await conversations.getByRole("radio", { name: "Nach Tagen entfernen" }).check();
    const days = conversations.getByLabel("Gelöste Gespräche: Tage");
    await days.fill("10");
    await expect(conversations).toContainText("Bitte eine ganze Zahl von 30 bis 36500.");
    await expect(page.getByText(/Sobald die Angaben oben vollständig sind/)).toBeVisible();
    await days.fill("90");
    const preview = page.locator('.retention-counts [data-kind="resolvedConversations"]');
    await expect(preview).toContainText(/\d+ Gespräch/);
    await expect(page.locator('.retention-counts [data-kind="callRecordings"]')).toContainText(
      "Bleibt unbegrenzt.",
    );

    await page.getByRole("button", { name: "Pflicht hinzufügen" }).click();
    const duty = page.getByTestId("retention-duty");
    await duty.getByLabel("Schlagwort").fill("Handelsbrief");
    await duty.getByLabel("Jahre").fill("6");
    await duty.getByLabel("Grund").fill("HGB §257");
    await page.getByRole("button", { name: "Speichern" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Gespeichert" })).toBeVisible();
    await expect(page.getByText(/Zuletzt gespeichert von Anna/)).toBeVisible();
    await screenshot(page, "admin-retention");
    await page.getByRole("heading", { name: "Letzter Lauf" }).scrollIntoViewIfNeeded();
    await screenshot(page, "admin-retention-preview");

    const saved = await query<RetentionSettings>("settings.retention", undefined, token);
    expect(saved.rules.resolvedConversations).toBe(90);
    expect(saved.duties).toEqual([{ tag: "Handelsbrief", years: 6, reason: "HGB §257" }]);
  } finally {
    // The demo's other tests expect everything kept.
    await mutate("settings.saveRetention", { rules: before.rules, duties: before.duties }, token);
  }
});
