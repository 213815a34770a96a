import { parseMergeReasons } from "@emma/core";
import type { TestApp } from "./test-app.ts";
import { createTestConnector, ingestMessages, message } from "./test-ingest.ts";

/*
 * People as the matcher's tests meet them: a contact on one channel, the open suggestions, and Anna
 * who writes by e-mail and then on Messenger naming that address.
 */

/** One message from a new or known contact; returns the customer it belongs to. */
export async function contact(
  t: TestApp,
  connectorId: string,
  channel: "email" | "facebook" | "phone",
  name: string,
  value: string,
  text: string,
): Promise<string> {
  const kind = channel;
  await ingestMessages(t.database.db, connectorId, [
    message(channel, {
      author: { name, identities: [{ kind, value }] },
      text,
      occurredAt: new Date(),
    }),
  ]);
  const row = await t.database.db
    .selectFrom("identities")
    .select("customer_id")
    .where("kind", "=", kind)
    .where("value", "=", value)
    .executeTakeFirstOrThrow();
  return row.customer_id;
}

export async function openSuggestions(t: TestApp) {
  const rows = await t.database.db
    .selectFrom("merge_suggestions")
    .select(["id", "customer_a", "customer_b", "reasons", "score"])
    .where("status", "=", "open")
    .execute();
  return rows.map((row) => ({ ...row, reasons: parseMergeReasons(row.reasons) }));
}

/** Anna writes by e-mail, then on Messenger naming that address. */
export async function annaOnTwoChannels(t: TestApp) {
  const db = t.database.db;
  const mail = await createTestConnector(db, "email");
  const messenger = await createTestConnector(db, "facebook");
  const byMail = await contact(
    t,
    mail,
    "email",
    "Anna Schneider",
    "anna.schneider@example.de",
    "Meine Karte ist gesperrt",
  );
  const byMessenger = await contact(
    t,
    messenger,
    "facebook",
    "Anna Schneider",
    "4711000111",
    "Hallo, ich habe Ihnen schon von anna.schneider@example.de geschrieben",
  );
  return { byMail, byMessenger, mail, messenger };
}
