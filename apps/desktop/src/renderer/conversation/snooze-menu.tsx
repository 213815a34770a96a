import { useCallback, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../ui/format.ts";
import { useHeaderPanel } from "./use-header-panel.ts";
import { fromLocalInput, SNOOZE_PRESETS, snoozeUntil, toLocalInput } from "./snooze-presets.ts";

interface SnoozeMenuProps {
  disabled: boolean;
  onSnooze: (until: Date) => void;
}

/** "Snooze" with presets in the agent's local time, or a date and time of their own. Key: z. */
export function SnoozeMenu({ disabled, onSnooze }: SnoozeMenuProps) {
  const { t, i18n } = useTranslation();
  const [custom, setCustom] = useState<string | null>(null);
  const forgetCustom = useCallback(() => setCustom(null), []);
  const { open, rootRef, triggerRef, toggle, closeToTrigger } = useHeaderPanel("snooze", forgetCustom);
  const now = new Date();
  const customDate = custom === null ? null : fromLocalInput(custom);
  const customValid = customDate !== null && customDate.getTime() > Date.now();

  const choose = (until: Date) => {
    closeToTrigger();
    onSnooze(until);
  };

  // Arrow keys walk the items, 1–4 pick one, Escape closes and returns to the button.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // In the date field, arrows and digits edit the date.
    if (event.target instanceof HTMLInputElement && event.key !== "Escape") return;
    const items = [...(rootRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.findIndex((item) => item === document.activeElement);
    if (event.key === "Escape") {
      event.stopPropagation();
      closeToTrigger();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      items[(index + step + items.length) % items.length]?.focus();
    } else if (/^[1-4]$/.test(event.key) && custom === null) {
      event.preventDefault();
      items[Number(event.key) - 1]?.click();
    }
  };

  return (
    <div className="popover-anchor" ref={rootRef}>
      <button
        ref={triggerRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-keyshortcuts="z"
        disabled={disabled}
        onClick={toggle}
      >
        {t("snooze.button")}
      </button>
      {open ? (
        <div className="popover snooze-menu" role="menu" aria-label={t("snooze.menu")} onKeyDown={onKeyDown}>
          {SNOOZE_PRESETS.map((preset, index) => {
            const until = snoozeUntil(preset, now);
            return (
              <button
                key={preset}
                type="button"
                role="menuitem"
                autoFocus={index === 0}
                className="menu-item"
                onClick={() => choose(snoozeUntil(preset, new Date()))}
              >
                <kbd>{index + 1}</kbd>
                <span className="menu-label">{t(`snooze.${preset}`)}</span>
                <span className="muted small-text">{formatDateTime(until.toISOString(), i18n.language)}</span>
              </button>
            );
          })}
          <button
            type="button"
            role="menuitem"
            className="menu-item"
            aria-expanded={custom !== null}
            onClick={() => setCustom(custom ?? toLocalInput(snoozeUntil("tomorrow", new Date())))}
          >
            <kbd>4</kbd>
            <span className="menu-label">{t("snooze.custom")}</span>
          </button>
          {custom !== null ? (
            <form
              className="snooze-custom"
              onSubmit={(event) => {
                event.preventDefault();
                if (customDate && customValid) choose(customDate);
              }}
            >
              <label htmlFor="snooze-until">{t("snooze.customLabel")}</label>
              <input
                id="snooze-until"
                type="datetime-local"
                autoFocus
                value={custom}
                min={toLocalInput(now)}
                onChange={(event) => setCustom(event.target.value)}
                aria-invalid={!customValid}
              />
              {!customValid ? (
                <span className="small-text error-text">{t("snooze.customInvalid")}</span>
              ) : null}
              <button type="submit" className="primary small" disabled={!customValid}>
                {t("snooze.confirm")}
              </button>
            </form>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
