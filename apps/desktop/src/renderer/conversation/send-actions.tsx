import type { ReplyStatusAfter } from "@emma/core";
import { useCallback, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useOutsideClose } from "../ui/use-outside-close.ts";
import { SEND_KEYS } from "./send-keys.ts";

interface SendActionsProps {
  disabled: boolean;
  sending: boolean;
  onSend: (statusAfter: ReplyStatusAfter | undefined) => void;
}

const AFTER: readonly ReplyStatusAfter[] = ["pending", "resolved"];

/**
 * A split send button: "Senden" keeps the status; its menu sends and sets the conversation waiting
 * or resolved in the same step. Each has its key (Ctrl+Enter, Ctrl+Alt+Enter, Ctrl+Shift+Enter).
 */
export function SendActions({ disabled, sending, onSend }: SendActionsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useOutsideClose(rootRef, open, close);

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(rootRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.findIndex((item) => item === document.activeElement);
    if (event.key === "Escape") {
      event.stopPropagation();
      setOpen(false);
      toggleRef.current?.focus();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      items[(index + step + items.length) % items.length]?.focus();
    }
  };

  return (
    <div className="send-actions popover-anchor" ref={rootRef}>
      <button
        type="submit"
        className="primary send-main"
        disabled={disabled}
        title={t("composer.sendTitle", { keys: SEND_KEYS.send.label })}
        aria-keyshortcuts={SEND_KEYS.send.aria}
      >
        {sending ? t("conversation.sending") : t("conversation.send")}
      </button>
      <button
        ref={toggleRef}
        type="button"
        className="primary send-more"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t("composer.moreSendOptions")}
        title={t("composer.moreSendOptions")}
        disabled={disabled}
        onClick={() => setOpen(!open)}
      >
        ▾
      </button>
      {open ? (
        <div
          className="popover send-menu"
          role="menu"
          aria-label={t("composer.moreSendOptions")}
          onKeyDown={onMenuKey}
        >
          {AFTER.map((status, index) => (
            <button
              key={status}
              type="button"
              role="menuitem"
              className="menu-item"
              autoFocus={index === 0}
              aria-keyshortcuts={SEND_KEYS[status].aria}
              onClick={() => {
                setOpen(false);
                onSend(status);
              }}
            >
              <span className="menu-label">{t(`composer.sendAnd.${status}`)}</span>
              <kbd>{SEND_KEYS[status].label}</kbd>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
