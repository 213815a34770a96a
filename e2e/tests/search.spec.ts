import { expect, test, type Page } from "@playwright/test";
import { screenshot, signIn } from "../support/console.ts";

// The demo (seed 42, apps/api/src/demo/) is deterministic: Michael and Niklas Müller are customers
// 30 and 84, Anna Schneider's mobile number is +49 160 08077142, and Frank Böhm opened a forum
// topic about the end of his fixed interest rate ("Zinsbindung") that five more posts follow.

async function searchAll(page: Page, text: string): Promise<void> {
  await page.keyboard.press("/");
  const box = page.getByRole("combobox", { name: "Kunden und Nachrichten suchen" });
  await expect(box).toBeFocused();
  await box.fill(text);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: `Ergebnisse für „${text}“` })).toBeVisible();
}

function results(page: Page) {
  return page.getByRole("listbox", { name: "Suchergebnisse" });
}

test("an agent finds Müller by typing Mueller and opens the record with the keyboard", async ({ page }) => {
  await signIn(page);
  await page.keyboard.press("/");
  await page.keyboard.type("Mueller");
  // The quick matches under the box already name them, and offer all results.
  const quick = page.getByRole("listbox", { name: "Schnelltreffer" });
  await expect(
    quick.getByRole("group", { name: "Kunden" }).getByRole("option", { name: /Michael Müller/ }),
  ).toBeVisible();
  await expect(quick.getByRole("option", { name: "Alle Ergebnisse für „Mueller“ Eingabe" })).toBeVisible();
  await screenshot(page, "search-quick");

  await page.keyboard.press("Enter");
  const customers = results(page).getByRole("group", { name: /^Kunden/ });
  await expect(customers.getByRole("option", { name: /Michael Müller/ })).toBeVisible();
  await expect(customers.getByRole("option", { name: /Niklas Müller/ })).toBeVisible();
  // Where the name matched, the matching part is marked.
  await expect(customers.locator("mark", { hasText: /Müller/ }).first()).toBeVisible();
  // The results stand in for the queue column.
  await expect(page.getByRole("navigation", { name: "Warteschlangen" })).toHaveCount(0);
  await screenshot(page, "search-results-mueller");

  // Into the list, to Michael Müller, open.
  await page.keyboard.press("ArrowDown");
  await expect(results(page)).toBeFocused();
  const michael = customers.getByRole("option", { name: /Michael Müller/ });
  for (let i = 0; i < 10 && (await michael.getAttribute("aria-selected")) !== "true"; i++)
    await page.keyboard.press("ArrowDown");
  await expect(michael).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("complementary", { name: "Kunde 360" }).locator("#customer-name")).toHaveText(
    "Michael Müller",
  );

  // Escape returns to the queues.
  await page.keyboard.press("Escape");
  await expect(page.getByRole("navigation", { name: "Warteschlangen" })).toBeVisible();
  await expect(results(page)).toHaveCount(0);
});

test("the last six digits of a number find the customer", async ({ page }) => {
  await signIn(page);
  await searchAll(page, "077142");
  const anna = results(page)
    .getByRole("group", { name: /^Kunden/ })
    .getByRole("option", { name: /Anna Schneider/ });
  await expect(anna).toBeVisible();
  // Her number as written, the typed digits marked (a leading 0 reads as the trunk prefix).
  await expect(anna).toContainText("+49 160 08077142");
  await expect(anna.locator("mark")).toHaveText(/^0?77142$/);
  await screenshot(page, "search-results-phone");
  await anna.click();
  await expect(page.getByRole("complementary", { name: "Kunde 360" }).locator("#customer-name")).toHaveText(
    "Anna Schneider",
  );
});

test("a word from a message opens its conversation scrolled to the message, marked", async ({ page }) => {
  await signIn(page);
  await searchAll(page, "Zinsbindung");
  const items = results(page).getByRole("group", { name: /^Nachrichten, Anrufe und Notizen/ });
  const hit = items.getByRole("option").filter({ hasText: "Frank Böhm" }).filter({ hasText: "Forum" });
  await expect(hit.first()).toBeVisible();
  await expect(hit.first().locator("mark").first()).toHaveText(/^Zinsbindung/i);
  await screenshot(page, "search-results-message");

  // Filters re-run the search: only forum posts now.
  await page.getByRole("button", { name: "Filter" }).click();
  await page.getByRole("group", { name: "Kanal" }).getByRole("button", { name: "Forum" }).click();
  await expect(items.locator(".channel-badge:not(.channel-forum)")).toHaveCount(0);
  await expect(hit.first()).toBeVisible();
  // Dates as German agents write them; a day that does not exist is refused in words.
  const from = page.getByRole("textbox", { name: "Von" });
  await from.fill("1.1.2020");
  await from.press("Enter");
  await expect(from).toHaveValue("01.01.2020");
  const to = page.getByRole("textbox", { name: "Bis einschließlich" });
  await to.fill("31.02.2026");
  await to.press("Enter");
  await expect(page.getByText("Bitte ein Datum wie 24.12.2025 eingeben.")).toBeVisible();
  await expect(hit.first()).toBeVisible();
  await screenshot(page, "search-filters");

  await hit.first().click();
  await expect(page.locator(".conversation-header h2")).toBeVisible();
  const thread = page.getByRole("region", { name: "Verlauf der Konversation" });
  const found = thread.locator(".entry.search-found");
  await expect(found).toHaveCount(1);
  await expect(found).toContainText(/Zinsbindung/);
  await expect(found).toBeInViewport();
  // The topic is longer than the pane: the thread had to scroll to the first post to show it.
  const overflow = await thread.evaluate((node) => node.scrollHeight - node.clientHeight);
  expect(overflow).toBeGreaterThan(0);
  await expect(thread.locator(".entry").last()).not.toBeInViewport();
  await screenshot(page, "search-item-opened");
});
