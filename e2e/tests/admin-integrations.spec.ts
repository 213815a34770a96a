import { expect, test, type Page } from "@playwright/test";
import { appUrl, DEMO_PASSWORD, screenshot, signIn } from "../support/console.ts";
import { annaWithNumber } from "../support/demo-customer.ts";
import { DEMO_ADMIN, mutate } from "../support/trpc-mutation.ts";

const SOURCE = "e2e-kernbank";
const KEY_NAME = "E2E Nachtexport";

function importHoldings(url: string, key: string, body: unknown) {
  return fetch(url, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test("an admin creates an import key, sees it once, a system imports with it, and after revoking it is refused", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const { token } = await mutate<{ token: string }>("auth.login", {
    email: DEMO_ADMIN,
    password: DEMO_PASSWORD,
  });
  const { customerNumber } = await annaWithNumber(token);
  await signIn(page, DEMO_ADMIN);
  await page.goto(`${appUrl()}/#/admin/holdings-import`);
  await expect(page.getByRole("heading", { name: "Konten-Import", level: 2 })).toBeVisible();

  await page.getByRole("button", { name: "Neuen Schlüssel erstellen" }).click();
  const create = page.getByRole("dialog", { name: "Neuer Import-Schlüssel" });
  // The source system's rule is checked before anything is sent.
  await create.getByLabel("Bestandssystem").fill("Kern Bank");
  await create.getByLabel("Name").fill(KEY_NAME);
  await create.getByRole("button", { name: "Schlüssel erstellen" }).click();
  await expect(create.getByText(/Bitte nur Kleinbuchstaben/)).toBeVisible();
  await create.getByLabel("Bestandssystem").fill(SOURCE);
  await create.getByRole("button", { name: "Schlüssel erstellen" }).click();

  const once = page.getByRole("dialog", { name: `Schlüssel für ${SOURCE}: ${KEY_NAME}` });
  await expect(once.getByText(/nur jetzt angezeigt.*nie wieder anzeigen/)).toBeVisible();
  const key = await once.getByLabel("Schlüssel", { exact: true }).inputValue();
  expect(key).toMatch(/^emk_[A-Za-z0-9_-]{43}$/);
  await once.getByRole("button", { name: "Schlüssel kopieren" }).click();
  await expect(once.getByText("Kopiert.")).toBeVisible();
  expect(await clipboard(page)).toBe(key);
  await screenshot(page, "admin-integrations-key-once");
  await once.getByRole("button", { name: "Ich habe den Schlüssel gesichert" }).click();
  // Gone for good: nowhere on the page once the dialog is closed.
  await expect(once).toBeHidden();
  await expect(page.locator("body")).not.toContainText(key);
  for (const input of await page.locator("input").all()) expect(await input.inputValue()).not.toBe(key);

  const source = page.getByRole("region", { name: new RegExp(`^System ${SOURCE}`) });
  const row = source.getByRole("row").filter({ has: page.getByRole("rowheader", { name: KEY_NAME }) });
  await expect(row).toContainText("Noch nie benutzt");
  await expect(row).toContainText("Aktiv");
  await expect(row).toContainText("von Anna Albrecht");

  // The address IT copies is where the import answers.
  await page.getByRole("button", { name: "Import-Adresse kopieren" }).click();
  const endpoint = await clipboard(page);
  expect(endpoint).toBe(`${appUrl()}/import/holdings`);
  const imported = await importHoldings(endpoint, key, [
    {
      sourceSystem: SOURCE,
      externalId: "e2e-giro-1",
      customer: { customerNumber },
      kind: "account",
      name: "Girokonto E2E",
      reference: "DE02120300000000202051",
      balance: { minor: 4200, currency: "EUR" },
    },
  ]);
  expect(imported.status).toBe(200);
  expect(await imported.json()).toMatchObject({ counts: { created: 1 } });

  // The API example on the page is accepted as shown (its customer number is an example's: not linked).
  const example = await page
    .getByRole("figure", { name: /API-Beispiel/ })
    .locator("code")
    .innerText();
  const exampleBody: unknown = JSON.parse(example.split("\n").slice(4, -1).join("\n"));
  const exampleAnswer = await importHoldings(endpoint, key, exampleBody);
  expect(exampleAnswer.status).toBe(200);
  expect(await exampleAnswer.json()).toMatchObject({ counts: { not_linked: 1 } });

  await page.reload();
  await expect(row).not.toContainText("Noch nie benutzt");
  await row.getByRole("button", { name: "Widerrufen" }).click();
  const revoke = page.getByRole("dialog", { name: `Schlüssel „${KEY_NAME}“ widerrufen?` });
  await expect(revoke).toContainText("ab sofort abgewiesen");
  await revoke.getByRole("button", { name: "Schlüssel widerrufen" }).click();
  await expect(revoke).toBeHidden();
  await expect(row.getByText("Widerrufen", { exact: true })).toBeVisible();
  await expect(row).toContainText("von Anna Albrecht");
  await expect(row.getByRole("button", { name: "Widerrufen" })).toHaveCount(0);

  const refused = await importHoldings(endpoint, key, [
    {
      sourceSystem: SOURCE,
      externalId: "e2e-giro-2",
      customer: { customerNumber },
      kind: "account",
      name: "Girokonto E2E 2",
      reference: "DE02120300000000202052",
    },
  ]);
  expect(refused.status).toBe(401);
  await source.scrollIntoViewIfNeeded();
  await screenshot(page, "admin-integrations");
  await page.getByRole("region", { name: "So bindet die IT ein System an" }).scrollIntoViewIfNeeded();
  await screenshot(page, "admin-integrations-how-to");
});
