import { expect, test } from "@playwright/test";
import { AGENT, screenshot, signIn, SUPERVISOR } from "../support/console.ts";
import { openWritableConversation } from "../support/conversation.ts";

const viewport = { width: 1280, height: 800 };

test("a supervisor writes a canned response; an agent inserts it with the placeholders filled in", async ({
  browser,
}) => {
  const title = `Rückfrage Vorgang ${Date.now()}`;
  const supervisor = await (await browser.newContext({ viewport, locale: "de-DE" })).newPage();
  await signIn(supervisor, SUPERVISOR);
  await supervisor.getByRole("button", { name: "Textbausteine" }).click();
  const dialog = supervisor.getByRole("dialog", { name: "Textbausteine" });
  // The demo's own, in both languages.
  await expect(dialog.getByRole("button", { name: /Begrüßung/ })).toBeVisible();
  await expect(dialog.getByRole("button", { name: /Greeting/ })).toBeVisible();
  await dialog.getByLabel("Titel").fill(title);
  await dialog.getByLabel("Kürzel").fill("e2e-frage");
  await dialog.getByLabel("Sprache").selectOption("de");
  await dialog
    .getByLabel("Text", { exact: true })
    .fill("Hallo {{customer.firstName}}, hier ist {{agent.name}}. Vorgang {{vorgang.nr}}");
  await expect(dialog.locator(".canned-preview-box")).toContainText("Hallo Anna, hier ist Nina Krause.");
  await dialog.getByRole("button", { name: "Speichern" }).click();
  await expect(dialog.getByRole("button", { name: new RegExp(title) })).toBeVisible();
  await screenshot(supervisor, "13-canned-admin");
  await dialog.getByRole("button", { name: "Schließen" }).click();

  const agent = await (await browser.newContext({ viewport, locale: "de-DE" })).newPage();
  await signIn(agent, AGENT);
  await openWritableConversation(agent);
  const reply = agent.getByRole("textbox", { name: "Antwort" });
  await reply.click();
  // A / at the start of a line opens the picker; Escape gives the typed text back.
  await agent.keyboard.type("/xy");
  const picker = agent.getByRole("combobox", { name: "Textbaustein einfügen" });
  await expect(picker).toHaveValue("xy");
  await agent.keyboard.press("Escape");
  await expect(reply).toHaveValue("/xy");
  await reply.fill("");

  await agent.keyboard.type("/e2e-frage");
  await expect(agent.getByRole("option", { name: new RegExp(title) })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await screenshot(agent, "14-canned-picker");
  await agent.keyboard.press("Enter");
  await expect(reply).toBeFocused();
  const text = await reply.inputValue();
  expect(text).toMatch(/^Hallo \p{L}[\p{L}-]*, hier ist Nina Krause\. Vorgang \{\{vorgang\.nr\}\}$/u);
  await expect(agent.locator(".placeholder-warning")).toContainText("{{vorgang.nr}}");
  await screenshot(agent, "15-canned-inserted");
  await reply.fill("");

  // Tidy up, through the same screen.
  await supervisor.getByRole("button", { name: "Textbausteine" }).click();
  await dialog.getByRole("button", { name: new RegExp(title) }).click();
  await dialog.getByRole("button", { name: "Löschen" }).click();
  await dialog.getByRole("button", { name: "Wirklich löschen" }).click();
  await expect(dialog.getByRole("button", { name: new RegExp(title) })).toHaveCount(0);
});
