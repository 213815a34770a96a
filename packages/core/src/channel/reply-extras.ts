import type { Channel } from "./channel.ts";

/**
 * Channels whose connector sends recipients, files and formatting with a reply. Only e-mail does:
 * Messenger, X and the forum take the text alone (attachments there need the provider's own upload
 * APIs, which Emma's connectors do not speak yet).
 */
export function takesMailExtras(channel: Channel): boolean {
  return channel === "email";
}

/** What a reply asks for that its channel cannot send; null when nothing. Checked before queueing. */
export function replyExtrasRefusal(
  channel: Channel,
  reply: { recipients?: unknown; attachments?: readonly unknown[] | undefined; format?: string | undefined },
): string | null {
  if (takesMailExtras(channel)) return null;
  if (reply.attachments !== undefined && reply.attachments.length > 0)
    return `Files can be sent with e-mail replies only; a ${channel} reply carries text alone`;
  if (reply.recipients !== undefined) return "To, Cc and Bcc are for e-mail replies only";
  if (reply.format === "markdown") return "Formatting is for e-mail replies only; send it as plain text";
  return null;
}
