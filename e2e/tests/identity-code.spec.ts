import { expect, test } from "@playwright/test";
import { AGENT, openCustomerFound, screenshot, signIn } from "../support/console.ts";
import { connectIntegration, startMailReceiver } from "../support/integration.ts";

/**
 * Issue 15, where nothing but a name is shared and nothing is on file to ask: a customer wrote by
 * e-mail, and someone of the same name writes on Messenger. The agent has Emma mail a code to the
 * address on file; the person on Messenger reads it back; a wrong code is refused, the right one
 * proves it, and the merge records how. The agent never sees the code in Emma.
 */
const stamp = Date.now();
// Unique per run in letters: a name with digits in it reads as a handle, not a person's name.
const NAME = `Jana Sommer${String(stamp)
  .slice(-5)
  .replace(/\d/g, (digit) => "abcdefghij".charAt(Number(digit)))}`;
const ADDRESS = `jana.sommer.${String(stamp)}@kunde.example`;
const MASKED = "ja•••@kunde.example";

let mailbox: Awaited<ReturnType<typeof startMailReceiver>>;

test.beforeAll(async () => {
  mailbox = await startMailReceiver();
  const mail = await connectIntegration({
    name: "Mail-Integration (E2E identity code)",
    channel: "email",
    outboundUrl: mailbox.url,
  });
  const messenger = await connectIntegration({
    name: "Messenger-Integration (E2E identity code)",
    channel: "facebook",
  });
  await mail.post([
    {
      channel: "email",
      externalId: `e2e-code-mail-${String(stamp)}`,
      threadKey: `e2e-code-mail-thread-${String(stamp)}`,
      subject: "Kreditkartenlimit",
      author: { name: NAME, identities: [{ kind: "email", value: ADDRESS }] },
      text: "Guten Tag, bitte erhöhen Sie mein Kreditkartenlimit.",
    },
  ]);
  await messenger.post([
    {
      channel: "facebook",
      externalId: `e2e-code-fb-${String(stamp)}`,
      threadKey: `e2e-code-fb-thread-${String(stamp)}`,
      author: { name: NAME, identities: [{ kind: "facebook", value: `71${String(stamp)}` }] },
      text: "Hallo, ich hatte wegen meines Kreditkartenlimits geschrieben. Gibt es Neuigkeiten?",
    },
  ]);
});
test.afterAll(() => mailbox.close());

const codeIn = (text: string | undefined) => /\b(\d{6})\b/.exec(text ?? "")?.[1] ?? "";

test("a code mailed to the address on file, read back on Messenger, proves the merge", async ({ page }) => {
  await signIn(page, AGENT);
  const customer = await openCustomerFound(page, ADDRESS, NAME);
  await expect(customer.locator("#customer-name")).toHaveText(NAME);
  await customer.getByRole("button", { name: /^Zusammenführen …/ }).click();
  const dialog = page.getByRole("dialog", { name: `${NAME} mit anderem Kunden zusammenführen` });
  await dialog.getByLabel(/^Anderen Kunden suchen/).fill(NAME);
  const hits = dialog.locator(".attach-hits:not(.namesakes) li");
  await expect(hits).toHaveCount(1);
  await hits.getByRole("button", { name: `${NAME} auswählen` }).click();

  const chosen = dialog.getByRole("group", { name: `Zusammenführen mit ${NAME}` });
  const questions = chosen.getByRole("group", { name: "Identität prüfen" });
  // Nothing on file to ask, but an address to mail a code to, masked: the agent does not read it out.
  await expect(questions).toContainText("Code an die hinterlegte E-Mail-Adresse");
  // The address is the customer's on screen: the person on Messenger is the other one.
  await questions.getByRole("button", { name: `Code an ${MASKED} senden (dieser Kunde)` }).click();
  await expect(questions).toContainText(`Code an ${MASKED} gesendet`);
  await expect.poll(() => mailbox.received.length, { timeout: 20_000 }).toBe(1);
  const mailed = mailbox.received[0];
  expect(mailed?.subject).toBe("Ihr Bestätigungscode");
  const code = codeIn(mailed?.text);
  expect(code).toMatch(/^\d{6}$/);
  // Delivered: the console stops saying it is on its way.
  await expect(questions).not.toContainText("Wird zugestellt", { timeout: 10_000 });
  await expect(dialog).not.toContainText(code);

  const typed = questions.getByLabel("Vom Kunden genannter Code");
  await typed.fill(code === "000000" ? "111111" : "000000");
  await questions.getByRole("button", { name: "Code prüfen" }).click();
  await expect(questions).toContainText("Der Code stimmt nicht (noch 4 Versuche).");
  await typed.fill(`${code.slice(0, 3)} ${code.slice(3)}`);
  await questions.getByRole("button", { name: "Code prüfen" }).click();
  await expect(questions).toContainText("Der Code stimmt: Die Person kann dieses Postfach lesen.");
  await screenshot(page, "identity-code-confirmed");

  await chosen
    .getByLabel("Warum ist es dieselbe Person?")
    .fill("Kundin nannte im Messenger den Code aus der E-Mail");
  await chosen.getByRole("button", { name: "Zusammenführen", exact: true }).click();
  await expect(dialog).toBeHidden();

  const history = customer.locator(".merge-history");
  await expect(history).toContainText(`Bestätigt per Code: an ${MASKED} gesendet und vom Kunden genannt.`);
  // The code mail is on the timeline as it went out, with the code blanked.
  const timeline = page.getByRole("feed");
  await expect(timeline.getByText("Ihr Bestätigungscode").first()).toBeVisible();
  await expect(page.locator("body")).not.toContainText(code);
  await history.scrollIntoViewIfNeeded();
  await screenshot(page, "identity-code-merged");
  await history.getByRole("button", { name: "Rückgängig" }).click();
  await expect(history).toHaveCount(0);
});
