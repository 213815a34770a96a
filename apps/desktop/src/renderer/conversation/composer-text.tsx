import { useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import type { ConversationSummary } from "../api/router-types.ts";
import { CannedPicker } from "../canned/canned-picker.tsx";
import { useOutsideClose } from "../ui/use-outside-close.ts";

interface ComposerTextProps {
  id: string;
  label: string;
  value: string;
  rows: number;
  placeholder: string;
  conversation: ConversationSummary;
  invalid?: boolean;
  onChange: (value: string) => void;
  /** Keys the picker does not take (Ctrl+Enter to send). */
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  /** Pasted files (e-mail replies attach them). */
  onPaste?: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
  /** The textarea, for a toolbar that formats its selection. */
  areaRef?: RefObject<HTMLTextAreaElement | null>;
  /** The keys the owner handles, for assistive technology. */
  keyShortcuts?: string;
}

/** Where the picker was opened: the selection it replaces, and whether a typed / opened it. */
interface PickerAt {
  start: number;
  end: number;
  bySlash: boolean;
}

/**
 * The reply or note text with canned responses at hand: `/` at the start of a line, or Ctrl+/
 * anywhere, opens the picker; Enter puts the chosen text where the cursor was. Escaping a picker
 * opened by `/` gives back the slash and whatever was typed after it, as if no picker had opened.
 */
export function ComposerText(props: ComposerTextProps) {
  const { t } = useTranslation();
  const { value, onChange } = props;
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const ref = props.areaRef ?? ownRef;
  const [picker, setPicker] = useState<PickerAt | null>(null);
  // Where the cursor goes once React has put the new text in.
  const caret = useRef<number | null>(null);

  useEffect(() => {
    if (caret.current === null || picker !== null) return;
    ref.current?.focus();
    ref.current?.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [value, picker]);

  const pickerRef = useRef<HTMLDivElement>(null);

  const replace = (at: PickerAt, text: string) => {
    caret.current = at.start + text.length;
    onChange(value.slice(0, at.start) + text + value.slice(at.end));
    setPicker(null);
  };

  const cancel = (query: string) => {
    if (!picker) return;
    if (picker.bySlash) replace({ ...picker, end: picker.start }, `/${query}`);
    else {
      caret.current = picker.end;
      setPicker(null);
    }
  };
  // A click elsewhere leaves the picker as Escape would (without what was typed into it).
  useOutsideClose(pickerRef, picker !== null, () => cancel(""));

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const area = event.currentTarget;
    const { selectionStart: start, selectionEnd: end } = area;
    const lineStart = start === 0 || value[start - 1] === "\n";
    if (event.key === "/" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      setPicker({ start, end, bySlash: false });
    } else if (event.key === "/" && !event.altKey && lineStart && start === end) {
      event.preventDefault();
      setPicker({ start, end, bySlash: true });
    } else {
      props.onKeyDown?.(event);
    }
  };

  return (
    <div className="composer-text">
      <label htmlFor={props.id} className="visually-hidden">
        {props.label}
      </label>
      <textarea
        ref={ref}
        id={props.id}
        rows={props.rows}
        value={value}
        placeholder={props.placeholder}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onPaste={props.onPaste}
        aria-invalid={props.invalid}
        aria-keyshortcuts={props.keyShortcuts ?? "Control+Enter Control+/"}
      />
      {picker ? (
        <div ref={pickerRef}>
          <CannedPicker
            conversation={props.conversation}
            onInsert={(text) => replace(picker, text)}
            onCancel={cancel}
          />
        </div>
      ) : null}
      <button
        type="button"
        className="ghost small canned-button"
        aria-keyshortcuts="Control+/"
        onClick={() => {
          const area = ref.current;
          setPicker({
            start: area?.selectionStart ?? value.length,
            end: area?.selectionEnd ?? value.length,
            bySlash: false,
          });
        }}
      >
        {t("canned.open")}
      </button>
    </div>
  );
}
