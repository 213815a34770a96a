import { expect, test, type Page } from "@playwright/test";
import { AGENT, appUrl, openFirstConversation, screenshot, signIn, SUPERVISOR } from "../support/console.ts";

const CONVERSATION_URL = /#\/conversations\/[0-9a-f-]{36}$/;

function conversationTitle(page: Page) {
  return page.locator(".conversation-header h2");
}

function customerName(page: Page) {
  return page.getByRole("complementary", { name: "Kunde 360" }).locator("#customer-name");
}

test("a copied conversation link opens the same conversation in a fresh page", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page);
  await openFirstConversation(page);
  await expect(page).toHaveURL(CONVERSATION_URL);
  const title = await conversationTitle(page).textContent();
  const customer = await customerName(page).textContent();

  await page.getByRole("button", { name: "Link zu dieser Konversation kopieren" }).click();
  await expect(page.getByText("Link kopiert")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  await screenshot(page, "navigation-copied-link");

  // A new tab has its own session storage: the colleague signs in and lands on the link.
  const fresh = await context.newPage();
  await fresh.goto(link);
  await signIn(fresh, SUPERVISOR, { navigate: false });
  await expect(conversationTitle(fresh)).toHaveText(title ?? "");
  await expect(customerName(fresh)).toHaveText(customer ?? "");
  await expect(fresh).toHaveURL(link);
  await screenshot(fresh, "navigation-opened-link");
});

test("back and forward restore what was open", async ({ page }) => {
  await signIn(page);
  const rows = page.getByRole("listbox").first().getByRole("option");
  await rows.nth(0).click();
  await expect(conversationTitle(page)).toBeVisible();
  const first = { url: page.url(), title: await conversationTitle(page).textContent() };
  await rows.nth(1).click();
  await expect(page).not.toHaveURL(first.url);
  const second = { url: page.url(), title: await conversationTitle(page).textContent() };
  expect(second.url).toMatch(CONVERSATION_URL);

  await page.goBack();
  await expect(page).toHaveURL(first.url);
  await expect(conversationTitle(page)).toHaveText(first.title ?? "");
  await page.goForward();
  await expect(page).toHaveURL(second.url);
  await expect(conversationTitle(page)).toHaveText(second.title ?? "");
});

test("sections switch by keyboard, and a search has its own URL", async ({ page, context }) => {
  await signIn(page);
  await openFirstConversation(page);
  const conversationUrl = page.url();
  const tabs = page.getByRole("navigation", { name: "Bereiche" });
  await expect(tabs.getByRole("button", { name: "Posteingang" })).toHaveAttribute("aria-current", "page");

  // g s: the search section, with the conversation still beside it.
  await page.locator("body").press("g");
  await page.locator("body").press("s");
  await expect(tabs.getByRole("button", { name: "Suche" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("navigation", { name: "Warteschlangen" })).toHaveCount(0);
  await expect(conversationTitle(page)).toBeVisible();
  await expect(page).toHaveURL(/#\/search\?q=&conversation=/);

  // g i: back to the inbox, on the same conversation.
  await page.locator("body").press("g");
  await page.locator("body").press("i");
  await expect(page.getByRole("navigation", { name: "Warteschlangen" })).toBeVisible();
  await expect(page).toHaveURL(conversationUrl);

  // Ctrl+K: the go-to palette, filtered as one types.
  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Gehe zu" });
  await expect(palette).toBeVisible();
  await page.keyboard.type("such");
  await expect(palette.getByRole("option")).toHaveText(["Suche"]);
  await screenshot(page, "navigation-palette");
  await page.keyboard.press("Enter");
  await expect(palette).toHaveCount(0);
  await expect(tabs.getByRole("button", { name: "Suche" })).toHaveAttribute("aria-current", "page");

  // A search typed there is in the URL; the same URL in a fresh page shows the same results.
  const box = page.getByRole("combobox", { name: "Kunden und Nachrichten suchen" });
  await box.fill("Mueller");
  await expect(page).toHaveURL(/#\/search\?q=Mueller/);
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await signIn(fresh, AGENT, { navigate: false });
  await expect(fresh.getByRole("heading", { name: "Ergebnisse für „Mueller“" })).toBeVisible();
  await expect(
    fresh
      .getByRole("listbox", { name: "Suchergebnisse" })
      .getByRole("group", { name: /^Kunden/ })
      .getByRole("option", { name: /Michael Müller/ }),
  ).toBeVisible();
  await screenshot(fresh, "navigation-search-link");
});

test("a link to a customer that cannot be opened says so", async ({ page }) => {
  await page.goto(`${appUrl()}#/customers/00000000-0000-4000-8000-000000000000`);
  await signIn(page, AGENT, { navigate: false });
  await expect(page.getByRole("alert")).toContainText("Dieser Kunde lässt sich nicht öffnen");
  await screenshot(page, "navigation-link-problem");
});
