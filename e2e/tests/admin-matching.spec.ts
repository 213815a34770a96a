import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, screenshot, signIn } from "../support/console.ts";
import { DEMO_ADMIN, mutate } from "../support/trpc-mutation.ts";

test("an admin reads the matcher's evaluation and may not let Emma merge alone on a threshold it does not back", async ({
  page,
}) => {
  await signIn(page, DEMO_ADMIN);
  await page.locator("body").press("g");
  await page.locator("body").press("v");
  const menu = page.getByRole("navigation", { name: "Bereiche der Verwaltung" });
  await menu.getByRole("button", { name: "Dubletten-Abgleich" }).click();
  await expect(page).toHaveURL(/#\/admin\/matching$/);

  const table = page.locator(".matching-evaluation");
  await expect(table.getByRole("columnheader", { name: "Genauigkeit" })).toBeVisible();
  // The evaluation in the repository backs no threshold: every row says so, and only "never" is offered.
  await expect(table.locator("tbody tr")).toHaveCount(10);
  await expect(table.locator("tbody tr td:last-child")).toHaveText(Array<string>(10).fill("nein"));
  const choice = page.getByLabel("Ohne Agent zusammenführen");
  await expect(choice.locator("option")).toHaveText(["Nie – ein Agent entscheidet jeden Vorschlag"]);
  await expect(page.getByText(/Keine Schwelle ist durch die Auswertung gedeckt/)).toBeVisible();
  await screenshot(page, "admin-matching");

  // The API refuses what the page does not offer, in words an admin can act on.
  const { token } = await mutate<{ token: string }>("auth.login", {
    email: DEMO_ADMIN,
    password: DEMO_PASSWORD,
  });
  await expect(mutate("settings.saveMatching", { autoMergeFromScore: 0.95 }, token)).rejects.toThrow(
    /not backed by the matcher's evaluation/,
  );
});
