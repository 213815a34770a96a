import {
  BACKLOG_AGES,
  CALL_OUTCOMES,
  CHANNELS,
  PRIORITIES,
  type ReportName,
  type ReportOutput,
} from "@emma/core";
import type { TFunction } from "i18next";
import { formatDay } from "../search/day-text.ts";

export type ShownFigure = ReportOutput["figures"][number];

const MEASURES = ["firstResponse", "resolution", "talkTime", "averageTalkTime"] as const;
const STATISTICS = ["count", "median", "p90"] as const;
const SLA_METRICS = ["share", "met", "breached"] as const;
const REPEAT_METRICS = ["count", "customers", "share"] as const;
const REPEAT_ALL = { count: "allCount", customers: "allCustomers", share: "allShare" } as const;
const COMMUNITY_METRICS = ["solvedByCommunity", "solvedByStaff", "share"] as const;
const BRACKETS = BACKLOG_AGES.map((age) => age.bracket);

/** The value if it is one of the list's: labels come over the wire as plain strings. */
function oneOf<T extends string>(list: readonly T[], value: string | undefined): T | undefined {
  return list.find((item) => item === value);
}

/** The last part of a figure's key: which number of its row (count, share, median, …). */
export function figureMetric(figure: ShownFigure): string {
  return figure.key.split("|").at(-1) ?? "";
}

/** A channel by name; "all" or none: every channel. */
export function channelText(value: string | undefined, t: TFunction): string {
  const channel = oneOf(CHANNELS, value);
  return channel === undefined ? t("reports.all") : t(`channels.${channel}`);
}

/**
 * What a number is of, in words: "E-Mail, gesamt", "Erste Antwort: Median", "Telefon → E-Mail:
 * Kunden". Read from the figure's labels and key (core names them), so the table, the chart, the
 * drill-down and the CSV all say the same. A label this console does not know shows the key.
 */
export function figureLabel(report: ReportName, figure: ShownFigure, t: TFunction, language: string): string {
  const { labels } = figure;
  const metric = figureMetric(figure);
  switch (report) {
    case "contacts": {
      const channel = channelText(labels.channel, t);
      if (labels.bucket === undefined) return `${channel}, ${t("reports.total")}`;
      const day = formatDay(labels.bucket, language);
      return `${channel}, ${figure.key.includes("|week-") ? t("reports.week", { day }) : day}`;
    }
    case "responseTimes": {
      const measure = oneOf(MEASURES, labels.measure);
      const statistic = oneOf(STATISTICS, metric);
      if (measure === undefined || statistic === undefined) return figure.key;
      return `${t(`reports.measures.${measure}`)}: ${t(`reports.statistics.${statistic}`)}`;
    }
    case "calls": {
      const outcome = oneOf(CALL_OUTCOMES, labels.outcome);
      if (outcome !== undefined) return t(`reports.outcomes.${outcome}`);
      const measure = oneOf(MEASURES, labels.measure);
      return measure === undefined ? figure.key : t(`reports.measures.${measure}`);
    }
    case "backlog": {
      const bracket = oneOf(BRACKETS, labels.bracket);
      return bracket === undefined ? t("reports.backlogAll") : t(`reports.brackets.${bracket}`);
    }
    case "sla": {
      const priority = oneOf(PRIORITIES, labels.priority);
      const slaMetric = oneOf(SLA_METRICS, metric);
      if (slaMetric === undefined) return figure.key;
      const priorityText =
        priority === undefined ? t("reports.sla.allPriorities") : t(`priorities.${priority}`);
      return `${channelText(labels.channel, t)} · ${priorityText}: ${t(`reports.sla.${slaMetric}`)}`;
    }
    case "repeatContacts": {
      const repeatMetric = oneOf(REPEAT_METRICS, metric);
      if (repeatMetric === undefined) return figure.key;
      if (labels.from === undefined || labels.to === undefined)
        return t(`reports.repeat.${REPEAT_ALL[repeatMetric]}`);
      return `${channelText(labels.from, t)} → ${channelText(labels.to, t)}: ${t(`reports.repeat.${repeatMetric}`)}`;
    }
    case "community": {
      const communityMetric = oneOf(COMMUNITY_METRICS, metric);
      return communityMetric === undefined ? figure.key : t(`reports.community.${communityMetric}`);
    }
    default: {
      const unknown: never = report;
      throw new Error(`Unknown report ${String(unknown)}`);
    }
  }
}
