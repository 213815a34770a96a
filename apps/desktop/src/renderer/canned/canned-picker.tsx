import { placeholderValues, renderPlaceholders } from "@emma/core";
import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { ConversationSummary, RouterOutputs } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { matchScore } from "../ui/filter-match.ts";
import { FilterListbox, type FilterOption } from "../ui/filter-listbox.tsx";

type CannedResponse = RouterOutputs["cannedResponses"]["list"][number];

interface CannedOption extends FilterOption {
  response: CannedResponse;
  rendered: string;
}

interface CannedPickerProps {
  conversation: ConversationSummary;
  onInsert: (text: string) => void;
  onCancel: (query: string) => void;
}

/**
 * Canned responses for the composer: filtered by shortcut, title and text, those in the customer's
 * language first, each shown as it will be inserted (placeholders filled in).
 */
export function CannedPicker({ conversation, onInsert, onCancel }: CannedPickerProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const list = useQuery(trpc.cannedResponses.list.queryOptions(undefined, { staleTime: 60_000 }));
  // Already loaded for the customer pane: the same query, no second request.
  const customerId = conversation.customerId;
  const customer = useQuery(
    trpc.customers.get.queryOptions({ customerId: customerId ?? "" }, { enabled: customerId !== null }),
  );
  const language = customer.data?.locale ?? null;

  const options = useCallback(
    (query: string): CannedOption[] => {
      const values = placeholderValues({
        customerName: conversation.customerName,
        agentName: me?.displayName ?? null,
      });
      const typed = query.replace(/^\//, "");
      return (list.data ?? [])
        .map((response) => {
          const score = Math.max(
            matchScore(typed, response.shortcut ?? "", `${response.title} ${response.body}`) ?? 0,
            matchScore(typed, response.title, response.body) ?? 0,
          );
          const fits = response.locale === null || response.locale === language ? 1 : 0;
          return { response, score, fits };
        })
        .filter((entry) => entry.score > 0)
        .sort(
          (a, b) => b.score - a.score || b.fits - a.fits || a.response.title.localeCompare(b.response.title),
        )
        .map(({ response }) => ({
          id: response.id,
          label: response.title,
          response,
          rendered: renderPlaceholders(response.body, values).text,
        }));
    },
    [conversation.customerName, language, list.data, me?.displayName],
  );

  return (
    <div className="popover canned-picker">
      <FilterListbox
        label={t("canned.pickerLabel")}
        placeholder={t("canned.pickerPlaceholder")}
        options={options}
        emptyText={list.isPending ? t("common.loading") : t("canned.noMatch")}
        onChoose={(option) => onInsert(option.rendered)}
        onCancel={onCancel}
        renderOption={(option) => (
          <>
            <span className="canned-option-head">
              <span className="option-label">{option.label}</span>
              {option.response.shortcut ? <kbd>/{option.response.shortcut}</kbd> : null}
              {option.response.locale ? (
                <span className="tag">{option.response.locale.toUpperCase()}</span>
              ) : null}
              {option.response.teamName ? <span className="tag">{option.response.teamName}</span> : null}
            </span>
            <span className="canned-preview muted small-text">{option.rendered}</span>
          </>
        )}
        footer={<p className="muted small-text picker-note">{t("canned.pickerHint")}</p>}
      />
    </div>
  );
}
