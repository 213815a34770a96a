import { normalizeMessageId, type ProviderReport } from "@emma/core";
import { z } from "zod";

// Amazon SES bounce, complaint and delivery notifications, as an SNS subscription mails them: the
// JSON alone as a text/plain body, then SNS's "--" footer ("email"), or inside SNS's own envelope
// ("email-json"). Fields per the SES developer guide, "Amazon SNS notification contents"; SES may
// add fields, which are ignored.
const recipientSchema = z.object({
  emailAddress: z.string().max(998),
  action: z.string().max(40).optional(),
  status: z.string().max(40).optional(),
  diagnosticCode: z.string().max(2000).optional(),
});
const sesNotificationSchema = z.object({
  // Event publishing names the field eventType; plain notifications, notificationType.
  notificationType: z.string().optional(),
  eventType: z.string().optional(),
  bounce: z
    .object({ bounceType: z.string(), bouncedRecipients: z.array(recipientSchema).max(100) })
    .optional(),
  mail: z.object({
    messageId: z.string(),
    headers: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
    commonHeaders: z.object({ messageId: z.string().optional() }).optional(),
  }),
});

const snsEnvelopeSchema = z.object({ Type: z.literal("Notification"), Message: z.string() });

const TYPES = { bounce: "bounce", complaint: "complaint", delivery: "delivery" } as const;

/** The report in an SES notification mail's text, or undefined when the text is something else. */
export function sesNotificationIn(text: string): ProviderReport | undefined {
  // Relays fold the long JSON line; JSON has no line breaks inside its strings, so they go.
  const json = (text.split(/\r?\n--\r?\n/, 1)[0] ?? "").replace(/\r?\n/g, "").trim();
  if (!json.startsWith("{") || !json.includes("mail")) return undefined;
  const parsed = parseJson(json);
  const envelope = snsEnvelopeSchema.safeParse(parsed);
  const result = sesNotificationSchema.safeParse(
    envelope.success ? parseJson(envelope.data.Message) : parsed,
  );
  if (!result.success) return undefined;
  const notification = result.data;
  const name = (notification.notificationType ?? notification.eventType ?? "").toLowerCase();
  const type = Object.hasOwn(TYPES, name) ? TYPES[name as keyof typeof TYPES] : undefined;
  if (type === undefined) return undefined;
  const { mail, bounce } = notification;
  const header = mail.headers?.find((h) => h.name.toLowerCase() === "message-id")?.value;
  const ids = [mail.commonHeaders?.messageId, header].flatMap((id) => {
    const normalized = id === undefined ? undefined : normalizeMessageId(id);
    return normalized === undefined ? [] : [normalized];
  });
  // A transient bounce (mailbox full, greylisting) may still be delivered: as RFC 3464's "delayed".
  const action = bounce?.bounceType === "Permanent" ? "failed" : "delayed";
  return {
    provider: "Amazon SES",
    type,
    originalMessageIds: [...new Set(ids)],
    recipients: (bounce?.bouncedRecipients ?? []).map((recipient) => ({
      address: recipient.emailAddress,
      action,
      ...(recipient.status === undefined ? {} : { status: recipient.status }),
      ...(recipient.diagnosticCode === undefined
        ? {}
        : { diagnostic: recipient.diagnosticCode.replace(/^[\w-]+;\s*/, "") }),
    })),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
