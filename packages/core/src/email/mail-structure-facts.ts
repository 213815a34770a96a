import type { DeliveryStatusRecipient } from "./delivery-status.ts";

/** What the connector read from a mail's MIME tree, for the classifier (which sees no bytes). */
export interface MailStructureFacts {
  /** The top-level `type/subtype`, lower-case. */
  contentType: string;
  /** `report-type` of a multipart/report in the tree, lower-case; empty when the report names none. */
  reportType?: string;
  /** Decoded text of the first message/delivery-status part. */
  deliveryStatus?: string;
  /** `Feedback-Type` of a message/feedback-report part (RFC 5965), lower-case; empty when it has none. */
  feedbackType?: string;
  /** Header block of the returned mail: a message/rfc822 or text/rfc822-headers part. */
  originalHeaders?: string;
  /** The first Message-ID written inside a text part: bounces that copy the returned mail into their text. */
  quotedMessageId?: string;
  /** A sending provider's own report in its own format (e.g. an SES notification mailed by SNS). */
  providerReport?: ProviderReport;
}

/** A multipart/report of delivery status (RFC 3464, RFC 6533's internationalized one): a bounce's. */
export function isDeliveryReportType(reportType: string | undefined): boolean {
  return reportType === "delivery-status" || reportType === "global-delivery-status";
}

/** A provider's bounce, complaint or delivery notice, read by the connector that knows its format. */
export interface ProviderReport {
  /** Who wrote it, for the timeline's explanation. */
  provider: string;
  type: "bounce" | "complaint" | "delivery";
  /** Message-IDs of the mail the report is about. */
  originalMessageIds: string[];
  /** As a delivery-status part would list them: a bounce that may still succeed is "delayed". */
  recipients: DeliveryStatusRecipient[];
}
