import { z } from "zod";

/**
 * "Code an die hinterlegte Adresse": when two customers share only a name (a Messenger contact and
 * an e-mail customer), Emma mails a one-time code to the address on file of one of them and the
 * person the agent is talking to reads it back on the other channel. Whoever can read that mailbox
 * is that customer, so the merge rests on something stronger than a name.
 */

/** How long a code can be read back: long enough to open a mailbox, short enough to be useless later. */
export const IDENTITY_CODE_TTL_MINUTES = 15;
/** Wrong codes before a code is spent: a typo or two, never a guess among a million. */
export const IDENTITY_CODE_ATTEMPTS = 5;
/** Codes mailed for one pair of customers an hour, by anyone: a mailbox is not flooded through Emma. */
export const IDENTITY_CODES_PER_HOUR = 3;
/** A confirmed code carries a merge this long after it was confirmed; later the agent asks again. */
export const IDENTITY_CODE_CONFIRMED_MINUTES = 60;
export const IDENTITY_CODE_DIGITS = 6;

/** What the agent types: the digits the customer read out, whatever spaces or dashes came with them. */
export function codeOfAnswer(answer: string): string | null {
  const digits = answer.replace(/[\s\-.]/g, "");
  return new RegExp(`^\\d{${String(IDENTITY_CODE_DIGITS)}}$`).test(digits) ? digits : null;
}

/**
 * An address as the console and the merge record show it, "an•••@example.de": enough for the agent
 * to tell two addresses apart, not enough to read out to someone who may not be its owner.
 */
export function maskedAddress(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 1) return "•••";
  const local = address.slice(0, at);
  const shown = local.length <= 3 ? local.slice(0, 1) : local.slice(0, 2);
  return `${shown}•••${address.slice(at)}`;
}

export const IDENTITY_CODE_RESULTS = ["same", "different", "expired", "spent", "none"] as const;
export const identityCodeResultSchema = z
  .enum(IDENTITY_CODE_RESULTS)
  .describe(
    "same: the code read back is the one mailed; different: it is not; expired: the code's time ran out; spent: too many wrong codes; none: no code was mailed for these customers",
  );
export type IdentityCodeResult = z.infer<typeof identityCodeResultSchema>;

/** A mailed code as stored, for deciding what a code read back means. */
export interface IdentityCodeState {
  expiresAt: Date;
  attempts: number;
  confirmedAt: Date | null;
}

/**
 * What a code read back means now. A confirmed code stays confirmed for IDENTITY_CODE_CONFIRMED_MINUTES
 * (a second "prüfen" of the same code says so again); an expired or spent one says so before it is
 * compared, so that a guess after the last attempt learns nothing.
 */
export function identityCodeResult(
  state: IdentityCodeState | undefined,
  matches: boolean,
  now: Date,
): IdentityCodeResult {
  if (state === undefined) return "none";
  if (state.confirmedAt !== null)
    return !confirmedCodeUsable(state.confirmedAt, now) ? "expired" : matches ? "same" : "different";
  if (state.expiresAt.getTime() <= now.getTime()) return "expired";
  if (state.attempts >= IDENTITY_CODE_ATTEMPTS) return "spent";
  return matches ? "same" : "different";
}

/** Whether a confirmed code may still carry a merge at `now`. */
export function confirmedCodeUsable(confirmedAt: Date | null, now: Date): boolean {
  return (
    confirmedAt !== null && now.getTime() - confirmedAt.getTime() <= IDENTITY_CODE_CONFIRMED_MINUTES * 60_000
  );
}

/** Whether a code is still worth showing: it can be read back, or it is confirmed and can carry a merge. */
export function identityCodeOpen(state: IdentityCodeState, now: Date): boolean {
  return state.confirmedAt !== null
    ? confirmedCodeUsable(state.confirmedAt, now)
    : state.expiresAt.getTime() > now.getTime() && state.attempts < IDENTITY_CODE_ATTEMPTS;
}

/**
 * The mail with the code, in the customer's language. It says who asks and why, and what to do when
 * they are not in touch with us: nothing is linked without the code.
 */
export function identityCodeMail(props: {
  locale: "de" | "en";
  code: string;
  customerName: string | null;
  agentName: string;
}): { subject: string; text: string } {
  const { code, agentName } = props;
  const minutes = String(IDENTITY_CODE_TTL_MINUTES);
  if (props.locale === "en")
    return {
      subject: "Your confirmation code",
      text: [
        props.customerName ? `Dear ${props.customerName},` : "Hello,",
        "",
        `${agentName} of our customer service is talking with you on another channel right now. So that we can keep your requests together in one place, please tell ${agentName} this code there:`,
        "",
        code,
        "",
        `The code is valid for ${minutes} minutes. If you are not in touch with us right now, please ignore this e-mail: without the code, nothing is linked.`,
        "",
        "Your customer service",
      ].join("\n"),
    };
  return {
    subject: "Ihr Bestätigungscode",
    text: [
      props.customerName ? `Guten Tag ${props.customerName},` : "Guten Tag,",
      "",
      `${agentName} aus unserem Kundenservice spricht gerade auf einem anderen Weg mit Ihnen. Damit wir Ihre Anliegen an einer Stelle zusammenführen können, nennen Sie ${agentName} dort bitte diesen Code:`,
      "",
      code,
      "",
      `Der Code gilt ${minutes} Minuten. Wenn Sie gerade nicht mit uns in Kontakt sind, ignorieren Sie diese E-Mail bitte: Ohne den Code wird nichts verknüpft.`,
      "",
      "Ihr Kundenservice",
    ].join("\n"),
  };
}

/** The mail as the timeline keeps it: the code itself is not shown to agents, who must hear it from the customer. */
export function withoutCode(text: string, code: string): string {
  return text.split(code).join("•".repeat(code.length));
}
