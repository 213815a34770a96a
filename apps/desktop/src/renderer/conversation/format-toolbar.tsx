import type { RefObject } from "react";
import { useTranslation } from "react-i18next";
import { bulletLines, insertLink, toggleWrap, type TextEdit } from "./markdown-edit.ts";

interface FormatToolbarProps {
  area: RefObject<HTMLTextAreaElement | null>;
  onChange: (text: string) => void;
  preview: boolean;
  onPreview: (preview: boolean) => void;
}

export type FormatAction = "bold" | "italic" | "list" | "link";

/** The markdown a toolbar action writes at the textarea's selection. */
export function formatEdit(
  action: FormatAction,
  text: string,
  start: number,
  end: number,
  linkLabel: string,
): TextEdit {
  switch (action) {
    case "bold":
      return toggleWrap(text, start, end, "**");
    case "italic":
      return toggleWrap(text, start, end, "_");
    case "list":
      return bulletLines(text, start, end);
    case "link":
      return insertLink(text, start, end, linkLabel);
    default: {
      const unknown: never = action;
      return unknown;
    }
  }
}

/** Applies an action to the textarea and puts the selection where the agent types on. */
export function applyFormat(
  area: HTMLTextAreaElement,
  action: FormatAction,
  linkLabel: string,
  onChange: (text: string) => void,
): void {
  const edit = formatEdit(action, area.value, area.selectionStart, area.selectionEnd, linkLabel);
  onChange(edit.text);
  // After React has written the new value into the textarea.
  requestAnimationFrame(() => {
    area.focus();
    area.setSelectionRange(edit.start, edit.end);
  });
}

const ACTIONS: { action: FormatAction; keys?: string; mark: string }[] = [
  { action: "bold", keys: "Control+B", mark: "B" },
  { action: "italic", keys: "Control+I", mark: "I" },
  { action: "list", mark: "•" },
  { action: "link", mark: "Link" },
];

/** Bold, italic, list and link as markdown, and a preview of the mail as the customer will see it. */
export function FormatToolbar({ area, onChange, preview, onPreview }: FormatToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="format-toolbar" role="toolbar" aria-label={t("composer.format")}>
      {ACTIONS.map(({ action, keys, mark }) => (
        <button
          key={action}
          type="button"
          className={`ghost small format-${action}`}
          aria-label={t(`composer.formatAction.${action}`)}
          title={
            keys
              ? `${t(`composer.formatAction.${action}`)} (${keys.replace("Control", "Ctrl")})`
              : t(`composer.formatAction.${action}`)
          }
          aria-keyshortcuts={keys}
          disabled={preview}
          onClick={() => {
            if (area.current) applyFormat(area.current, action, t("composer.linkLabel"), onChange);
          }}
        >
          {mark}
        </button>
      ))}
      <button
        type="button"
        className="ghost small preview-toggle"
        aria-pressed={preview}
        onClick={() => onPreview(!preview)}
      >
        {t("composer.preview")}
      </button>
      <span className="muted small-text format-hint">{t("composer.formatHint")}</span>
    </div>
  );
}
