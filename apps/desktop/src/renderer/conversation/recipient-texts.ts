import {
  MAX_RECIPIENTS_PER_FIELD,
  RECIPIENT_FIELDS,
  formatAddressList,
  parseAddressList,
  recipientIssues,
  type MailRecipients,
  type Mailbox,
  type RecipientField,
  type RecipientIssueCode,
} from "@emma/core";

/** The To, Cc and Bcc fields as the agent typed them. */
export type RecipientTexts = Record<RecipientField, string>;

export interface FieldProblems {
  /** Entries that are no address, as typed. */
  invalid: string[];
  issues: (RecipientIssueCode | "over_field_limit")[];
}

export interface ReadRecipients {
  /** What the reply sends; null while any field has a problem. */
  recipients: MailRecipients | null;
  problems: Record<RecipientField, FieldProblems>;
}

export function recipientTexts(prefill: { to: Mailbox[]; cc: Mailbox[] } | null): RecipientTexts {
  return { to: formatAddressList(prefill?.to ?? []), cc: formatAddressList(prefill?.cc ?? []), bcc: "" };
}

/** The fields read with core's rules, as the API will check them, with each problem at its field. */
export function readRecipientTexts(texts: RecipientTexts): ReadRecipients {
  const parsed = {
    to: parseAddressList(texts.to),
    cc: parseAddressList(texts.cc),
    bcc: parseAddressList(texts.bcc),
  };
  const recipients = { to: parsed.to.mailboxes, cc: parsed.cc.mailboxes, bcc: parsed.bcc.mailboxes };
  const problems = {} as Record<RecipientField, FieldProblems>;
  for (const field of RECIPIENT_FIELDS) {
    problems[field] = {
      invalid: parsed[field].invalid,
      issues: recipients[field].length > MAX_RECIPIENTS_PER_FIELD ? ["over_field_limit"] : [],
    };
  }
  for (const issue of recipientIssues(recipients)) problems[issue.field].issues.push(issue.code);
  const clean = RECIPIENT_FIELDS.every(
    (field) => problems[field].invalid.length === 0 && problems[field].issues.length === 0,
  );
  return { recipients: clean ? recipients : null, problems };
}
