import { headerValue, type MailHeaders } from "./mail-headers.ts";
import { readSender } from "./mail-sender.ts";

// Headers list managers put on everything they send (Mailman, fml, ezmlm, LISTSERV, RFC 2369/2919).
const LIST_HEADERS = [
  "list-id",
  "x-mailman-version",
  "x-mlserver",
  "mailing-list",
  "x-mailing-list",
  "x-listserver",
];
// The list's own addresses: a post comes from its author, a notice from one of these.
const LIST_ROBOT =
  /^(?:owner-.+|.+-(?:owner|admin|bounces|request)(?:\+.*)?|listserv|majordomo|mailman|ezmlm|sympa)$/i;

/** A mailing list's own notice (moderation, rejection, error), never a member's post. */
export function listNoticeSignals(headers: MailHeaders): string[] {
  // Mailman marks its notices so (and it alone says nothing about the sender).
  const administrivia = headerValue(headers, "x-list-administrivia");
  if (administrivia !== undefined && /^yes$/i.test(administrivia)) return ["X-List-Administrivia: yes"];
  const local = readSender(headerValue(headers, "from")).local;
  const listHeader = LIST_HEADERS.find((name) => headerValue(headers, name) !== undefined);
  if (listHeader === undefined || local === undefined || !LIST_ROBOT.test(local)) return [];
  return [`From: the list manager's ${local.slice(0, 100)} (${listHeader})`];
}
