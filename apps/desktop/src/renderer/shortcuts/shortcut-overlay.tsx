import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useUiStore } from "../state/ui-store.ts";
import { ShortcutSheet } from "./shortcut-sheet.tsx";

/** A modal list of the shortcuts; focus moves into it and back out when it closes. */
export function ShortcutOverlay() {
  const { t } = useTranslation();
  const open = useUiStore((state) => state.shortcutsOpen);
  const setOpen = useUiStore((state) => state.setShortcutsOpen);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement;
    closeRef.current?.focus();
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, [open]);

  if (!open) return null;
  return (
    <div className="overlay" onClick={() => setOpen(false)}>
      <div
        className="dialog shortcut-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onClick={(event) => event.stopPropagation()}
      >
        <h2 id="shortcuts-title">{t("shortcuts.title")}</h2>
        <ShortcutSheet />
        <button ref={closeRef} type="button" onClick={() => setOpen(false)}>
          {t("common.close")}
        </button>
      </div>
    </div>
  );
}
