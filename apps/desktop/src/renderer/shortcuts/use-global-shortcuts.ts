import { useEffect } from "react";
import { SEARCH_INPUT_ID } from "../search/search-box.tsx";
import { useUiStore } from "../state/ui-store.ts";
import { isTypingTarget } from "./is-typing-target.ts";

/**
 * `/` focuses the search, `?` shows the shortcuts, Escape closes them; with a conversation open,
 * `z` snoozes and `a` assigns it. j/k live with the list.
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const ui = useUiStore.getState();
      if (event.key === "Escape" && ui.shortcutsOpen) {
        ui.setShortcutsOpen(false);
        return;
      }
      if (isTypingTarget(event.target)) return;
      if (event.key === "/") {
        event.preventDefault();
        document.getElementById(SEARCH_INPUT_ID)?.focus();
      } else if (event.key === "?") {
        event.preventDefault();
        ui.setShortcutsOpen(!ui.shortcutsOpen);
      } else if ((event.key === "z" || event.key === "a") && ui.conversationId && !ui.cannedAdminOpen) {
        event.preventDefault();
        ui.setHeaderPanel(event.key === "z" ? "snooze" : "assign");
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
