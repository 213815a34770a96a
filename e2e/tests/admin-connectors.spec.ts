import { createHmac, randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { appUrl, DEMO_PASSWORD, screenshot, signIn } from "../support/console.ts";
import { DEMO_ADMIN, mutate } from "../support/trpc-mutation.ts";

const SIGNING_SECRET = "e2e-signing-secret-0123456789";
const CONNECTOR_URL = /#\/admin\/connectors\/([0-9a-f-]{36})$/;

type NormalizedMessage = Record<string, unknown>;

/** A message from Greta as the emma-inbound format carries it; override what the test is about. */
function gretaWrites(text: string, overrides: NormalizedMessage = {}): NormalizedMessage {
  const id = randomUUID();
  return {
    channel: "email",
    kind: "message",
    externalId: `e2e-${id}`,
    threadKey: `e2e-thread-${id}`,
    occurredAt: new Date().toISOString(),
    direction: "inbound",
    author: { name: "Greta Webhook", identities: [{ kind: "email", value: `greta.${id}@example.de` }] },
    text,
    ...overrides,
  };
}

/** A delivery to an emma-inbound webhook, signed as its sender signs it. */
async function deliver(url: string, message: NormalizedMessage): Promise<number> {
  const body = JSON.stringify([message]);
  const signature = `sha256=${createHmac("sha256", SIGNING_SECRET).update(body).digest("hex")}`;
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-emma-signature": signature },
    body,
  });
  return response.status;
}

function boardRow(page: Page, name: string) {
  return page.getByRole("row").filter({ has: page.getByRole("rowheader").filter({ hasText: name }) });
}

async function openBoard(page: Page) {
  await page.goto(`${appUrl()}/#/admin/connectors`);
  await expect(page.getByRole("heading", { name: "Zustand aller Kanäle" })).toBeVisible();
}

test("the admin creates a webhook connector from its form, copies its address, tests it and sees it on the board", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, DEMO_ADMIN);
  await openBoard(page);
  await expect(page.getByRole("table")).toBeVisible();
  await screenshot(page, "admin-connectors-board");

  await page.getByRole("button", { name: "Neuen Kanal anlegen" }).click();
  await page.getByRole("radio", { name: /Emma inbound webhook/ }).check();
  const form = page.getByRole("form", { name: "Einstellungen für Emma inbound webhook" });
  // Submitting empty names what is missing beside the fields, and sends nothing.
  await form.getByRole("button", { name: "Kanal anlegen" }).click();
  await expect(form.getByText("Bitte ausfüllen.")).toHaveCount(2);
  await form.getByLabel(/^Name/).fill("CRM-Webhook E2E");
  await form.getByLabel(/^Channel/).selectOption("email");
  // The API's own check (at least 16 characters) is shown beside the secret's field.
  await form.getByLabel(/^Signing secret/).fill("zu-kurz");
  await form.getByRole("button", { name: "Kanal anlegen" }).click();
  await expect(form.locator("#new-secret-signingSecret-problem")).toContainText("16");
  await screenshot(page, "admin-connectors-create-refused");
  await form.getByLabel(/^Signing secret/).fill(SIGNING_SECRET);
  await form.getByRole("button", { name: "Kanal anlegen" }).click();

  await expect(page).toHaveURL(CONNECTOR_URL);
  const connectorId = CONNECTOR_URL.exec(page.url())?.[1] ?? "";
  await expect(page.getByRole("heading", { name: "CRM-Webhook E2E" })).toBeVisible();
  // The secret is write-only: set, and nowhere on the page.
  await expect(
    page.getByRole("form", { name: "Signing secret" }).getByText("gesetzt", { exact: true }),
  ).toBeVisible();
  await expect(page.locator("body")).not.toContainText(SIGNING_SECRET);
  for (const input of await page.locator("input").all())
    expect(await input.inputValue()).not.toBe(SIGNING_SECRET);

  await page.getByRole("button", { name: "Kopieren" }).click();
  await expect(page.getByText("Kopiert.")).toBeVisible();
  const webhookUrl = await page.evaluate(() => navigator.clipboard.readText());
  expect(webhookUrl).toBe(`${appUrl()}/webhooks/${connectorId}`);
  expect(await deliver(webhookUrl, gretaWrites("Hallo über den Webhook"))).toBe(202);

  await page.getByRole("button", { name: "Verbindung testen" }).click();
  await expect(page.getByText("Hier gibt es nichts zu testen.")).toBeVisible();
  await expect(page.getByText(/the provider calls Emma/)).toBeVisible();
  await screenshot(page, "admin-connectors-detail");

  await page.getByRole("button", { name: "← Zur Übersicht aller Kanäle" }).click();
  const row = boardRow(page, "CRM-Webhook E2E");
  await expect(row.getByText("In Ordnung")).toBeVisible();
  await expect(row).not.toContainText("Noch kein Ereignis empfangen");
  await screenshot(page, "admin-connectors-board-with-new");
});

test("a failed event is processed again from the board", async ({ page }) => {
  // The worker gives an event up after five attempts: about 80 seconds by default, 8 with the retry
  // unit global-setup.ts gives the API; the timeouts allow for the default.
  test.setTimeout(240_000);
  const { token } = await mutate<{ token: string }>("auth.login", {
    email: DEMO_ADMIN,
    password: DEMO_PASSWORD,
  });
  const { id } = await mutate<{ id: string }>(
    "connectors.create",
    { kind: "emma-inbound", name: "Webhook mit Fehlern E2E", secrets: { signingSecret: SIGNING_SECRET } },
    token,
  );
  // The sender's integration delivers an edit of a message it never sent: the edit names nobody,
  // so it can only wait for its item, and after the worker's last attempt it is marked failed.
  const webhook = `${appUrl()}/webhooks/${id}`;
  const original = gretaWrites("Bitte die Adresse ändern: Lindenweg 3");
  const edit = {
    ...original,
    author: { identities: [] },
    text: "Bitte die Adresse ändern: Lindenweg 5",
    change: { type: "edit", editedAt: new Date().toISOString() },
  };
  expect(await deliver(webhook, edit)).toBe(202);

  await signIn(page, DEMO_ADMIN);
  await openBoard(page);
  const row = boardRow(page, "Webhook mit Fehlern E2E");
  await expect(row.getByText("1 Ereignis konnte nicht verarbeitet werden")).toBeVisible({ timeout: 180_000 });
  await expect(row.getByText("Gestört")).toBeVisible();
  // Problems come first: the failing connector heads the board.
  await expect(page.getByRole("row").nth(1)).toContainText("Gestört");
  await screenshot(page, "admin-connectors-failed-event");

  // The admin has the sender deliver the missing message; now the edit has its item.
  expect(await deliver(webhook, original)).toBe(202);

  await row
    .getByRole("button", {
      name: "Fehlgeschlagene Ereignisse von Webhook mit Fehlern E2E erneut verarbeiten",
    })
    .click();
  await expect(row.getByText("1 Ereignis konnte nicht verarbeitet werden")).toBeHidden();
  await expect(row.getByText("1 Ereignis wird erneut verarbeitet.")).toBeVisible();
  // Processed this time, now that its item is there: nothing waits, nothing failed.
  const count = (column: number) => row.getByRole("cell").nth(column).locator(".connector-count");
  await expect(count(2)).toHaveText("0", { timeout: 60_000 });
  await expect(count(3)).toHaveText("0");
  await expect(row.getByText("In Ordnung")).toBeVisible();
  await screenshot(page, "admin-connectors-reprocessed");
});

test("the forum's agent usernames are a line per agent, and a line without its name is refused before saving", async ({
  page,
}) => {
  await signIn(page, DEMO_ADMIN);
  await openBoard(page);
  await boardRow(page, "Community-Forum (Discourse, Simulator)")
    .getByRole("button", { name: "Community-Forum (Discourse, Simulator)" })
    .click();
  const settings = page.getByRole("form", { name: "Einstellungen" });
  const usernames = settings.getByLabel(/^Agent usernames/);
  // The demo maps each agent's e-mail to her staff account on the forum: readable, not JSON.
  await expect(usernames).toHaveValue(/^nina\.[^\n]+@[^\n]+ = Nina_EmmaBank$/m);
  await expect(usernames).not.toHaveValue(/[{}"]/);
  const stored = await usernames.inputValue();
  await usernames.fill(`${stored}\nmax.muster@emma.example`);
  await settings.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect(settings.getByText("Bitte jede Zeile als „Name = Wert“ schreiben.")).toBeVisible();
  await screenshot(page, "admin-connectors-agent-usernames");
  // Nothing was sent: the stored mapping is what the page shows after a reload.
  await page.reload();
  await expect(page.getByRole("form", { name: "Einstellungen" }).getByLabel(/^Agent usernames/)).toHaveValue(
    stored,
  );
});
