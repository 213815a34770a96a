import { useEffect } from "react";
import { runsInElectron } from "../platform/bridge.ts";
import { useUiStore } from "../state/ui-store.ts";
import { useNavStore } from "./nav-store.ts";

/** The mouse's side buttons, as MouseEvent.button numbers them. */
const MOUSE_BACK = 3;
const MOUSE_FORWARD = 4;

/**
 * Ctrl+K (⌘K) opens the go-to palette, also while typing: it is no character anyone types. In the
 * desktop app Alt+←/→ and the mouse's side buttons go back and forward, as a browser's do; in a
 * browser the browser does that itself, and doing it here too would go two steps.
 */
export function useNavKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k") {
        // A dialog of its own (the ? overlay, canned responses) keeps the keyboard.
        if (useUiStore.getState().shortcutsOpen || useUiStore.getState().cannedAdminOpen) return;
        event.preventDefault();
        const nav = useNavStore.getState();
        nav.setPaletteOpen(!nav.paletteOpen);
        return;
      }
      if (!runsInElectron || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key === "ArrowLeft") {
        event.preventDefault();
        window.history.back();
      } else if (event.key === "ArrowRight") {
        event.preventDefault();
        window.history.forward();
      }
    };
    const onMouse = (event: MouseEvent) => {
      if (!runsInElectron) return;
      if (event.button === MOUSE_BACK) window.history.back();
      else if (event.button === MOUSE_FORWARD) window.history.forward();
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("mouseup", onMouse);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("mouseup", onMouse);
    };
  }, []);
}
