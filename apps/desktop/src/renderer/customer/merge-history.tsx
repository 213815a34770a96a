import { mayUndoMerge } from "@emma/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { CollapsibleSection } from "./collapsible-section.tsx";
import { MergeErrorNote } from "./merge-error-note.tsx";
import { formatDate } from "../ui/format.ts";
import { mergeReasonsText } from "./merge-wording.ts";
import { useInvalidateCustomers } from "./use-invalidate-customer.ts";

type Merge = Customer360["merges"][number];

/** Merges into this customer, in sentences; "undo" for the agent who merged, supervisors and admins. */
export function MergeHistory({ merges }: { merges: Customer360["merges"] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const invalidate = useInvalidateCustomers();
  const unmerge = useMutation(trpc.merges.unmerge.mutationOptions({ onSuccess: invalidate }));

  return (
    <CollapsibleSection
      id="merges"
      summary={
        <>
          {t("customer.merges")} <span className="muted">({merges.length})</span>
        </>
      }
    >
      <ul className="merge-history">
        {merges.map((merge) => (
          <li key={merge.id}>
            <MergeText merge={merge} />
            {me !== null && mayUndoMerge({ userId: me.id, role: me.role }, { mergedBy: merge.mergedById }) ? (
              <button
                type="button"
                className="small"
                disabled={unmerge.isPending}
                onClick={() => unmerge.mutate({ mergeId: merge.id })}
              >
                {t("customer.undo")}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {unmerge.error ? <MergeErrorNote error={unmerge.error} /> : null}
    </CollapsibleSection>
  );
}

function MergeText({ merge }: { merge: Merge }) {
  const { t, i18n } = useTranslation();
  const facts = {
    date: formatDate(merge.mergedAt, i18n.language),
    name: merge.absorbedName ?? t("common.unknown"),
  };
  return (
    <span>
      {merge.mergedByName
        ? t("customer.mergedBy", { ...facts, agent: merge.mergedByName })
        : t("customer.mergedByUnknown", facts)}{" "}
      {mergeReasonsText(merge.evidence, t, i18n.language)}
      {merge.reason ? ` ${t("customer.mergeNote", { note: merge.reason })}` : null}
    </span>
  );
}
