/** Content type of a stored raw mail: the RFC 822 bytes exactly as the server had them. */
export const EMAIL_CONTENT_TYPE = "message/rfc822";
