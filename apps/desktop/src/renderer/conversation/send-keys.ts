import type { ReplyStatusAfter } from "@emma/core";

/**
 * The reply's send keys. Ctrl+Enter sends, as in mail programs; with Shift it also resolves, with
 * Alt it sets the conversation waiting. None of them is taken by Chromium or Electron in a text
 * field, and the screen pop's Alt+Enter ignores any press with Ctrl.
 */
export const SEND_KEYS = {
  send: { label: "Ctrl+Enter", aria: "Control+Enter" },
  resolved: { label: "Ctrl+Shift+Enter", aria: "Control+Shift+Enter" },
  pending: { label: "Ctrl+Alt+Enter", aria: "Control+Alt+Enter" },
} as const;

/** Which send a key press asks for: undefined for none; null for a plain send (status unchanged). */
export function sendKeyOf(
  event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey">,
): { statusAfter: ReplyStatusAfter | undefined } | undefined {
  if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return undefined;
  if (event.shiftKey && event.altKey) return undefined;
  if (event.shiftKey) return { statusAfter: "resolved" };
  if (event.altKey) return { statusAfter: "pending" };
  return { statusAfter: undefined };
}
