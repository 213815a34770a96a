import type { RawIdentity } from "@emma/core";
import { SERVICE_MAILBOX } from "./channel-email.ts";
import { nationalFormat } from "./phone.ts";
import type { DemoPerson } from "./person.ts";
import { demoMessage, type Thread } from "./thread.ts";
import type { Locale } from "./types.ts";

/**
 * The website's contact form ("Rückrufbitte") arrives by email and is the one kind of item that carries
 * an email address AND a phone number. When those two belong to two customers Emma already knows,
 * ingestion cannot pick one and files a merge suggestion (resolveIdentities → "conflict"):
 *
 * - sameHolderBridge: the customer's linked identifier with their unlinked one (the office landline,
 *   the university address), which an earlier split-identity conversation had already turned into a
 *   second customer. The right decision is to merge.
 * - householdBridge: the partner's email (the previous customer) with this customer's own mobile,
 *   because the couple shares one address for the family's mail. Two real people: dismiss.
 */
function contactForm(
  person: DemoPerson,
  locale: Locale,
  seq: number,
  at: number,
  email: string,
  phone: string,
  concern: string,
): Thread {
  const threadKey = `demo-form-${person.key}-${seq}@forms.emma-bank.de`;
  const text =
    locale === "de"
      ? `Kontaktformular: Rückrufbitte\n\nName: ${person.displayName}\nE-Mail: ${email}\nTelefon: ${nationalFormat(phone)}\n\nAnliegen:\n${concern}`
      : `Contact form: call-back request\n\nName: ${person.displayName}\nEmail: ${email}\nPhone: ${nationalFormat(phone)}\n\nMessage:\n${concern}`;
  const identities: RawIdentity[] = [
    { kind: "email", value: email, display: person.displayName },
    { kind: "phone", value: phone },
  ];
  const message = demoMessage({
    channel: "email",
    kind: "message",
    externalId: threadKey,
    threadKey,
    occurredAt: at,
    direction: "inbound",
    name: person.displayName,
    identities,
    subject: locale === "de" ? "Kontaktformular: Rückrufbitte" : "Contact form: call-back request",
    text,
    metadata: { source: "contact-form", form: "callback", to: SERVICE_MAILBOX },
  });
  return { threadKey, messages: [message] };
}

export function sameHolderBridge(person: DemoPerson, seq: number, at: number): Thread {
  const split = person.split === "landline";
  const email = split ? person.email : person.secondEmail;
  const phone = split ? person.landline : person.mobile;
  if (email === null || phone === null) throw new Error(`${person.key} has no identifiers to bridge`);
  const concern =
    person.locale === "de"
      ? "Ich hatte letzte Woche schon angerufen, es ging um mein Konto. Bitte rufen Sie mich unter der angegebenen Nummer zurück."
      : "I called last week about my account. Please call me back on the number above.";
  return contactForm(person, person.locale, seq, at, email, phone, concern);
}

export function householdBridge(
  person: DemoPerson,
  partner: DemoPerson,
  seq: number,
  at: number,
): Thread | null {
  if (partner.email === null || person.mobile === null) return null;
  const concern =
    person.locale === "de"
      ? `${partner.name.gender === "f" ? "Meine Partnerin" : "Mein Partner"} ${partner.name.first} und ich möchten ein Gemeinschaftskonto eröffnen. Bitte rufen Sie mich an.`
      : `My partner ${partner.name.first} and I would like to open a joint account. Please call me.`;
  return contactForm(person, person.locale, seq, at, partner.email, person.mobile, concern);
}
