import { SHORTCUTS, type ShortcutGroup, type ShortcutId } from "./shortcut-registry.ts";

export type ShortcutMatch =
  | { kind: "match"; id: ShortcutId; group: ShortcutGroup }
  /** The first key of a sequence ("g" of "g m"): wait for the next one. */
  | { kind: "prefix"; prefix: string }
  | { kind: "none" };

/**
 * Which shortcut a key press is, given the first key of a sequence pressed just before (or null)
 * and the groups whose actions are live now (the conversation's only while one is open).
 */
export function matchShortcut(
  pending: string | null,
  key: string,
  groups: ReadonlySet<ShortcutGroup>,
): ShortcutMatch {
  const typed = pending === null ? key : `${pending} ${key}`;
  let prefix = false;
  for (const shortcut of SHORTCUTS) {
    if (shortcut.handledBy !== "keys" || !groups.has(shortcut.group)) continue;
    for (const keys of shortcut.keys) {
      if (keys === typed) return { kind: "match", id: shortcut.id, group: shortcut.group };
      if (pending === null && keys.startsWith(`${key} `)) prefix = true;
    }
  }
  return prefix ? { kind: "prefix", prefix: key } : { kind: "none" };
}
