import { expect, test, type Page } from "@playwright/test";
import { AGENT, screenshot, signIn, SUPERVISOR } from "../support/console.ts";
import { showQueue } from "../support/conversation.ts";

const viewport = { width: 1280, height: 800 };

/** Opens the first e-mail conversation of the current queue (a reply there is never refused). */
async function openEmailConversation(page: Page): Promise<void> {
  await page
    .getByRole("option")
    .filter({ has: page.locator(".channel-email") })
    .first()
    .click();
  await expect(page.locator(".conversation-header h2")).toBeVisible();
}

test("a supervisor defines a macro; an agent applies it with m, 1, Enter: reply, tag, resolved, assigned", async ({
  browser,
}) => {
  const title = `Karte gesperrt ${Date.now()}`;
  const supervisor = await (await browser.newContext({ viewport, locale: "de-DE" })).newPage();
  await signIn(supervisor, SUPERVISOR);
  await supervisor.getByRole("button", { name: "Textbausteine" }).click();
  const dialog = supervisor.getByRole("dialog", { name: "Textbausteine" });
  await dialog.getByRole("tab", { name: "Makros" }).click();
  await dialog.getByLabel("Titel").fill(title);
  await dialog.getByLabel("Taste").selectOption("1");
  await dialog
    .getByLabel("Antwort")
    .fill("Hallo {{customer.firstName}}, Ihre Karte ist gesperrt, eine neue ist unterwegs. {{agent.name}}");
  await dialog.getByLabel("Tags hinzufügen").fill("Kündigung");
  await dialog.getByLabel("Status danach").selectOption("resolved");
  await dialog.getByLabel("Zuweisen an").selectOption("me");
  await dialog.getByRole("button", { name: "Speichern" }).click();
  const saved = dialog.getByRole("button", { name: new RegExp(title) });
  await expect(saved).toBeVisible();
  await expect(dialog.locator(".canned-list li").filter({ hasText: title })).toContainText("→ Gelöst");
  await screenshot(supervisor, "macro-01-admin");
  await dialog.getByRole("button", { name: "Schließen" }).click();

  const agent = await (await browser.newContext({ viewport, locale: "de-DE" })).newPage();
  await signIn(agent, AGENT);
  await showQueue(agent, /Nicht zugewiesen/);
  await openEmailConversation(agent);
  const header = agent.locator(".conversation-header");
  const customer = (await header.locator(".action-line .muted").first().textContent())?.split(" · ")[0] ?? "";
  const firstName = customer.replace(/^(Dr\.|Prof\.)\s+/, "").split(" ")[0] ?? "";

  // m opens the list, 1 picks the macro with that key and shows what it will do here.
  await agent.keyboard.press("m");
  const filter = agent.getByRole("combobox", { name: "Makro anwenden" });
  await expect(filter).toBeFocused();
  await agent.keyboard.press("1");
  const option = agent.getByRole("option", { name: new RegExp(title) });
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(option.locator(".macro-reply")).toHaveText(
    `Hallo ${firstName}, Ihre Karte ist gesperrt, eine neue ist unterwegs. Nina Krause`,
  );
  await expect(option.locator(".macro-actions")).toHaveText(/→ Gelöst.*\+ Tag kündigung.*→ mir zugewiesen/);
  await screenshot(agent, "macro-02-preview");
  await agent.keyboard.press("Enter");

  const thread = agent.getByRole("region", { name: "Verlauf der Konversation" });
  await expect(thread).toContainText(`Hallo ${firstName}, Ihre Karte ist gesperrt`);
  await expect(header.getByRole("button", { name: "Gelöst" })).toHaveAttribute("aria-pressed", "true");
  await expect(header).toContainText("Ihnen zugewiesen");
  await expect(header.locator(".tag-editor .tag")).toHaveText(["kündigung✕"]);
  await screenshot(agent, "macro-03-applied");

  // Tidy up, so the key is free for the next run against the same API.
  await supervisor.getByRole("button", { name: "Textbausteine" }).click();
  await dialog.getByRole("tab", { name: "Makros" }).click();
  await dialog.getByRole("button", { name: new RegExp(title) }).click();
  await dialog.getByRole("button", { name: "Löschen" }).click();
  await dialog.getByRole("button", { name: "Wirklich löschen" }).click();
  await expect(dialog.getByRole("button", { name: new RegExp(title) })).toHaveCount(0);
});

test("the ? overlay lists the shortcuts by group; p, e, i, n and g u work from the keyboard", async ({
  page,
}) => {
  await signIn(page, AGENT);
  await showQueue(page, /Nicht zugewiesen/);

  await page.keyboard.press("?");
  const overlay = page.getByRole("dialog", { name: "Tastenkürzel" });
  await expect(overlay.getByRole("heading")).toHaveText([
    "Tastenkürzel",
    "Überall",
    "Konversationsliste",
    "Offene Konversation",
    "Beim Schreiben",
  ]);
  await expect(overlay).toContainText("Als gelöst markieren");
  await expect(overlay).toContainText("Makro anwenden");
  await screenshot(page, "macro-04-shortcuts");
  await page.keyboard.press("Escape");
  await expect(overlay).toHaveCount(0);

  await openEmailConversation(page);
  const header = page.locator(".conversation-header");
  const status = header.getByRole("group", { name: "Status setzen" });
  await page.keyboard.press("p");
  await expect(status.getByRole("button", { name: "Wartend" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("e");
  await expect(status.getByRole("button", { name: "Gelöst" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("i");
  await expect(header).toContainText("Ihnen zugewiesen");
  await expect(page.getByRole("region", { name: "Verlauf der Konversation" })).toContainText("Gelöst");
  await screenshot(page, "macro-05-keys");

  // n puts the cursor in the note box; typing there is not taken for shortcuts.
  await page.keyboard.press("n");
  const note = page.getByRole("textbox", { name: "Interne Notiz" });
  await expect(note).toBeFocused();
  await page.keyboard.type("pe");
  await expect(note).toHaveValue("pe");
  await note.fill("");
  await note.blur();

  // g then m switches to the agent's own queue, where the conversation now is.
  await page.keyboard.press("g");
  await page.keyboard.press("m");
  await expect(
    page.getByRole("navigation", { name: "Warteschlangen" }).getByRole("button", { name: /Meine/ }),
  ).toHaveAttribute("aria-current", "page");
});
