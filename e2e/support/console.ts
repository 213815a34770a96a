import { expect, type Page } from "@playwright/test";
import { join } from "node:path";
import { artifactsDir } from "./paths.ts";

export const DEMO_PASSWORD = "emma-demo";
/** Demo staff (apps/api/src/demo/staff.ts): first name, dot, role. */
export const AGENT = "nina.agent@emma.example";
export const SECOND_AGENT = "julia.agent@emma.example";
export const SUPERVISOR = "stefan.supervisor@emma.example";

export function appUrl(): string {
  const url = process.env.EMMA_E2E_URL;
  if (!url)
    throw new Error(
      "EMMA_E2E_URL is not set: run through playwright.config.ts, whose global setup starts the API",
    );
  return url;
}

export async function signIn(
  page: Page,
  email: string = AGENT,
  options: { navigate: boolean } = { navigate: true },
): Promise<void> {
  if (options.navigate) await page.goto(appUrl());
  await page.getByLabel(/^(E-Mail|Email)$/).fill(email);
  await page.getByLabel(/^(Passwort|Password)$/).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /^(Anmelden|Sign in)$/ }).click();
  // Signed in: the section switcher stands in every section; a bare URL opens the inbox's queues.
  await expect(page.getByRole("navigation", { name: /^(Bereiche|Sections)$/ })).toBeVisible();
  if (options.navigate)
    await expect(page.getByRole("navigation", { name: /Warteschlangen|Queues/ })).toBeVisible();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(artifactsDir, `${name}.png`) });
}

/** Opens the first conversation in the current queue and returns its row id. */
export async function openFirstConversation(page: Page): Promise<string> {
  const row = page.getByRole("option").first();
  await row.click();
  await expect(page.locator(".conversation-header h2")).toBeVisible();
  return (await row.getAttribute("id")) ?? "";
}

/** Opens a customer from the search box, by what the agent has in front of her (an address, a number). */
export async function openCustomerFound(page: Page, query: string, name: string) {
  await page.getByRole("combobox", { name: "Kunden und Nachrichten suchen" }).fill(query);
  await page
    .getByRole("group", { name: "Kunden" })
    .getByRole("option", { name: new RegExp(name) })
    .first()
    .click();
  return page.getByRole("complementary", { name: "Kunde 360" });
}
