import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { ConversationSummary } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { useInvalidateConversation } from "../conversation/use-invalidate-conversation.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { newIdempotencyKey } from "../ui/new-idempotency-key.ts";
import type { MacroOption } from "./macro-option.ts";
import { MacroPicker } from "./macro-picker.tsx";
import { useMacroPickerStore } from "./macro-picker-store.ts";

/**
 * Between the thread and the composer: the m list while open, then the application's progress, or
 * the API's refusal (a closed Messenger window, an assignment the agent may not make) in its words.
 */
export function MacroPanel({ conversation }: { conversation: ConversationSummary }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidateConversation();
  const open = useMacroPickerStore((state) => state.openFor === conversation.id);
  const close = useMacroPickerStore((state) => state.close);
  // One key per chosen macro: a retry after a lost answer is applied once by the API.
  const pending = useRef<{ macroId: string; key: string } | null>(null);
  const apply = useMutation(
    trpc.macros.applyTo.mutationOptions({
      onSuccess: () => {
        pending.current = null;
        invalidate(conversation.id, conversation.customerId);
      },
    }),
  );
  const { reset } = apply;

  useEffect(() => {
    if (open) reset();
  }, [open, reset]);
  // Leaving the conversation closes its list.
  useEffect(() => close, [close]);

  const choose = (option: MacroOption) => {
    if (pending.current?.macroId !== option.macro.id)
      pending.current = { macroId: option.macro.id, key: newIdempotencyKey() };
    close();
    apply.mutate({
      macroId: option.macro.id,
      conversationId: conversation.id,
      idempotencyKey: pending.current.key,
    });
  };

  return (
    <div className="macro-panel">
      {open ? <MacroPicker conversation={conversation} onChoose={choose} onCancel={close} /> : null}
      {apply.isPending ? (
        <p className="macro-status muted small-text" role="status">
          {t("macros.applying")}
        </p>
      ) : null}
      {apply.error ? (
        <div className="macro-error">
          <p className="small-text">{t("macros.failed")}</p>
          <ErrorNote error={apply.error} />
        </div>
      ) : null}
    </div>
  );
}
