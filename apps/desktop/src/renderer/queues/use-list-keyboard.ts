import { useEffect, useRef, type RefObject } from "react";
import { isTypingTarget } from "../shortcuts/is-typing-target.ts";

/**
 * j/k anywhere (unless typing) and the arrow keys inside the list move the selection. The latest
 * items and callback are read through refs so the listener is registered once.
 */
export function useListKeyboard<T extends { id: string }>(
  items: readonly T[],
  selectedId: string | null,
  open: (item: T) => void,
  listRef: RefObject<HTMLElement | null>,
): void {
  const state = useRef({ items, selectedId, open });
  state.current = { items, selectedId, open };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const inList = listRef.current?.contains(document.activeElement) ?? false;
      const forward = event.key === "j" || (inList && event.key === "ArrowDown");
      const backward = event.key === "k" || (inList && event.key === "ArrowUp");
      if ((!forward && !backward) || (!inList && isTypingTarget(event.target))) return;
      const { items: list, selectedId: current, open: openItem } = state.current;
      if (list.length === 0) return;
      event.preventDefault();
      const index = list.findIndex((item) => item.id === current);
      const next = index === -1 ? 0 : Math.min(list.length - 1, Math.max(0, index + (forward ? 1 : -1)));
      const item = list[next];
      if (!item) return;
      openItem(item);
      document.getElementById(`conv-${item.id}`)?.scrollIntoView({ block: "nearest" });
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [listRef]);
}
