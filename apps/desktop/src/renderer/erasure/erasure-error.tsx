import { useTranslation } from "react-i18next";
import { useUiStore } from "../state/ui-store.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { formatDateTime } from "../ui/format.ts";
import { HoldLine } from "./erasure-block-note.tsx";
import { erasureRefusalOf } from "./erasure-refusal.ts";

/** A failed erasure or legal-hold action: the rule that said no and what stands in the way. */
export function ErasureError({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const openCustomer = useUiStore((state) => state.openCustomer);
  const refusal = erasureRefusalOf(error);
  if (refusal === null) return <ErrorNote error={error} />;
  switch (refusal.code) {
    case "already_open":
      return (
        <p className="error-note" role="alert">
          {t("erasure.refusals.already_open", {
            status: t(`erasure.status.${refusal.request.status}`),
            name: refusal.request.requestedByName ?? t("erasure.someone"),
            at: formatDateTime(refusal.request.requestedAt, i18n.language),
          })}
        </p>
      );
    case "merged_away":
      return (
        <div className="error-note" role="alert">
          {t("erasure.refusals.merged_away")}{" "}
          <button type="button" className="link-button" onClick={() => openCustomer(refusal.survivorId)}>
            {t("erasure.refusals.openSurvivor")}
          </button>
        </div>
      );
    case "not_pending":
      return (
        <p className="error-note" role="alert">
          {t("erasure.refusals.not_pending", { status: t(`erasure.status.${refusal.status}`) })}
        </p>
      );
    case "held":
      return (
        <div className="error-note" role="alert">
          {t("erasure.refusals.held")}
          <ul>
            {refusal.holds.map((hold) => (
              <HoldLine key={hold.id} hold={hold} />
            ))}
          </ul>
        </div>
      );
    case "already_erased":
    case "own_request":
    case "hold_lifted":
      return (
        <p className="error-note" role="alert">
          {t(`erasure.refusals.${refusal.code}`)}
        </p>
      );
  }
}
