import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { ConversationSummary } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { FilterListbox } from "../ui/filter-listbox.tsx";
import { matchScore } from "../ui/filter-match.ts";
import { MacroActionsLine } from "./macro-actions-line.tsx";
import { macroOption, type MacroOption } from "./macro-option.ts";

interface MacroPickerProps {
  conversation: ConversationSummary;
  onChoose: (option: MacroOption) => void;
  onCancel: () => void;
}

/**
 * The m list: a digit picks the macro with that key, typing filters by title and text, arrows move.
 * The active macro shows what it will do here, its reply filled in for this customer; Enter applies.
 */
export function MacroPicker({ conversation, onChoose, onCancel }: MacroPickerProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const list = useQuery(trpc.macros.list.queryOptions(undefined, { staleTime: 60_000 }));

  const options = useCallback(
    (query: string): MacroOption[] => {
      if (!me) return [];
      const macros = list.data ?? [];
      const typed = query.trim();
      const byKey = /^[1-9]$/.test(typed) ? macros.filter((macro) => macro.key === typed) : [];
      const shown =
        byKey.length > 0
          ? byKey
          : macros
              .map((macro) => ({ macro, score: matchScore(typed, macro.title, macro.reply ?? "") ?? 0 }))
              .filter((entry) => entry.score > 0)
              .sort((a, b) => b.score - a.score)
              .map((entry) => entry.macro);
      return shown.map((macro) =>
        macroOption(macro, {
          channel: conversation.channel,
          customerName: conversation.customerName,
          assigneeId: conversation.assigneeId,
          teamId: conversation.teamId,
          me: { id: me.id, displayName: me.displayName, role: me.role },
        }),
      );
    },
    [conversation, list.data, me],
  );

  return (
    <div className="popover macro-picker">
      <FilterListbox
        label={t("macros.pickerLabel")}
        placeholder={t("macros.pickerPlaceholder")}
        options={options}
        emptyText={list.isPending ? t("common.loading") : t("macros.noMatch")}
        onChoose={onChoose}
        onCancel={onCancel}
        renderOption={(option) => (
          <>
            <span className="macro-option-head">
              {option.macro.key ? <kbd>{option.macro.key}</kbd> : null}
              <span className="option-label">{option.label}</span>
              {option.macro.teamName ? <span className="tag">{option.macro.teamName}</span> : null}
            </span>
            <MacroActionsLine macro={option.macro} />
            {option.refusal ? (
              <span className="macro-refusal small-text">
                {option.refusal.key === "macros.unresolved"
                  ? t(option.refusal.key, { placeholders: option.refusal.placeholders })
                  : t(option.refusal.key)}
              </span>
            ) : (
              <span className="macro-reply small-text">{option.reply ?? t("macros.noReply")}</span>
            )}
          </>
        )}
        footer={<p className="muted small-text picker-note">{t("macros.pickerHint")}</p>}
      />
    </div>
  );
}
