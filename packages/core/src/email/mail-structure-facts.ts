/** What the connector read from a mail's MIME tree, for the classifier (which sees no bytes). */
export interface MailStructureFacts {
  /** The top-level `type/subtype`, lower-case. */
  contentType: string;
  /** `report-type` of a multipart/report in the tree, lower-case (e.g. delivery-status). */
  reportType?: string;
  /** Decoded text of the first message/delivery-status part. */
  deliveryStatus?: string;
  /** Header block of the returned mail: a message/rfc822 or text/rfc822-headers part. */
  originalHeaders?: string;
}
