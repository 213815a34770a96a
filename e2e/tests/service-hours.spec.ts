import { expect, test } from "@playwright/test";
import { AGENT, DEMO_PASSWORD, screenshot, signIn } from "../support/console.ts";
import { DEMO_ADMIN, mutate, query } from "../support/trpc-mutation.ts";

interface ServiceSettings {
  businessHours: unknown;
  responseTargets: unknown;
}

test("an admin sets service hours with holidays and a response target, and they are kept", async ({
  page,
}) => {
  const { token } = await mutate<{ token: string }>("auth.login", {
    email: DEMO_ADMIN,
    password: DEMO_PASSWORD,
  });
  const before = await query<ServiceSettings>("settings.service", undefined, token);
  try {
    await signIn(page, DEMO_ADMIN);
    await page.locator("body").press("g");
    await page.locator("body").press("v");
    await expect(page).toHaveURL(/#\/admin/);
    const menu = page.getByRole("navigation", { name: "Bereiche der Verwaltung" });
    await menu.getByRole("button", { name: "Servicezeiten und Ziele" }).click();
    await expect(page).toHaveURL(/#\/admin\/service-hours$/);

    await page.getByRole("radio", { name: "Zu festen Servicezeiten" }).check();
    const saturday = page.getByRole("row", { name: /Samstag/ });
    await expect(saturday).toContainText("geschlossen");
    await saturday.getByRole("button", { name: "Öffnen" }).click();
    await expect(saturday.getByLabel("Samstag öffnet um")).toHaveValue("09:00");
    await page
      .getByRole("button", { name: /^Bundesweite Feiertage \d{4}$/ })
      .first()
      .click();
    await expect(page.locator(".holiday-list li")).toHaveCount(9);

    const mail = page.getByLabel("Antwortziel E-Mail, Normal, in Minuten");
    await mail.fill("1,5");
    await page.getByRole("button", { name: "Speichern" }).click();
    await expect(page.getByRole("alert").first()).toContainText("Eine Angabe passt nicht");
    await expect(page.locator(".targets")).toContainText("Ganze Minuten, 1 bis 43200.");
    await mail.fill("90");
    await expect(page.locator(".targets")).toContainText("Min. 1 Std. 30 Min.");
    await page.getByRole("button", { name: "Speichern" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Gespeichert" })).toBeVisible();
    await expect(page.getByText(/Zuletzt gespeichert von Anna/)).toBeVisible();
    await screenshot(page, "admin-service-hours");

    await page.reload();
    await expect(page.getByRole("radio", { name: "Zu festen Servicezeiten" })).toBeChecked();
    await expect(page.getByRole("row", { name: /Samstag/ }).getByLabel("Samstag schließt um")).toHaveValue(
      "13:00",
    );
    await expect(page.getByLabel("Antwortziel E-Mail, Normal, in Minuten")).toHaveValue("90");
  } finally {
    // The demo's other tests read the defaults: around the clock, the built-in targets.
    await mutate(
      "settings.saveService",
      { businessHours: before.businessHours, responseTargets: before.responseTargets },
      token,
    );
  }
});

test("an agent has no administration to open", async ({ page }) => {
  await signIn(page, AGENT);
  const sections = page.getByRole("navigation", { name: "Bereiche" });
  await expect(sections.getByRole("button", { name: "Posteingang" })).toBeVisible();
  await expect(sections.getByRole("button", { name: "Verwaltung" })).toHaveCount(0);
});
