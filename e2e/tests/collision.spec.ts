import { expect, test } from "@playwright/test";
import { AGENT, screenshot, SECOND_AGENT, signIn } from "../support/console.ts";
import { openWritableConversation, showQueue } from "../support/conversation.ts";

const viewport = { width: 1280, height: 800 };

test("two agents in one conversation see each other, and a reply while the other types needs a yes", async ({
  browser,
}) => {
  const nina = await (await browser.newContext({ viewport, locale: "de-DE" })).newPage();
  await signIn(nina, AGENT);
  await showQueue(nina, /Nicht zugewiesen/);
  const rowId = await openWritableConversation(nina);

  const julia = await (await browser.newContext({ viewport, locale: "de-DE" })).newPage();
  await signIn(julia, SECOND_AGENT);
  await showQueue(julia, /Nicht zugewiesen/);
  await julia.locator(`[id="${rowId}"]`).click();

  // Each sees the other viewing, never themself.
  await expect(julia.locator(".presence-line")).toContainText("Nina Krause sieht sich das gerade an");
  await expect(nina.locator(".presence-line")).toContainText("Julia Hoffmann sieht sich das gerade an");
  await expect(nina.locator(".presence-line")).not.toContainText("Nina Krause");

  await julia.getByRole("textbox", { name: "Antwort" }).pressSequentially("Guten Tag, ich schaue mir das an");
  await expect(nina.locator(".presence-line")).toContainText("Julia Hoffmann schreibt gerade eine Antwort");
  await screenshot(nina, "16-presence-typing");

  const text = `Wir haben Ihr Anliegen geprüft. (${Date.now()})`;
  const reply = nina.getByRole("textbox", { name: "Antwort" });
  await reply.fill(text);
  await julia.getByRole("textbox", { name: "Antwort" }).pressSequentially(" …");
  await nina.getByRole("button", { name: "Senden" }).click();
  const warning = nina.getByRole("alertdialog", { name: /antwortet gerade/ });
  await expect(warning).toContainText("Julia Hoffmann schreibt gerade ebenfalls eine Antwort");
  await expect(warning.getByRole("button", { name: "Abbrechen" })).toBeFocused();
  await screenshot(nina, "17-collision-warning");

  // Cancel keeps the text; a deliberate "send anyway" sends it.
  await warning.getByRole("button", { name: "Abbrechen" }).click();
  await expect(warning).toHaveCount(0);
  await expect(reply).toHaveValue(text);
  await julia.getByRole("textbox", { name: "Antwort" }).pressSequentially(" ok");
  await reply.press("Control+Enter");
  await nina.getByRole("alertdialog").getByRole("button", { name: "Trotzdem senden" }).click();
  await expect(
    nina
      .getByRole("region", { name: "Verlauf der Konversation" })
      .locator(".entry.outbound", { hasText: text }),
  ).toBeVisible();

  // Leaving the conversation takes the other one's "viewing" away at once.
  await julia.keyboard.press("Escape");
  await julia.locator("body").click({ position: { x: 640, y: 400 } });
  await julia.keyboard.press("j");
  await expect(nina.locator(".presence-line")).toHaveCount(0);
});
