import { useEffect, useRef } from "react";
import type { ShortcutActions, ShortcutGroup, ShortcutId } from "./shortcut-registry.ts";

type Actions = Readonly<Partial<Record<ShortcutId, () => void>>>;

// The groups whose actions are live now, each read through a ref so a re-render never re-registers.
const live = new Map<ShortcutGroup, { current: Actions }>();

/**
 * Makes a group's shortcuts work while the calling component is mounted (the conversation's while a
 * conversation is open). The latest actions are used; they are registered once.
 */
export function useShortcutActions<G extends ShortcutGroup>(group: G, actions: ShortcutActions<G>): void {
  const ref = useRef<Actions>(actions);
  ref.current = actions;
  useEffect(() => {
    live.set(group, ref);
    return () => {
      if (live.get(group) === ref) live.delete(group);
    };
  }, [group]);
}

export function liveShortcutGroups(): ReadonlySet<ShortcutGroup> {
  return new Set(live.keys());
}

/** Runs a shortcut's action; false when its group is not live (nothing happened). */
export function runShortcut(group: ShortcutGroup, id: ShortcutId): boolean {
  const action = live.get(group)?.current[id];
  if (!action) return false;
  action();
  return true;
}
