import { randomUUID } from "node:crypto";
import { deliver, mail, startDovecot, startSmtpReceiver, whyNoDovecot } from "@emma/connectors/simulators";
import type { Kysely } from "kysely";
import { sealSecrets, type SecretKey } from "../crypto/secret-box.ts";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../services.ts";
import { DEMO_MAILS } from "./demo-mails.ts";

const NAME = "Demo Postfach (simuliert)";
const ADDRESS = "service@emma-bank.de";

/**
 * Live mail for the demo through the real email connector: a private Dovecot mailbox that simulated
 * customers write to (IMAP, picked up by the poller and IDLE), and a local SMTP server that takes
 * the agents' replies (so "delivered" is true: the simulated customer's server accepted them).
 * Where Dovecot is not installed the demo says so and runs without it.
 */
export async function startDemoMailbox(props: {
  db: Kysely<Database>;
  secretKey: SecretKey;
  log: Logger;
  everyMs: number;
}): Promise<{ stop(): Promise<void> } | { unavailable: string }> {
  const missing = whyNoDovecot();
  if (missing) return { unavailable: missing };
  const [imap, smtp] = await Promise.all([startDovecot(), startSmtpReceiver()]);
  const config = JSON.stringify({
    imap: { host: "127.0.0.1", port: imap.port, secure: false, user: imap.user },
    smtp: { host: "127.0.0.1", port: smtp.port, secure: false },
    address: ADDRESS,
    displayName: "Emma Bank Kundenservice",
    messageIdDomain: "emma-bank.de",
    pollIntervalSeconds: 30,
    // A private Dovecot and SMTP receiver on 127.0.0.1 without certificates: a test setup.
    tls: { allowUnencrypted: true },
  });
  const secrets = sealSecrets(props.secretKey, { imapPassword: imap.password });
  // A fresh mailbox each start: the connector follows it, and its cursor starts over.
  const existing = await props.db
    .selectFrom("connectors")
    .select("id")
    .where("name", "=", NAME)
    .executeTakeFirst();
  if (existing)
    await props.db
      .updateTable("connectors")
      .set({ config, secrets, poll_cursor: null, enabled: true })
      .where("id", "=", existing.id)
      .execute();
  else
    await props.db.insertInto("connectors").values({ kind: "email", name: NAME, config, secrets }).execute();

  let round = 0;
  const timer = setInterval(() => {
    round += 1;
    void writeOne(props.db, imap, round).catch((error: unknown) =>
      props.log.warn("demo mailbox: a simulated mail could not be delivered", { error: String(error) }),
    );
  }, props.everyMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await Promise.all([imap.stop(), smtp.close()]);
    },
  };
}

async function writeOne(db: Kysely<Database>, imap: Parameters<typeof deliver>[0], round: number) {
  const sender = await db
    .selectFrom("identities as i")
    .innerJoin("customers as c", "c.id", "i.customer_id")
    .select(["i.value", "c.display_name"])
    .where("i.kind", "=", "email")
    .orderBy("i.created_at")
    .offset((round * 11) % 60)
    .limit(1)
    .executeTakeFirst();
  const content = DEMO_MAILS[round % DEMO_MAILS.length] ?? DEMO_MAILS[0];
  const name = sender?.display_name ?? "Lea Hoffmann";
  await deliver(
    imap,
    "INBOX",
    mail(
      `From: ${name} <${sender?.value ?? "lea.hoffmann@example.de"}>`,
      `To: Emma Bank Kundenservice <${ADDRESS}>`,
      `Subject: ${content.subject}`,
      `Message-ID: <${randomUUID()}@kunde.example>`,
      `Date: ${new Date().toUTCString().replace("GMT", "+0000")}`,
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: 8bit",
      "",
      `${content.text}\n${name}`.replace(/\n/g, "\r\n"),
    ),
  );
}
