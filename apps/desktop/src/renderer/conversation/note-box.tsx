import type { ComposerBox } from "@emma/core";
import { useMutation } from "@tanstack/react-query";
import type { SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ConversationSummary } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { useDraft, useDraftStore } from "../drafts/draft-store.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { ComposerText } from "./composer-text.tsx";
import { useInvalidateConversation } from "./use-invalidate-conversation.ts";

interface NoteBoxProps {
  conversation: ConversationSummary;
  onTyping: (composer: ComposerBox) => void;
}

export function NoteBox({ conversation, onTyping }: NoteBoxProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const draft = useDraft(conversation.id);
  const setNote = useDraftStore((state) => state.setNote);
  const clear = useDraftStore((state) => state.clear);
  const invalidate = useInvalidateConversation();
  const addNote = useMutation(
    trpc.conversations.addNote.mutationOptions({
      onSuccess: () => {
        clear(conversation.id, "note");
        invalidate(conversation.id, conversation.customerId);
      },
    }),
  );

  const save = (event?: SubmitEvent) => {
    event?.preventDefault();
    if (draft.note.trim() === "" || addNote.isPending) return;
    addNote.mutate({ conversationId: conversation.id, text: draft.note });
  };

  return (
    <form className="note-box" onSubmit={save}>
      <ComposerText
        id="note-text"
        label={t("conversation.note")}
        rows={3}
        value={draft.note}
        conversation={conversation}
        placeholder={t("conversation.notePlaceholder")}
        onChange={(value) => {
          setNote(conversation.id, value);
          onTyping("note");
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) save();
        }}
      />
      <div className="composer-foot">
        <span className="muted small-text">{draft.note !== "" ? t("conversation.draftSaved") : ""}</span>
        <button type="submit" disabled={draft.note.trim() === "" || addNote.isPending}>
          {t("conversation.addNote")}
        </button>
      </div>
      {addNote.error ? <ErrorNote error={addNote.error} /> : null}
    </form>
  );
}
