import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, appUrl, screenshot, signIn } from "../support/console.ts";
import { DEMO_ADMIN, mutate } from "../support/trpc-mutation.ts";

/** A fresh address per run: the suite's database outlives a single spec. */
function freshEmail(name: string): string {
  return `${name}.${Date.now()}@emma.example`;
}

async function openUsersPage(page: Page): Promise<void> {
  await page.goto(`${appUrl()}#/admin/users`);
  await expect(page.getByRole("heading", { name: "Benutzer", exact: true })).toBeVisible();
}

function userRow(page: Page, name: string) {
  return page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
}

test("a user created with an initial password sets their own at first sign-in, then works", async ({
  page,
  browser,
}) => {
  const email = freshEmail("ida.initial");
  await signIn(page, DEMO_ADMIN);
  await openUsersPage(page);
  await page.getByRole("button", { name: "Benutzer anlegen" }).click();
  const dialog = page.getByRole("dialog", { name: "Benutzer anlegen" });
  await dialog.getByLabel("Name", { exact: true }).fill("Ida Initial");
  await dialog.getByLabel("E-Mail", { exact: true }).fill(email);
  await dialog.getByLabel("Rolle").selectOption("agent");
  await dialog.getByLabel("Startpasswort", { exact: true }).fill("kurz");
  await dialog.getByRole("button", { name: "Anlegen" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Das Passwort braucht mindestens 10 Zeichen.");
  await dialog.getByLabel("Startpasswort", { exact: true }).fill("start-passwort-1");
  await screenshot(page, "admin-users-create");
  await dialog.getByRole("button", { name: "Anlegen" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "Ida Initial ist angelegt." })).toBeVisible();
  await expect(userRow(page, "Ida Initial")).toContainText("Muss eigenes Passwort festlegen");
  await expect(userRow(page, "Ida Initial")).toContainText("Noch nie");

  // The same e-mail again is refused in the admin's words.
  await page.getByRole("button", { name: "Benutzer anlegen" }).click();
  await dialog.getByLabel("Name", { exact: true }).fill("Ida Doppelt");
  await dialog.getByLabel("E-Mail", { exact: true }).fill(email.toUpperCase());
  await dialog.getByLabel("Startpasswort", { exact: true }).fill("start-passwort-2");
  await dialog.getByRole("button", { name: "Anlegen" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(
    "Diese E-Mail-Adresse gehört schon zu einem anderen Konto.",
  );
  await dialog.getByRole("button", { name: "Abbrechen" }).click();

  const idaContext = await browser.newContext();
  const ida = await idaContext.newPage();
  await ida.goto(appUrl());
  await ida.getByLabel("E-Mail").fill(email);
  await ida.getByLabel("Passwort").fill("start-passwort-1");
  await ida.getByRole("button", { name: "Anmelden" }).click();
  await expect(ida.getByRole("heading", { name: "Eigenes Passwort festlegen" })).toBeVisible();
  await expect(ida.getByRole("navigation", { name: "Warteschlangen" })).toHaveCount(0);
  await ida.getByLabel("Startpasswort", { exact: true }).fill("start-passwort-1");
  await ida.getByLabel("Neues Passwort", { exact: true }).fill("idas-eigenes-passwort");
  await ida.getByLabel("Neues Passwort wiederholen").fill("idas-eigenes-passwort-x");
  await ida.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(ida.getByRole("alert")).toHaveText("Die beiden Passwörter stimmen nicht überein.");
  await ida.getByLabel("Neues Passwort wiederholen").fill("idas-eigenes-passwort");
  await screenshot(ida, "admin-users-own-password");
  await ida.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(ida.getByRole("navigation", { name: "Warteschlangen" })).toBeVisible();
  await screenshot(ida, "admin-users-first-inbox");
  await idaContext.close();

  await page.reload();
  await expect(userRow(page, "Ida Initial")).not.toContainText("Muss eigenes Passwort festlegen");
  await expect(userRow(page, "Ida Initial")).not.toContainText("Noch nie");
});

test("deactivating a user signs their open session out at once", async ({ page, browser }) => {
  const email = freshEmail("dirk.deaktiviert");
  const admin = await mutate<{ token: string }>("auth.login", { email: DEMO_ADMIN, password: DEMO_PASSWORD });
  const created = await mutate<{ setPasswordLink: { token: string } | null }>(
    "users.create",
    { email, displayName: "Dirk Deaktiviert", role: "agent", signIn: { kind: "link" } },
    admin.token,
  );
  if (!created.setPasswordLink) throw new Error("no set-password link");

  // Dirk opens the link the admin handed over and sets his password there.
  const dirkContext = await browser.newContext();
  const dirk = await dirkContext.newPage();
  await dirk.goto(`${appUrl()}#/set-password?token=${created.setPasswordLink.token}`);
  await expect(dirk.getByRole("heading", { name: "Passwort festlegen" })).toBeVisible();
  await dirk.getByLabel("Neues Passwort", { exact: true }).fill("dirks-passwort-1");
  await dirk.getByLabel("Neues Passwort wiederholen").fill("dirks-passwort-1");
  await dirk.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(dirk.getByRole("status")).toHaveText(
    `Ihr Passwort ist festgelegt. Melden Sie sich jetzt mit ${email} an.`,
  );
  await dirk.getByRole("button", { name: "Zur Anmeldung" }).click();
  await dirk.getByLabel("E-Mail").fill(email);
  await dirk.getByLabel("Passwort").fill("dirks-passwort-1");
  await dirk.getByRole("button", { name: "Anmelden" }).click();
  await expect(dirk.getByRole("navigation", { name: "Warteschlangen" })).toBeVisible();

  await signIn(page, DEMO_ADMIN);
  await openUsersPage(page);
  await page.getByLabel("Benutzer filtern").fill("dirk");
  await expect(page.getByRole("row")).toHaveCount(2);
  await userRow(page, "Dirk Deaktiviert").getByRole("button", { name: "Deaktivieren" }).click();
  const confirm = page.getByRole("dialog", { name: "Dirk Deaktiviert deaktivieren?" });
  await expect(confirm).toContainText("wird jetzt sofort auf allen Geräten abgemeldet");
  await screenshot(page, "admin-users-deactivate");
  await confirm.getByRole("button", { name: "Deaktivieren und abmelden" }).click();
  await expect(confirm).toBeHidden();
  await expect(userRow(page, "Dirk Deaktiviert")).toContainText("Deaktiviert");

  await expect(dirk.getByRole("button", { name: "Anmelden" })).toBeVisible({ timeout: 20_000 });
  await expect(dirk.getByText("Ihre Sitzung ist abgelaufen.", { exact: false })).toBeVisible();
  await dirkContext.close();

  // A reset by link shows the link once, to hand over; the old password stops working.
  await userRow(page, "Dirk Deaktiviert").getByRole("button", { name: "Passwort zurücksetzen" }).click();
  const reset = page.getByRole("dialog", { name: "Passwort von Dirk Deaktiviert zurücksetzen" });
  await reset.getByRole("radio", { name: /Einmal-Link/ }).check();
  await reset.getByRole("button", { name: "Zurücksetzen" }).click();
  const handover = page.getByRole("dialog", { name: "Einmal-Link für Dirk Deaktiviert" });
  await expect(handover.getByLabel("Link zum Festlegen des Passworts")).toHaveValue(
    /#\/set-password\?token=[\w-]{20,}$/,
  );
  await screenshot(page, "admin-users-handover-link");
  await handover.getByRole("button", { name: "Schließen" }).click();
  await expect(userRow(page, "Dirk Deaktiviert")).toContainText("Einmal-Link offen bis");

  // The demo has one admin: she cannot deactivate herself, and the page says why.
  await page.getByLabel("Benutzer filtern").fill("anna");
  await userRow(page, "Anna Albrecht").getByRole("button", { name: "Deaktivieren" }).click();
  const self = page.getByRole("dialog", { name: "Anna Albrecht deaktivieren?" });
  await self.getByRole("button", { name: "Deaktivieren und abmelden" }).click();
  await expect(self.getByRole("alert")).toContainText("mindestens einen aktiven Admin");
  await screenshot(page, "admin-users-own-rights");
  await self.getByRole("button", { name: "Abbrechen" }).click();

  await page.getByLabel("Benutzer filtern").fill("");
  await screenshot(page, "admin-users-table");
});

test("the teams page lists members and says what deleting a team does to its conversations", async ({
  page,
}) => {
  const name = `Kreditkarten ${Date.now()}`;
  await signIn(page, DEMO_ADMIN);
  await page.goto(`${appUrl()}#/admin/teams`);
  await expect(page.getByRole("heading", { name: "Teams", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Team anlegen" }).click();
  const create = page.getByRole("dialog", { name: "Team anlegen" });
  await create.getByLabel("Name des Teams").fill(name);
  await create.getByRole("button", { name: "Anlegen" }).click();
  await expect(create).toBeHidden();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
  await expect(row).toContainText("0 Mitglieder");

  await row.getByRole("button", { name: "Mitglieder" }).click();
  const members = page.getByRole("dialog", { name: `Mitglieder von ${name}` });
  await members.getByRole("checkbox", { name: /Nina Krause/ }).check();
  await members.getByRole("button", { name: "Speichern" }).click();
  await expect(members).toBeHidden();
  await expect(row).toContainText("1 Mitglied");

  await row.getByRole("button", { name: "Löschen" }).click();
  const remove = page.getByRole("dialog", { name: `Team ${name} löschen?` });
  await expect(remove).toContainText("Dem Team sind keine Gespräche zugeordnet.");
  await screenshot(page, "admin-teams-delete");
  await remove.getByRole("button", { name: "Team löschen" }).click();
  await expect(row).toHaveCount(0);
  await screenshot(page, "admin-teams");
});
