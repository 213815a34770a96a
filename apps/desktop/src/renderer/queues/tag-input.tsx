import { tagSchema } from "@emma/core";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";

export interface TagAction {
  label: string;
  /** Gets the tag in core's normal form; a new one is created by using it. */
  use: (tag: string) => void;
}

interface TagInputProps {
  label: string;
  placeholder: string;
  /** Buttons beside the field; Enter is the first one. */
  actions: readonly TagAction[];
  disabled?: boolean;
}

/**
 * A tag field offering tags in use as the agent types (the browser's own suggestion list); Enter
 * uses what was typed. What core would refuse is said under the field, before anything is sent.
 */
export function TagInput({ label, placeholder, actions, disabled = false }: TagInputProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const listId = useId();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const suggestions = useQuery(trpc.conversations.tags.queryOptions({ prefix: text }, { staleTime: 30_000 }));
  const parsed = text.trim() === "" ? null : tagSchema.safeParse(text);
  const submit = (action: TagAction | undefined) => {
    if (!parsed || !action) return;
    if (!parsed.success) {
      setError(t("queueWork.tagInvalid"));
      return;
    }
    setError(null);
    setText("");
    action.use(parsed.data);
  };
  return (
    <div className="tag-input">
      <input
        type="text"
        list={listId}
        aria-label={label}
        placeholder={placeholder}
        value={text}
        disabled={disabled}
        aria-invalid={error !== null}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            submit(actions[0]);
          }
        }}
      />
      <datalist id={listId}>
        {(suggestions.data ?? []).map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      {actions.map((action) => (
        <button
          key={action.label}
          type="button"
          disabled={disabled || parsed === null}
          onClick={() => submit(action)}
        >
          {action.label}
        </button>
      ))}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
