import { expect, test } from "@playwright/test";
import { AGENT, DEMO_PASSWORD, appUrl, openCustomerFound, screenshot, signIn } from "../support/console.ts";
import { sendIntegrationEmail } from "../support/inbound-email.ts";
import { DEMO_ADMIN, mutate, query } from "../support/trpc-mutation.ts";

/**
 * Issue 15, where the matcher cannot know: a customer the system of record knows (customer number,
 * date of birth, address) writes from an address the bank does not have. Only the name is shared,
 * so Emma suggests nothing. The agent finds the other customer from the 360, asks the customer for
 * the date of birth and postcode, sees that a wrong answer does not match and the right ones do,
 * merges with a reason, reads what was asked in the merge history, and undoes it.
 */
const stamp = Date.now();
// Unique per run in letters: a name with digits in it reads as a handle, not a person's name.
const NAME = `Konrad Einzel${String(stamp)
  .slice(-5)
  .replace(/\d/g, (digit) => "abcdefghij".charAt(Number(digit)))}`;
const ADDRESS = `konrad.einzelgang.${stamp}@example.de`;
const CUSTOMER_NUMBER = `K-E2E-${stamp}`;
/** The matcher works in the background, after an import's sweep: it may take a while on a busy machine. */
const MATCHER_TIMEOUT_MS = 90_000;

test.beforeAll(async () => {
  const { token } = await mutate<{ token: string }>("auth.login", {
    email: DEMO_ADMIN,
    password: DEMO_PASSWORD,
  });
  const { key } = await mutate<{ key: string }>(
    "holdings.createKey",
    { sourceSystem: "core-banking", name: "E2E Personenimport" },
    token,
  );
  const imported = await fetch(`${appUrl()}/import/customers`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-emma-key": key },
    body: JSON.stringify([
      {
        sourceSystem: "core-banking",
        customerNumber: CUSTOMER_NUMBER,
        name: NAME,
        birthDate: "1979-08-23",
        address: { street: "Domstraße", houseNumber: "4", postalCode: "50667", city: "Köln" },
      },
    ]),
  });
  expect(imported.status).toBe(200);
  await sendIntegrationEmail({
    spec: "merge-by-hand",
    stamp,
    name: NAME,
    address: ADDRESS,
    subject: "Dauerauftrag ändern",
    text: "Guten Tag, ich schreibe von meiner neuen Adresse. Bitte ändern Sie meinen Dauerauftrag.",
  });
});

/** Whether the matcher has the imported record's keys yet, so the e-mail customer's namesake shows. */
async function namesakeOffered(token: string): Promise<boolean> {
  const [hit] = await query<{ id: string }[]>("customers.search", { query: ADDRESS, limit: 1 }, token);
  if (!hit) return false;
  const namesakes = await query<{ customerNumber: string | null }[]>(
    "merges.namesakes",
    { customerId: hit.id },
    token,
  );
  return namesakes.some((namesake) => namesake.customerNumber === CUSTOMER_NUMBER);
}

test("an agent merges by hand after the customer's answers match the records, and undoes it", async ({
  page,
}) => {
  test.setTimeout(MATCHER_TIMEOUT_MS + 60_000);
  const { token } = await mutate<{ token: string }>("auth.login", { email: AGENT, password: DEMO_PASSWORD });
  // The import's sweep gives the record its keys in the background, after the other customers.
  await expect.poll(() => namesakeOffered(token), { timeout: MATCHER_TIMEOUT_MS }).toBe(true);
  await signIn(page, AGENT);
  const customer = await openCustomerFound(page, ADDRESS, NAME);
  await expect(customer.locator("#customer-name")).toHaveText(NAME);

  // A name is all the two share: no suggestion, but the namesake is offered to check.
  await expect(customer.locator(".merge-banner")).toHaveCount(0);
  await customer.getByRole("button", { name: "Zusammenführen … (1 ähnlicher Name)" }).click();
  const dialog = page.getByRole("dialog", { name: `${NAME} mit anderem Kunden zusammenführen` });
  const namesakes = dialog.getByRole("region", { name: "Kunden mit gleichem oder ähnlichem Namen" });
  await expect(namesakes.getByRole("listitem")).toHaveCount(1);
  await expect(namesakes.getByRole("listitem")).toContainText(`Kundennr. ${CUSTOMER_NUMBER}`);
  // The search finds the same customer; the customer on screen is never offered.
  await dialog.getByLabel(/^Anderen Kunden suchen/).fill(NAME);
  const hits = dialog.locator(".attach-hits:not(.namesakes) li");
  await expect(hits).toHaveCount(1);
  await expect(hits).toContainText(`Kundennr. ${CUSTOMER_NUMBER}`);
  await screenshot(page, "merge-by-hand-namesakes");
  await namesakes.getByRole("button", { name: `${NAME} auswählen` }).click();

  const chosen = dialog.getByRole("group", { name: `Zusammenführen mit ${NAME}` });
  const questions = chosen.getByRole("group", { name: "Identität prüfen" });
  // Only what the records hold is asked; the values on file are never shown.
  await expect(questions.getByLabel("Geburtsdatum")).toBeVisible();
  await expect(questions.getByLabel("Postleitzahl")).toBeVisible();
  await expect(questions.getByLabel("Kundennummer")).toBeVisible();
  await expect(chosen).not.toContainText("23.08.1979");

  await questions.getByLabel("Geburtsdatum").fill("24.08.1979");
  await questions.getByRole("button", { name: "Antworten prüfen" }).click();
  await expect(questions.getByRole("status")).toHaveText("stimmt nicht");
  await expect(questions).toContainText("Die Antworten bestätigen die Identität nicht.");

  await questions.getByLabel("Geburtsdatum").fill("23.08.1979");
  await questions.getByLabel("Postleitzahl").fill("50 667");
  await questions.getByRole("button", { name: "Antworten prüfen" }).click();
  await expect(questions.getByRole("status")).toHaveText(["stimmt", "stimmt"]);
  await expect(questions).toContainText("Die Antworten stimmen mit dem Bestand überein.");

  // The system of record's customer stays, with its customer number.
  await expect(chosen).toContainText(`${NAME} ist der Kunde aus dem Bestand und bleibt bestehen`);
  const merge = chosen.getByRole("button", { name: "Zusammenführen", exact: true });
  // No merge without a reason in the agent's own words.
  await expect(merge).toBeDisabled();
  await chosen
    .getByLabel("Warum ist es dieselbe Person?")
    .fill("Kunde nannte am Telefon Geburtsdatum und PLZ");
  await screenshot(page, "merge-by-hand-verified");
  await merge.click();
  await expect(dialog).toBeHidden();

  const history = customer.locator(".merge-history");
  await expect(history).toContainText("Vorher befragt: Geburtsdatum stimmte und Postleitzahl stimmte.");
  await expect(history).toContainText("Kunde nannte am Telefon Geburtsdatum und PLZ");
  await expect(customer.locator(".customer-number")).toHaveText(`Kundennummer ${CUSTOMER_NUMBER}`);
  await history.scrollIntoViewIfNeeded();
  await screenshot(page, "merge-by-hand-merged");
  await history.getByRole("button", { name: "Rückgängig" }).click();
  await expect(history).toHaveCount(0);
});
