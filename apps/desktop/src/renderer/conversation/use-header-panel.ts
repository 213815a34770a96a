import { useCallback, useRef } from "react";
import { useUiStore, type HeaderPanel } from "../state/ui-store.ts";
import { useOutsideClose } from "../ui/use-outside-close.ts";

/**
 * One of the conversation header's popovers (snooze, assign): at most one is open (the store holds
 * which), a click outside closes it, and `close` can hand focus back to the button that opened it.
 */
export function useHeaderPanel(panel: Exclude<HeaderPanel, null>, onClose?: () => void) {
  const open = useUiStore((state) => state.headerPanel === panel);
  const setPanel = useUiStore((state) => state.setHeaderPanel);
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setPanel(null);
    onClose?.();
  }, [setPanel, onClose]);
  useOutsideClose(rootRef, open, close);
  const toggle = () => (open ? close() : setPanel(panel));
  const closeToTrigger = () => {
    close();
    triggerRef.current?.focus();
  };
  return { open, rootRef, triggerRef, close, toggle, closeToTrigger };
}
