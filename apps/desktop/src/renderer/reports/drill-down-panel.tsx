import { CONVERSATION_STATUSES, type ReportInput, type ReportName } from "@emma/core";
import { useQueries } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { navigateTo } from "../nav/navigate.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { formatDateTime } from "../ui/format.ts";
import type { DrillTarget } from "./figure-button.tsx";

/** Conversations per page; "more" adds the next page below, however many there are. */
const PAGE = 50;

interface DrillDownPanelProps {
  report: ReportName;
  range: ReportInput;
  target: DrillTarget;
  onClose: () => void;
}

/**
 * The conversations behind one number, page by page in the figure's own order; a row opens its
 * conversation in the inbox.
 */
export function DrillDownPanel({ report, range, target, onClose }: DrillDownPanelProps) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [pageCount, setPageCount] = useState(1);
  const pages = useQueries({
    queries: Array.from({ length: pageCount }, (_, page) =>
      trpc.reports.drillDown.queryOptions({
        range,
        report,
        key: target.key,
        period: target.period,
        offset: page * PAGE,
        limit: PAGE,
      }),
    ),
  });
  const first = pages[0];
  const conversations = pages.flatMap((page) => page.data?.conversations ?? []);
  const total = first?.data?.total;
  const list = {
    data: total === undefined ? undefined : { total, conversations },
    error: pages.find((page) => page.error)?.error ?? null,
    isPending: first?.isPending ?? true,
    isFetching: pages.some((page) => page.isFetching),
  };
  const time = (iso: string | null) => (iso === null ? "–" : formatDateTime(iso, i18n.language));
  const period = t(`reports.${target.period}`);
  const statusText = (status: string) => {
    const known = CONVERSATION_STATUSES.find((s) => s === status);
    return known === undefined ? status : t(`statuses.${known}`);
  };
  return (
    <section className="reports-drill" aria-labelledby="reports-drill-title">
      <header className="reports-drill-head">
        <h2 id="reports-drill-title">{t("reports.drillDown.title", { figure: target.label, period })}</h2>
        {list.data ? (
          <span className="muted">{t("reports.drillDown.total", { count: list.data.total })}</span>
        ) : null}
        <button type="button" className="ghost" onClick={onClose}>
          {t("reports.drillDown.close")}
        </button>
      </header>
      {list.error ? <ErrorNote error={list.error} /> : null}
      {list.isPending ? <p className="muted">{t("common.loading")}</p> : null}
      {list.data?.conversations.length === 0 ? <p className="muted">{t("reports.drillDown.empty")}</p> : null}
      {list.data && list.data.conversations.length > 0 ? (
        <table className="reports-table">
          <thead>
            <tr>
              <th scope="col">{t("reports.drillDown.customer")}</th>
              <th scope="col">{t("reports.drillDown.channel")}</th>
              <th scope="col">{t("reports.drillDown.status")}</th>
              <th scope="col">{t("reports.drillDown.created")}</th>
              <th scope="col">{t("reports.drillDown.firstResponse")}</th>
              <th scope="col">{t("reports.drillDown.resolved")}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.conversations.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <button
                    type="button"
                    className="reports-link"
                    title={t("reports.drillDown.open")}
                    onClick={() => navigateTo({ kind: "inbox", open: { kind: "conversation", id: c.id } })}
                  >
                    {c.customerName ?? t("reports.drillDown.unknownCaller")}
                  </button>
                </th>
                <td>{t(`channels.${c.channel}`)}</td>
                <td>{statusText(c.status)}</td>
                <td>{time(c.createdAt)}</td>
                <td>{time(c.firstResponseAt)}</td>
                <td>{time(c.resolvedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {list.data && list.data.total > pageCount * PAGE ? (
        <button
          type="button"
          className="ghost"
          disabled={list.isFetching}
          onClick={() => setPageCount((n) => n + 1)}
        >
          {t("reports.drillDown.more")}
        </button>
      ) : null}
    </section>
  );
}
