import { expect, test, type Locator, type Page } from "@playwright/test";
import { AGENT, DEMO_PASSWORD, screenshot, signIn } from "../support/console.ts";
import { mutate, query } from "../support/trpc-mutation.ts";

// Anna Schneider, the demo's first hero (apps/api/src/demo/heroes.ts): every channel, a card
// blocked after last week's theft, all four consents granted.
const ANNA = "Anna Schneider";
const ANNA_EMAIL = "anna.schneider@gmx.de";
// An agent no other spec signs in as: this spec changes the saved language.
const LANGUAGE_AGENT = "tobias.agent@emma.example";

async function openAnna(page: Page): Promise<Locator> {
  await page.keyboard.press("/");
  await page.keyboard.type(ANNA);
  // The customers group of the quick matches (the "all results" line also names her).
  await page
    .locator("#search-results")
    .getByRole("group", { name: "Kunden" })
    .getByRole("option", { name: new RegExp(ANNA) })
    .first()
    .click();
  const customer = page.getByRole("complementary", { name: /Kunde 360|Customer 360/ });
  await expect(customer.locator("#customer-name")).toHaveText(ANNA);
  return customer;
}

async function openSection(customer: Locator, name: RegExp): Promise<void> {
  const summary = customer.locator("summary", { hasText: name });
  if ((await summary.locator("xpath=..").getAttribute("open")) === null) await summary.click();
}

async function heightOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not rendered");
  return box.height;
}

test("the 360 shows addresses beside names and the system of record's words in the console's language", async ({
  page,
}) => {
  await signIn(page);
  const customer = await openAnna(page);

  const email = customer.locator('.identity-list li[data-kind="email"]').first();
  await expect(email.locator(".identity-value")).toHaveText(ANNA_EMAIL);
  await expect(email.locator(".identity-name")).toHaveText(ANNA);
  await expect(email.getByRole("button", { name: `${ANNA_EMAIL} kopieren` })).toBeVisible();
  await expect(customer.locator('.identity-list li[data-kind="phone"] .identity-value').first()).toHaveText(
    /^\+49 \d+ \d+$/,
  );
  await expect(customer.locator('.identity-list li[data-kind="twitter"] .identity-value')).toHaveText(
    "@anna_schneider",
  );
  await expect(customer.locator('.identity-list li[data-kind="facebook"] .identity-value')).toHaveText(
    "Facebook-Profil",
  );

  await screenshot(page, "360-identities");

  await openSection(customer, /^Konten und Produkte/);
  await openSection(customer, /^Einwilligungen/);
  const statuses = customer.locator(".product-status");
  await expect(statuses.first()).toBeVisible();
  expect(await statuses.allTextContents()).toContain("Aktiv");
  // The card reported stolen last week is still blocked in core banking.
  expect(await statuses.allTextContents()).toContain("Gesperrt");
  for (const text of await statuses.allTextContents())
    expect(["Aktiv", "In Eröffnung", "Gesperrt", "Beendet"]).toContain(text);
  const marketing = customer.locator('.consent-table tr[data-channel="email"] td[data-purpose="marketing"]');
  await expect(marketing).toContainText(/^✓Erteilt am .*, laut Kernbankensystem$/);
  await customer.locator(".customer-360").evaluate((node) => node.scrollTo({ top: node.scrollHeight }));
  await screenshot(page, "360-de");

  await page
    .getByRole("group", { name: "Sprache dieser Sitzung" })
    .getByRole("button", { name: "EN" })
    .click();
  await expect(customer.locator("summary", { hasText: /^Accounts and products/ })).toBeVisible();
  expect(await statuses.allTextContents()).toContain("Active");
  expect(await statuses.allTextContents()).toContain("Blocked");
  await expect(marketing).toContainText(/^✓Granted on .*, per the core banking system$/);
  await expect(email.getByRole("button", { name: `Copy ${ANNA_EMAIL}` })).toBeVisible();
  await screenshot(page, "360-en");
});

test("a long message collapses behind Show more in the timeline and in the thread", async ({ page }) => {
  const { token } = await mutate<{ token: string }>("auth.login", { email: AGENT, password: DEMO_PASSWORD });
  const [hit] = await query<{ id: string }[]>("customers.search", { query: ANNA, limit: 1 }, token);
  if (!hit) throw new Error(`${ANNA} is not in the demo data`);
  const anna = await query<{ openConversations: { id: string }[] }>(
    "customers.get",
    { customerId: hit.id },
    token,
  );
  const conversation = anna.openConversations[0];
  if (!conversation) throw new Error(`${ANNA} has no open conversation`);
  const marker = `Gesprächsnotiz ${String(Date.now())}`;
  const lines = Array.from({ length: 24 }, (_, i) => `${String(i + 1)}. Punkt der Rückrufnotiz zur Karte.`);
  await mutate(
    "conversations.addNote",
    { conversationId: conversation.id, text: [marker, ...lines].join("\n") },
    token,
  );

  await signIn(page);
  const customer = await openAnna(page);
  const timeline = page.getByRole("feed", { name: "Zeitleiste" });
  const entry = timeline.locator(".entry", { hasText: marker });
  await expect(entry).toBeVisible();
  const more = entry.getByRole("button", { name: "Mehr anzeigen" });
  await expect(more).toHaveAttribute("aria-expanded", "false");
  const clip = entry.locator(".body-clip");
  // The end of the note is cut off, not merely scrolled away.
  expect(await clip.evaluate((node) => node.scrollHeight - node.clientHeight)).toBeGreaterThan(100);
  const collapsed = await heightOf(entry);

  // By keyboard, as agents work.
  await more.focus();
  await page.keyboard.press("Enter");
  const less = entry.getByRole("button", { name: "Weniger anzeigen" });
  await expect(less).toHaveAttribute("aria-expanded", "true");
  await expect.poll(() => heightOf(entry)).toBeGreaterThan(collapsed + 100);
  // The virtualized list measured the taller row again: the next row starts below it.
  const row = entry.locator("xpath=ancestor::div[contains(@class,'timeline-row')]");
  const next = row.locator("xpath=following-sibling::div[1]");
  await expect
    .poll(async () => {
      const [a, b] = await Promise.all([row.boundingBox(), next.boundingBox()]);
      return a && b ? b.y - (a.y + a.height) : -1;
    })
    .toBeGreaterThanOrEqual(-1);
  await screenshot(page, "360-long-expanded");
  await less.click();
  await expect(entry.getByRole("button", { name: "Mehr anzeigen" })).toBeVisible();
  await expect.poll(() => heightOf(entry)).toBeLessThan(collapsed + 2);

  await customer.locator(".open-conversations").getByRole("button").first().click();
  const thread = page.getByRole("region", { name: "Verlauf der Konversation" });
  const note = thread.locator(".entry", { hasText: marker });
  await expect(note.getByRole("button", { name: "Mehr anzeigen" })).toBeVisible();
  await note.getByRole("button", { name: "Mehr anzeigen" }).click();
  await expect(note.getByText("24. Punkt der Rückrufnotiz")).toBeVisible();
  await screenshot(page, "360-long-thread");
});

test("collapsing sections gives the timeline room; the handle resizes by keyboard; both are remembered", async ({
  page,
}) => {
  await signIn(page);
  const customer = await openAnna(page);
  const three60 = customer.locator(".customer-360");
  const timeline = page.getByRole("feed", { name: "Zeitleiste" });
  const summaries = customer.locator(".customer-360 details.section > summary");
  await expect(summaries.first()).toBeVisible();

  // Everything open: the 360 scrolls on its own and the timeline keeps the rest of the column.
  for (const summary of await summaries.all()) {
    if ((await summary.locator("xpath=..").getAttribute("open")) === null) await summary.click();
  }
  const column = await heightOf(customer);
  await expect.poll(() => heightOf(three60)).toBeLessThanOrEqual(column * 0.45 + 1);
  const expandedTimeline = await heightOf(timeline);
  expect(expandedTimeline).toBeGreaterThan(column * 0.4);
  await screenshot(page, "360-expanded");

  for (const summary of await summaries.all()) await summary.click();
  await expect.poll(() => heightOf(timeline)).toBeGreaterThan(expandedTimeline + 40);
  await screenshot(page, "360-collapsed");
  const collapsedTimeline = await heightOf(timeline);

  // As the agent left it, after a reload.
  await page.reload();
  await expect(customer.locator("#customer-name")).toHaveText(ANNA);
  await expect(customer.locator('details.section[data-section="identities"]')).not.toHaveAttribute("open");
  await expect.poll(() => heightOf(timeline)).toBeGreaterThan(collapsedTimeline - 2);

  const handle = customer.getByRole("separator", { name: "Höhe des Kundenbereichs" });
  await expect(handle).toHaveAttribute("aria-valuenow", "45");
  await handle.focus();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(handle).toHaveAttribute("aria-valuenow", "35");
  await customer.locator('details.section[data-section="identities"] > summary').click();
  await customer.locator('details.section[data-section="openConversations"] > summary').click();
  await expect.poll(() => heightOf(three60)).toBeLessThanOrEqual(column * 0.35 + 1);
  await handle.focus();
  await page.keyboard.press("End");
  await expect(handle).toHaveAttribute("aria-valuenow", "75");
  await page.reload();
  await expect(customer.getByRole("separator", { name: "Höhe des Kundenbereichs" })).toHaveAttribute(
    "aria-valuenow",
    "75",
  );
});

test("the DE/EN switch changes this session only; the saved language is a setting of its own", async ({
  page,
}) => {
  const { token } = await mutate<{ token: string }>("auth.login", {
    email: LANGUAGE_AGENT,
    password: DEMO_PASSWORD,
  });
  await mutate("auth.setLocale", { locale: "de" }, token);
  const savedLanguage = async () => (await query<{ locale: string }>("auth.me", undefined, token)).locale;
  const setLocaleCalls: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("auth.setLocale")) setLocaleCalls.push(request.url());
  });

  await signIn(page, LANGUAGE_AGENT);
  await page
    .getByRole("group", { name: "Sprache dieser Sitzung" })
    .getByRole("button", { name: "EN" })
    .click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  expect(setLocaleCalls).toEqual([]);
  expect(await savedLanguage()).toBe("de");

  // The session keeps its language across a reload …
  await page.reload();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  // … and the next sign-in starts in the saved one.
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, LANGUAGE_AGENT, { navigate: false });
  await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");

  await page.getByRole("button", { name: "Einstellungen" }).click();
  // Named in the language it shows: German until the saved English applies.
  const dialog = page.getByRole("dialog", { name: /^(Einstellungen|Settings)$/ });
  await dialog.getByRole("radio", { name: "English" }).check();
  await screenshot(page, "360-settings");
  await dialog.getByRole("button", { name: "Speichern" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Saved.");
  expect(setLocaleCalls).toHaveLength(1);
  expect(await savedLanguage()).toBe("en");
  await dialog.getByRole("button", { name: "Close" }).click();

  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, LANGUAGE_AGENT, { navigate: false });
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page
    .getByRole("group", { name: "Language of this session" })
    .getByRole("button", { name: "DE" })
    .click();
  await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();
  expect(setLocaleCalls).toHaveLength(1);
  expect(await savedLanguage()).toBe("en");

  await mutate("auth.setLocale", { locale: "de" }, token);
});
