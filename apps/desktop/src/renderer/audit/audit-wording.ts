import { isAuditAction, type AuditEntryView, type CustomerAccess } from "@emma/core";
import type { TFunction } from "i18next";
import { formatDateTime } from "../ui/format.ts";

type AccessPerson = CustomerAccess["people"][number];

/** An action in plain words; one written by a newer API than this console shows its code. */
export function auditActionText(action: string, t: TFunction): string {
  return isAuditAction(action) ? t(`audit.actionNames.${action}`) : action;
}

/** Who did it: the colleague's name, or Emma for what ingest and jobs did on their own. */
export function auditActorText(actor: AuditEntryView["actor"], t: TFunction): string {
  return actor?.name ?? t("audit.system");
}

/** What the entry recorded besides, on one line: "query: Müller · resultCount: 2". */
export function auditDetailsText(details: AuditEntryView["details"]): string {
  return details.map((detail) => `${detail.key}: ${detail.value}`).join(" · ");
}

/** "5-mal gelesen · 01.06.2020, 09:01 bis 06.06.2020, 09:06": a person's line in the access report. */
export function accessSummaryText(person: AccessPerson, t: TFunction, language: string): string {
  const first = formatDateTime(person.firstAt, language);
  const last = formatDateTime(person.lastAt, language);
  const span = first === last ? first : t("audit.access.span", { first, last });
  return person.views > 0 ? `${t("audit.access.views", { count: person.views })} · ${span}` : span;
}

/** "Kunde angesehen (2), Notiz geschrieben (1)": everything the person did, most frequent first. */
export function accessActionsText(person: AccessPerson, t: TFunction, language: string): string {
  return new Intl.ListFormat(language, { type: "unit" }).format(
    person.actions.map(({ action, count }) =>
      t("audit.access.actionCount", { action: auditActionText(action, t), count }),
    ),
  );
}
