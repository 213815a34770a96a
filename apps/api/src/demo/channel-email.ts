import type { Attachment, RawIdentity } from "@emma/core";
import { toAscii } from "./ascii.ts";
import { formatDate } from "./format.ts";
import { agentGreeting, agentSignoff, customerGreeting, customerSignoff, replySubject } from "./phrases.ts";
import type { Random } from "./random.ts";
import { fill } from "./template.ts";
import {
  capRecent,
  cycle,
  demoMessage,
  textToHtml,
  threadTimes,
  type Thread,
  type ThreadContext,
} from "./thread.ts";
import type { TopicId } from "./topics.ts";
import { demoCustomerNumber, type DemoPerson } from "./person.ts";
import type { DemoMessage, Locale } from "./types.ts";

/** The service mailbox every customer writes to. */
export const SERVICE_MAILBOX = "service@emma-bank.de";

const ATTACHMENTS: Partial<Record<TopicId, readonly (readonly [name: string, type: string])[]>> = {
  address_change: [
    ["Meldebescheinigung.pdf", "application/pdf"],
    ["Ummeldung_scan.jpg", "image/jpeg"],
  ],
  app_crash: [
    ["Screenshot_Fehler.png", "image/png"],
    ["IMG_4711.PNG", "image/png"],
  ],
  sepa_missing: [["Überweisungsbeleg.pdf", "application/pdf"]],
  transfer_recall: [["Überweisung_Screenshot.png", "image/png"]],
  card_blocked: [["Kassenbon.jpg", "image/jpeg"]],
};

function attachments(random: Random, topic: TopicId): Attachment[] {
  const options = ATTACHMENTS[topic];
  if (!options || !random.chance(0.4)) return [];
  const [filename, contentType] = random.pick(options);
  return [{ filename, contentType, size: random.int(18_000, 2_400_000) }];
}

/** Message-ID host: the sender's mail system, ASCII as mail servers write it. */
function mailHost(address: string): string {
  return `mail.${toAscii(address.slice(address.indexOf("@") + 1).toLowerCase())}`;
}

/**
 * An email thread: the customer writes, we answer, they may write again. `from` is the one address the
 * customer writes from in this thread (the linked one, or the unlinked one for split identities).
 */
export function emailThread(ctx: ThreadContext, from: string): Thread {
  const { person, random, locale, text, vars } = ctx;
  const count = capRecent(
    ctx,
    ctx.long
      ? random.int(2, 5)
      : random.weighted([
          [1, 25],
          [2, 35],
          [3, 25],
          [4, 15],
        ]),
  );
  const times = threadTimes(random, ctx.start, count, ctx.now, [25, 3 * 24 * 60]);
  // One variant for the whole thread: the subject, the opening and our answer belong together.
  const variant = random.int(0, text.openings.length - 1);
  const followUps = random.sample(text.followUps, text.followUps.length);
  const subject = fill(cycle(text.subjects, variant), vars);
  const identity: RawIdentity = { kind: "email", value: from, display: person.displayName };
  const rootId = `demo-email-${person.key}-${ctx.nextSeq()}@${mailHost(from)}`;
  const messages: DemoMessage[] = [];
  let previousId = rootId;
  times.forEach((at, i) => {
    const inbound = i % 2 === 0;
    const messageId =
      i === 0
        ? rootId
        : `demo-email-${person.key}-${ctx.nextSeq()}@${inbound ? mailHost(from) : "mail.emma-bank.de"}`;
    let body: string;
    if (!inbound) {
      const reply = fill(cycle(text.replies, variant + (i - 1) / 2), vars);
      body = `${agentGreeting(person, locale)}\n\n${reply}\n\n${agentSignoff(ctx.agent, locale)}`;
    } else if (i === 0) {
      const greeting = customerGreeting(random, locale);
      body = `${greeting}\n\n${fill(cycle(text.openings, variant), vars)}${fromUnknownAddress(person, from, locale)}\n\n${customerSignoff(random, person, locale)}`;
    } else {
      const quote =
        locale === "de"
          ? `Am ${formatDate(times[i - 1] ?? at, locale)} schrieb Emma Bank:`
          : `On ${formatDate(times[i - 1] ?? at, locale)}, Emma Bank wrote:`;
      body = `${fill(cycle(followUps, i / 2 - 1), vars)}\n\n${customerSignoff(random, person, locale)}\n\n${quote}\n> ${agentGreeting(person, locale)}`;
    }
    messages.push(
      demoMessage({
        agent: ctx.agent,
        channel: "email",
        kind: "message",
        externalId: messageId,
        threadKey: rootId,
        occurredAt: at,
        direction: inbound ? "inbound" : "outbound",
        name: person.displayName,
        identities: [identity],
        subject: i === 0 ? subject : replySubject(subject, locale),
        text: body,
        // Our own mails always have an HTML part; about a third of customers' mail clients send one.
        html: !inbound || random.chance(0.3) ? textToHtml(body) : undefined,
        attachments: inbound && i === 0 ? attachments(random, ctx.topic) : [],
        metadata: {
          messageId,
          ...(i === 0 ? {} : { inReplyTo: previousId }),
          from: inbound ? from : SERVICE_MAILBOX,
          to: inbound ? SERVICE_MAILBOX : from,
        },
      }),
    );
    previousId = messageId;
  });
  return { threadKey: rootId, messages };
}

/**
 * Written from an address the bank does not know, a customer names their customer number so the
 * bank finds them; Emma's matcher reads it and suggests the two customers as one person.
 */
function fromUnknownAddress(person: DemoPerson, from: string, locale: Locale): string {
  if (from !== person.secondEmail) return "";
  const number = demoCustomerNumber(person);
  return locale === "de"
    ? `\n\nIch schreibe von einer anderen Adresse; meine Kundennummer ist ${number}.`
    : `\n\nI am writing from another address; my customer number is ${number}.`;
}
