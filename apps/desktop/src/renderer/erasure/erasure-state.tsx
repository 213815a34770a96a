import type { ErasureRequestView } from "@emma/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../ui/format.ts";

/** A request's status as a badge; its class lets the page colour waiting, scheduled and closed apart. */
export function ErasureStatusBadge({ status }: { status: ErasureRequestView["status"] }) {
  const { t } = useTranslation();
  return <span className={`erasure-status erasure-status-${status}`}>{t(`erasure.status.${status}`)}</span>;
}

/**
 * Whether what holds an erasure back is worth saying beside this request: always while it waits or
 * before one is asked; once approved only a hold or a delay, which decide when (or whether) it runs.
 */
export function showsBlock(request: ErasureRequestView | null): boolean {
  if (request === null) return true;
  if (request.status === "requested") return true;
  if (request.status === "approved" || request.status === "failed") return request.block.kind !== "free";
  return request.status === "refused" || request.status === "withdrawn";
}

/** Who asked and decided when, when it runs, and how it ended: the request's story in lines. */
export function ErasureStateLines({ request }: { request: ErasureRequestView }) {
  const { t, i18n } = useTranslation();
  const at = (iso: string) => formatDateTime(iso, i18n.language);
  const someone = t("erasure.someone");
  return (
    <ul className="erasure-lines">
      <li>
        {t("erasure.requestedBy", { name: request.requestedByName ?? someone, at: at(request.requestedAt) })}
      </li>
      {request.decidedAt !== null ? (
        <li>
          {t(request.status === "withdrawn" ? "erasure.closedBy" : "erasure.decidedBy", {
            name: request.decidedByName ?? someone,
            at: at(request.decidedAt),
          })}
        </li>
      ) : null}
      {request.decisionNote ? <li>{t("erasure.decisionNote", { note: request.decisionNote })}</li> : null}
      {request.runAfter !== null && (request.status === "approved" || request.status === "failed") ? (
        <li>
          <strong>{t("erasure.runAfter", { at: at(request.runAfter) })}</strong>
        </li>
      ) : null}
      {request.status === "failed" && request.lastError ? (
        <li className="erasure-error-line">{t("erasure.lastError", { error: request.lastError })}</li>
      ) : null}
      {request.status === "done" && request.summary ? (
        <li>
          {t("erasure.summary", {
            counts: Object.entries(request.summary)
              .filter(([, count]) => count > 0)
              .map(([kind, count]) =>
                t(`erasure.removedKinds.${kind}`, { count, defaultValue: `${kind}: ${count}` }),
              )
              .join(", "),
          })}
        </li>
      ) : null}
    </ul>
  );
}
