import { can } from "@emma/core";
import { useEffect } from "react";
import { useMe } from "../auth/use-me.ts";
import { useNavStore } from "../nav/nav-store.ts";
import { sectionShortcutActions } from "../nav/section-shortcuts.ts";
import { SEARCH_INPUT_ID } from "../search/search-box.tsx";
import { useUiStore } from "../state/ui-store.ts";
import { isTypingTarget } from "./is-typing-target.ts";
import { matchShortcut } from "./match-shortcut.ts";
import { liveShortcutGroups, runShortcut, useShortcutActions } from "./shortcut-actions.ts";

/** How long after g the second key of a sequence still counts. */
const SEQUENCE_MS = 1500;

/**
 * The one listener for single-key shortcuts: it matches presses against the registry and runs the
 * action of whichever group is live. Nothing fires while the agent types, or behind a dialog
 * (the `?` overlay answers only `?` and Escape). j/k live with the list, Ctrl+Enter with the composer.
 */
export function useGlobalShortcuts(): void {
  const me = useMe();
  const mayReadAll = me !== null && can(me.role, "conversation.readAll");
  useShortcutActions("global", {
    search: () => document.getElementById(SEARCH_INPUT_ID)?.focus(),
    help: () => useUiStore.getState().setShortcutsOpen(!useUiStore.getState().shortcutsOpen),
    queueMine: () => useUiStore.getState().setQueue("mine"),
    queueUnassigned: () => useUiStore.getState().setQueue("unassigned"),
    queueTeam: () => useUiStore.getState().setQueue("team"),
    // The queue an agent does not have is not shown either; g a then does nothing.
    queueAll: () => (mayReadAll ? useUiStore.getState().setQueue("all") : undefined),
    ...sectionShortcutActions(me?.role ?? null),
  });

  useEffect(() => {
    let pending: { key: string; at: number } | null = null;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const ui = useUiStore.getState();
      if (event.key === "Escape" && ui.shortcutsOpen) {
        ui.setShortcutsOpen(false);
        return;
      }
      if (isTypingTarget(event.target) || ui.cannedAdminOpen || useNavStore.getState().paletteOpen) return;
      if (ui.shortcutsOpen && event.key !== "?") return;
      const prefix = pending !== null && event.timeStamp - pending.at < SEQUENCE_MS ? pending.key : null;
      pending = null;
      const match = matchShortcut(prefix, event.key, liveShortcutGroups());
      if (match.kind === "none") return;
      event.preventDefault();
      if (match.kind === "prefix") pending = { key: match.prefix, at: event.timeStamp };
      else runShortcut(match.group, match.id);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
