import type { Channel } from "./channel.ts";

/**
 * The longest reply each channel's provider accepts, in characters, so the console can warn before
 * sending and the API refuses what the provider would reject. Sources: Messenger Send API (2,000),
 * X direct messages (10,000), Discourse default max_post_length (32,000). Email has no real limit.
 */
export const REPLY_LIMITS: Record<Channel, number | null> = {
  email: null,
  phone: null,
  facebook: 2000,
  twitter: 10_000,
  forum: 32_000,
  internal: null,
};

/** Phone conversations are answered by calling back, not by a written reply. */
export function canReplyInWriting(channel: Channel): boolean {
  return channel !== "phone" && channel !== "internal";
}

export function replyTooLong(channel: Channel, text: string): boolean {
  const limit = REPLY_LIMITS[channel];
  // Count code points, as providers do: an emoji is one character, not two UTF-16 units.
  return limit !== null && Array.from(text).length > limit;
}
