/** The screen pop's own keys, the only ones it answers: never a key that types or that the panes use. */
export type ScreenPopKey = "open" | "dismiss";

export function screenPopKey(
  event: Pick<KeyboardEvent, "key" | "altKey" | "ctrlKey" | "metaKey" | "shiftKey">,
): ScreenPopKey | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (event.key === "Enter") return "open";
  if (event.key === "Delete") return "dismiss";
  return null;
}
