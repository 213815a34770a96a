import { expect, test, type Page } from "@playwright/test";
import { openFirstConversation, screenshot, signIn } from "../support/console.ts";

function countStreams(page: Page): () => number {
  let streams = 0;
  page.on("request", (request) => {
    if (request.url().includes("/trpc/events.stream")) streams += 1;
  });
  return () => streams;
}

test("a note written in another window appears live over the one event stream", async ({ browser }) => {
  const viewport = { width: 1280, height: 800 };
  const watcher = await (await browser.newContext({ viewport, locale: "de-DE" })).newPage();
  const streams = countStreams(watcher);
  await signIn(watcher);
  const rowId = await openFirstConversation(watcher);

  const writer = await (await browser.newContext({ viewport, locale: "de-DE" })).newPage();
  await signIn(writer);
  await writer.locator(`[id="${rowId}"]`).click();
  const note = `Rückruf vereinbart (${Date.now()})`;
  await writer.getByRole("tab", { name: "Notiz" }).click();
  await writer.getByRole("textbox", { name: "Interne Notiz" }).fill(note);
  await writer.getByRole("button", { name: "Notiz speichern" }).click();
  await expect(writer.locator(".entry.internal", { hasText: note }).first()).toBeVisible();

  // No reload on the watcher: the event stream says what changed and the queries refetch.
  const thread = watcher.getByRole("region", { name: "Verlauf der Konversation" });
  await expect(thread.locator(".entry.internal", { hasText: note })).toBeVisible();
  await expect(
    watcher.getByRole("feed", { name: "Zeitleiste" }).locator(".entry.internal", { hasText: note }),
  ).toBeVisible();
  expect(streams()).toBe(1);
  await screenshot(watcher, "08-live-note");
});
