import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { ConversationSummary } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { TagInput } from "../queues/tag-input.tsx";
import { ErrorNote } from "../ui/error-note.tsx";
import { useInvalidateConversation } from "./use-invalidate-conversation.ts";

/** The conversation's tags: remove one with its ✕, add one from the suggestions or a new one. */
export function TagEditor({ conversation }: { conversation: ConversationSummary }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidateConversation();
  const setTags = useMutation(
    trpc.conversations.setTags.mutationOptions({
      onSuccess: () => invalidate(conversation.id, conversation.customerId),
    }),
  );
  const change = (add: string[], remove: string[]) =>
    setTags.mutate({ conversationId: conversation.id, add, remove });
  return (
    <div className="tag-editor">
      <ul className="row-tags" aria-label={t("queueWork.tags")}>
        {conversation.tags.map((tag) => (
          <li key={tag} className="tag">
            {tag}
            <button
              type="button"
              className="tag-remove"
              aria-label={t("queueWork.removeTagNamed", { tag })}
              disabled={setTags.isPending}
              onClick={() => change([], [tag])}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <TagInput
        label={t("queueWork.addTagLabel")}
        placeholder={t("queueWork.tagPlaceholder")}
        disabled={setTags.isPending}
        actions={[{ label: t("queueWork.addTag"), use: (tag) => change([tag], []) }]}
      />
      {setTags.error ? <ErrorNote error={setTags.error} /> : null}
    </div>
  );
}
