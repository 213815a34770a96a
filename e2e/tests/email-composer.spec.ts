import { createHash, randomBytes } from "node:crypto";
import { extractAttachment, parseEmail } from "@emma/connectors";
import {
  deliver,
  mail,
  startDovecot,
  startSmtpReceiver,
  whyNoDovecot,
  type DovecotServer,
  type SmtpReceiver,
} from "@emma/connectors/simulators";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, screenshot, signIn } from "../support/console.ts";
import { openCustomerConversation } from "../support/conversation.ts";
import { DEMO_ADMIN, mutate } from "../support/trpc-mutation.ts";

/**
 * An agent answers a mail with a colleague in Cc, a file and a bold word. The mailbox is a real
 * IMAP server (Dovecot) and the far side the same SMTP receiver the demo mailbox uses, both started
 * here on 127.0.0.1 and connected as an admin would (connectors.create).
 */
const MAILBOX = "service-e2e@emma-bank.de";
const CUSTOMER = { name: "Clara Composer", address: "clara.composer@kunde.example" };
const noDovecot = whyNoDovecot();

let imap: DovecotServer;
let smtp: SmtpReceiver;

test.skip(noDovecot !== undefined, `needs a local Dovecot for the mailbox: ${noDovecot ?? ""}`);

test.beforeAll(async () => {
  [imap, smtp] = await Promise.all([startDovecot(), startSmtpReceiver()]);
  const { token } = await mutate<{ token: string }>("auth.login", {
    email: DEMO_ADMIN,
    password: DEMO_PASSWORD,
  });
  await mutate(
    "connectors.create",
    {
      kind: "email",
      name: "Kundenservice (E2E)",
      config: {
        imap: { host: "127.0.0.1", port: imap.port, secure: false, user: imap.user },
        smtp: { host: "127.0.0.1", port: smtp.port, secure: false },
        address: MAILBOX,
        displayName: "Emma Bank Kundenservice",
        messageIdDomain: "emma-bank.de",
        pollIntervalSeconds: 10,
        tls: { allowUnencrypted: true },
      },
      secrets: { imapPassword: imap.password },
    },
    token,
  );
  await deliver(
    imap,
    "INBOX",
    mail(
      `From: ${CUSTOMER.name} <${CUSTOMER.address}>`,
      `To: Emma Bank Kundenservice <${MAILBOX}>`,
      `Cc: Steuerberater Stein <stein@kanzlei.example>, ${MAILBOX}`,
      "Subject: Vollmacht für meinen Steuerberater",
      `Message-ID: <vollmacht-${String(Date.now())}@kunde.example>`,
      `Date: ${new Date().toUTCString().replace("GMT", "+0000")}`,
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Guten Tag, mein Steuerberater liest mit. Welche Unterlagen brauchen Sie?",
    ),
  );
});
test.afterAll(async () => {
  await Promise.all([imap.stop(), smtp.close()]);
});

test("an e-mail reply with a Cc, a file and a bold word reaches the SMTP server intact", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page);
  await openCustomerConversation(page, CUSTOMER.name);

  // Prefilled from the thread: the customer in To, the Cc of her mail without our own mailbox.
  const to = page.getByLabel("An", { exact: true });
  const cc = page.getByLabel("Cc", { exact: true });
  await expect(to).toHaveValue(`${CUSTOMER.name} <${CUSTOMER.address}>`);
  await expect(cc).toHaveValue("stein@kanzlei.example");

  // A typo is named at its field, and sending waits until it is mended.
  await cc.fill("stein@kanzlei.example, berater(at)kanzlei");
  await cc.blur();
  await expect(page.getByRole("alert")).toContainText("Keine gültige E-Mail-Adresse: berater(at)kanzlei.");
  await expect(page.getByRole("button", { name: "Senden", exact: true })).toBeDisabled();
  await cc.fill("stein@kanzlei.example, Berta Berater <berta@kanzlei.example>");

  const file = randomBytes(48_000);
  await page.locator('.reply-attachments input[type="file"]').setInputFiles({
    name: "Vollmacht-Formular.pdf",
    mimeType: "application/pdf",
    buffer: file,
  });
  const attached = page.getByRole("list", { name: "Anhänge der Antwort" }).getByRole("listitem");
  await expect(attached).toContainText("Vollmacht-Formular.pdf");
  await expect(attached.getByRole("status")).toHaveCount(0);

  const replyBox = page.getByRole("textbox", { name: "Antwort" });
  await replyBox.fill("Guten Tag,\n\nbitte senden Sie uns die unterschriebene Vollmacht zurück.");
  // Select "unterschriebene" and make it bold from the toolbar.
  await replyBox.evaluate((area: HTMLTextAreaElement) => {
    const start = area.value.indexOf("unterschriebene");
    area.setSelectionRange(start, start + "unterschriebene".length);
  });
  await page.getByRole("toolbar", { name: "Formatierung" }).getByRole("button", { name: "Fett" }).click();
  await expect(replyBox).toHaveValue(
    "Guten Tag,\n\nbitte senden Sie uns die **unterschriebene** Vollmacht zurück.",
  );
  await page.getByRole("button", { name: "Vorschau" }).click();
  await expect(page.locator(".reply-preview strong")).toHaveText("unterschriebene");
  await screenshot(page, "32-email-composer");

  // The signed form is all that was missing: sent and resolved in one step, here from the menu.
  await page.getByRole("button", { name: "Weitere Sendeoptionen" }).click();
  await page.getByRole("menuitem", { name: /Senden \+ Gelöst/ }).click();
  await expect.poll(() => smtp.received.length, { timeout: 30_000 }).toBe(1);

  const raw = smtp.received[0] ?? Buffer.alloc(0);
  const head = raw.toString("utf8").split(/\r?\n\r?\n/)[0] ?? "";
  expect(head).toMatch(/^To: Clara Composer <clara\.composer@kunde\.example>$/m);
  expect(head).toMatch(/^Cc: stein@kanzlei\.example, Berta Berater <berta@kanzlei\.example>$/m);
  expect(smtp.envelopes[0]?.to.sort()).toEqual([
    "berta@kanzlei.example",
    "clara.composer@kunde.example",
    "stein@kanzlei.example",
  ]);
  const [received] = await parseEmail(raw, { address: MAILBOX, maxMessageBytes: 10_000_000 });
  expect(received?.html).toContain("<strong>unterschriebene</strong>");
  expect(received?.text).toContain("bitte senden Sie uns die *unterschriebene* Vollmacht zurück.");
  const sent = await extractAttachment(raw, 0);
  expect(sent.filename).toBe("Vollmacht-Formular.pdf");
  expect(createHash("sha256").update(sent.content).digest("hex")).toBe(
    createHash("sha256").update(file).digest("hex"),
  );

  // On the thread: formatted, with where it went and the file, downloadable like a customer's.
  const ours = page
    .getByRole("region", { name: "Verlauf der Konversation" })
    .locator(".entry.outbound")
    .last();
  await expect(ours.locator(".mail-html strong")).toHaveText("unterschriebene");
  await expect(ours.locator('.mail-recipients-line [data-field="cc"]')).toHaveText(
    "Cc:stein@kanzlei.example, Berta Berater <berta@kanzlei.example>",
  );
  await expect(ours.getByRole("button", { name: /Vollmacht-Formular\.pdf/ })).toBeVisible();
  await expect(ours.getByRole("status")).toHaveText("Gesendet", { timeout: 20_000 });
  await expect(page.locator(".conversation-header").getByRole("button", { name: "Gelöst" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await screenshot(page, "33-email-sent-with-attachment");
});
