import { can } from "@emma/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { formatDate } from "../ui/format.ts";
import { useInvalidateCustomers } from "./use-invalidate-customer.ts";

/** Merges into this customer; "undo" for roles that may split a history (supervisor, admin). */
export function MergeHistory({ merges }: { merges: Customer360["merges"] }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const invalidate = useInvalidateCustomers();
  const unmerge = useMutation(trpc.merges.unmerge.mutationOptions({ onSuccess: invalidate }));
  const mayUndo = me !== null && can(me.role, "merge.undo");

  return (
    <details open className="section">
      <summary>{t("customer.merges")}</summary>
      <ul className="merge-history">
        {merges.map((merge) => (
          <li key={merge.id}>
            <span>
              {t("customer.mergedOn", {
                reason: merge.reason,
                date: formatDate(merge.mergedAt, i18n.language),
              })}
            </span>
            {mayUndo ? (
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
      {unmerge.error ? <ErrorNote error={unmerge.error} /> : null}
    </details>
  );
}
