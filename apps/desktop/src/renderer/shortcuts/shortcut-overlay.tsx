import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useUiStore } from "../state/ui-store.ts";

const SHORTCUTS = [
  { keys: ["j", "↓"], label: "shortcuts.next" },
  { keys: ["k", "↑"], label: "shortcuts.previous" },
  { keys: ["/"], label: "shortcuts.search" },
  { keys: ["Enter", "Esc"], label: "shortcuts.searchResults" },
  { keys: ["z"], label: "shortcuts.snooze" },
  { keys: ["a"], label: "shortcuts.assign" },
  { keys: ["/", "Ctrl+/"], label: "shortcuts.canned" },
  { keys: ["Ctrl+Enter"], label: "shortcuts.send" },
  { keys: ["Alt+Enter"], label: "shortcuts.openCall" },
  { keys: ["Alt+Delete"], label: "shortcuts.dismissCall" },
  { keys: ["?"], label: "shortcuts.help" },
  { keys: ["Esc"], label: "shortcuts.close" },
] as const;

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
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onClick={(event) => event.stopPropagation()}
      >
        <h2 id="shortcuts-title">{t("shortcuts.title")}</h2>
        <dl className="shortcut-list">
          {SHORTCUTS.map((shortcut) => (
            <div key={shortcut.label}>
              <dt>
                {shortcut.keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </dt>
              <dd>{t(shortcut.label)}</dd>
            </div>
          ))}
        </dl>
        <button ref={closeRef} type="button" onClick={() => setOpen(false)}>
          {t("common.close")}
        </button>
      </div>
    </div>
  );
}
