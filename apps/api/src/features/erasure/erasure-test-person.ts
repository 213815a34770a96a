import type { InboundMessageInput } from "@emma/core";
import type { FileFetchWorker } from "../../kept-files/file-fetch-worker.ts";
import type { TestApp } from "../../test/test-app.ts";
import {
  createTestConnector,
  createTestMailbox,
  ingestMessages,
  ingestRawMail,
  message,
} from "../../test/test-ingest.ts";

/** The person an erasure test erases: every string of theirs a dump must no longer contain. */
export const PERSON = {
  name: "Annegret Wolkenstein",
  email: "annegret.wolkenstein@kunde.example",
  phone: "+4917612398765",
  forumUser: "wolke_annegret",
  facebookId: "8765432109",
  subject: "Umschuldung Hypothekenvertrag Wolkenstein",
  phrase: "meine Kontonummer endet auf Zebra-7781",
  attachment: "GEHEIMER-KONTOAUSZUG-QUOKKA-4711",
  recordingUrl: "https://recordings.example/RE-wolkenstein-77.mp3",
} as const;

export const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 10, day, hour, 0, 0));

export interface SeededPerson {
  mailbox: string;
  phone: string;
  forum: string;
  facebook: string;
  /** The customer records ingest created for the person, the e-mail one first. */
  customerIds: string[];
}

function rawMail(props: {
  from: string;
  name: string;
  subject: string;
  text: string;
  id: string;
  date: Date;
  file?: string;
}) {
  const boundary = "b-erasure-1";
  const lines = [
    `From: ${props.name} <${props.from}>`,
    "To: Bank Service <service@bank.example>",
    `Subject: ${props.subject}`,
    `Message-ID: <${props.id}>`,
    `Date: ${props.date.toUTCString()}`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=utf-8",
    "",
    props.text,
    ...(props.file
      ? [
          `--${boundary}`,
          'Content-Type: text/plain; name="auszug.txt"',
          'Content-Disposition: attachment; filename="auszug.txt"',
          "Content-Transfer-Encoding: base64",
          "",
          Buffer.from(props.file).toString("base64"),
        ]
      : []),
    `--${boundary}--`,
    "",
  ];
  return Buffer.from(lines.join("\r\n"));
}

/** The person's e-mail through the real raw-mail ingest (subject, body, an attachment). */
export function personMail(mailbox: string, t: TestApp, id = "m1-wolkenstein@kunde.example", date = at(2)) {
  return ingestRawMail(
    t.database.db,
    mailbox,
    rawMail({
      from: PERSON.email,
      name: PERSON.name,
      subject: PERSON.subject,
      text: `Guten Tag, ${PERSON.phrase}.`,
      id,
      date,
      file: PERSON.attachment,
    }),
  );
}

export function personCall(
  phone: string,
  status: "ringing" | "completed",
  occurredAt = at(3),
): InboundMessageInput {
  return message("phone", {
    externalId: "CA-wolkenstein-1",
    threadKey: `phone:${PERSON.phone}`,
    occurredAt,
    author: { name: PERSON.name, identities: [{ kind: "phone", value: PERSON.phone }] },
    text: status === "completed" ? `Transkript: ${PERSON.phrase}` : "",
    call: {
      status,
      from: PERSON.phone,
      to: "+4930123456",
      ...(status === "completed"
        ? {
            durationSeconds: 80,
            recordingUrl: PERSON.recordingUrl,
            transcript: `Transkript: ${PERSON.phrase}`,
          }
        : {}),
    },
  });
}

/** Seeds the person across channels through the real ingest path, as separate customer records. */
export async function seedPerson(t: TestApp, fileFetches: FileFetchWorker): Promise<SeededPerson> {
  const db = t.database.db;
  const mailbox = await createTestMailbox(db);
  const phone = await createTestConnector(db, "phone");
  const forum = await createTestConnector(db, "forum");
  const facebook = await createTestConnector(db, "emma-inbound", "Messenger bridge");
  await personMail(mailbox, t);
  await ingestMessages(db, phone, [personCall(phone, "ringing")]);
  await ingestMessages(db, phone, [personCall(phone, "completed")]);
  await ingestMessages(db, forum, [
    message("forum", {
      occurredAt: at(4),
      threadKey: "topic-wolkenstein",
      subject: PERSON.subject,
      author: {
        name: PERSON.name,
        identities: [
          { kind: "forum", value: "4242", site: "community.example.de", display: PERSON.forumUser },
        ],
      },
      text: `Hallo, ich bin ${PERSON.forumUser}: ${PERSON.phrase}`,
    }),
  ]);
  await ingestMessages(db, facebook, [
    message("facebook", {
      occurredAt: at(5),
      threadKey: `fb-${PERSON.facebookId}`,
      author: { name: PERSON.name, identities: [{ kind: "facebook", value: PERSON.facebookId }] },
      text: PERSON.phrase,
      attachments: [
        { filename: "auszug.txt", contentType: "text/plain", size: 0, url: "https://cdn.example/auszug.txt" },
      ],
    }),
  ]);
  await fileFetches.drain();
  const customerIds: string[] = [];
  for (const connectorId of [mailbox, phone, forum, facebook]) {
    const row = await db
      .selectFrom("timeline_events")
      .select("customer_id")
      .where("connector_id", "=", connectorId)
      .where("customer_id", "is not", null)
      .executeTakeFirstOrThrow();
    if (row.customer_id && !customerIds.includes(row.customer_id)) customerIds.push(row.customer_id);
  }
  return { mailbox, phone, forum, facebook, customerIds };
}
