import { expect, test } from "@playwright/test";
import { openFirstConversation, screenshot, signIn } from "../support/console.ts";

test("login shows the queues, a conversation and its customer 360", async ({ page }) => {
  await page.goto(process.env.EMMA_E2E_URL ?? "");
  await expect(page.getByRole("heading", { name: "Emma" })).toBeVisible();
  await screenshot(page, "01-login");

  await signIn(page);
  const queues = page.getByRole("navigation", { name: "Warteschlangen" });
  await expect(queues.getByRole("button", { name: /Meine/ })).toHaveAttribute("aria-current", "page");
  await expect(queues.getByRole("button", { name: /Nicht zugewiesen/ })).toBeVisible();
  // Agents do not get the "Alle" queue.
  await expect(queues.getByRole("button", { name: /^Alle/ })).toHaveCount(0);

  await openFirstConversation(page);
  const customer = page.getByRole("complementary", { name: "Kunde 360" });
  await expect(customer.locator("#customer-name")).toBeVisible();
  await expect(customer.getByText("Kontaktwege")).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Verlauf der Konversation" }).locator(".entry").first(),
  ).toBeVisible();
  await screenshot(page, "02-workspace");
});

test("the timeline of a customer spans several channels and filters by channel", async ({ page }) => {
  await signIn(page);
  await page.keyboard.press("/");
  await expect(page.getByRole("combobox", { name: "Kunden und Nachrichten suchen" })).toBeFocused();
  await page.keyboard.type("Anna Schneider");
  await expect(
    page
      .getByRole("group", { name: "Kunden" })
      .getByRole("option", { name: /Anna Schneider/ })
      .first(),
  ).toBeVisible();
  // The first quick match is the customer; Enter without picking one would show all results.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");

  const timeline = page.getByRole("feed", { name: "Zeitleiste" });
  await expect(timeline.locator(".entry").first()).toBeVisible();
  const channels = new Set(
    await timeline
      .locator("[data-channel]")
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-channel"))),
  );
  expect(channels.size).toBeGreaterThanOrEqual(2);
  await screenshot(page, "03-timeline");
  // Scrolled to the end, the keyset pages run out at the very first contact.
  await timeline.evaluate((node) => node.scrollTo({ top: node.scrollHeight }));
  await expect(timeline.getByText("Erster Kontakt – keine älteren Einträge.")).toBeVisible();

  await page.getByRole("group", { name: "Kanäle filtern" }).getByRole("button", { name: "Telefon" }).click();
  await expect(timeline.locator("[data-channel]").first()).toBeVisible();
  const filtered = new Set(
    await timeline
      .locator("[data-channel]")
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-channel"))),
  );
  expect([...filtered]).toEqual(["phone"]);
  await page.getByRole("group", { name: "Kanäle filtern" }).getByRole("button", { name: "Alle" }).click();
});

test("a reply lands in the thread with its delivery state", async ({ page }) => {
  await signIn(page);
  await openFirstConversation(page);
  // Make sure the conversation can be answered in writing (not phone).
  const replyTab = page.getByRole("tab", { name: "Antworten" });
  if (await replyTab.isDisabled()) {
    await page.keyboard.press("j");
    await expect(replyTab).toBeEnabled();
  }
  const text = `Vielen Dank, wir kümmern uns darum. (${Date.now()})`;
  await page.getByRole("textbox", { name: "Antwort" }).fill(text);
  await page.getByRole("button", { name: "Senden" }).click();

  const thread = page.getByRole("region", { name: "Verlauf der Konversation" });
  const sent = thread.locator(".entry.outbound", { hasText: text });
  await expect(sent).toBeVisible();
  // The outbox worker hands it to the demo's simulated customer, and the thread says so plainly.
  await expect(sent.locator(".delivery")).toHaveText(/Demo: an den simulierten Kunden übergeben/, {
    timeout: 15_000,
  });
  await expect(page.getByRole("textbox", { name: "Antwort" })).toHaveValue("");
  await screenshot(page, "04-reply");
});

test("the language switches between German and English", async ({ page }) => {
  await signIn(page);
  await page.getByRole("group", { name: "Sprache" }).getByRole("button", { name: "EN" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Queues" }).getByRole("button", { name: /Mine/ }),
  ).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await screenshot(page, "05-english");
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "DE" }).click();
  await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();
});

test("a draft survives a reload and an expired session", async ({ page }) => {
  await signIn(page);
  await openFirstConversation(page);
  const draft = `Entwurf ${Date.now()}`;
  await page.getByRole("tab", { name: "Notiz" }).click();
  await page.getByRole("textbox", { name: "Interne Notiz" }).fill(draft);

  await page.reload();
  await page.getByRole("tab", { name: "Notiz" }).click();
  await expect(page.getByRole("textbox", { name: "Interne Notiz" })).toHaveValue(draft);

  // End the session behind the console's back, as an expiry or a revocation elsewhere would.
  await page.evaluate(async () => {
    const token = sessionStorage.getItem("emma.session-token") ?? "";
    await fetch("/trpc/auth.logout", {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: "{}",
    });
  });
  // The console learns it at once (its event stream ends), not only at the next click.
  await expect(page.getByRole("status").filter({ hasText: "Sitzung ist abgelaufen" })).toBeVisible();
  await screenshot(page, "06-expired");

  // Signing back in on the same screen returns to the conversation with the draft still there.
  await signIn(page, undefined, { navigate: false });
  await page.getByRole("tab", { name: "Notiz" }).click();
  await expect(page.getByRole("textbox", { name: "Interne Notiz" })).toHaveValue(draft);
});

test("keyboard: j/k move through the list and ? shows the shortcuts", async ({ page }) => {
  await signIn(page);
  const first = await openFirstConversation(page);
  await page.locator("body").click({ position: { x: 640, y: 400 } });
  await page.keyboard.press("j");
  await expect(page.locator(`[role=option][aria-selected=true]`)).not.toHaveAttribute("id", first);
  await page.keyboard.press("k");
  await expect(page.locator(`[role=option][aria-selected=true]`)).toHaveAttribute("id", first);
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Tastenkürzel" })).toBeVisible();
  await screenshot(page, "07-shortcuts");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page.getByRole("button", { name: "Anmelden" })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem("emma.session-token"))).toBeNull();
});
