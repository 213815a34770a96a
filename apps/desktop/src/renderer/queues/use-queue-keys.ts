import { useEffect, useRef } from "react";
import { isTypingTarget } from "../shortcuts/is-typing-target.ts";
import { useUiStore } from "../state/ui-store.ts";
import { useQueueView } from "./queue-view-store.ts";

/**
 * `o` switches between longest-waiting and newest first; `x` ticks or unticks the open
 * conversation's row for a bulk action, shift+x ticks the range from the last ticked row.
 */
export function useQueueKeys(ids: readonly string[], openId: string | null): void {
  const state = useRef({ ids, openId });
  state.current = { ids, openId };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (useUiStore.getState().shortcutsOpen) return;
      const view = useQueueView.getState();
      const { ids: list, openId: current } = state.current;
      if (event.key === "o") {
        event.preventDefault();
        view.toggleOrder();
      } else if ((event.key === "x" || event.key === "X") && current !== null && list.includes(current)) {
        event.preventDefault();
        if (event.shiftKey) view.selectRange(list, current);
        else view.toggle(current);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
