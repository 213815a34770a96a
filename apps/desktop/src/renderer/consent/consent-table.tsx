import { CONTACT_PURPOSES, type ConsentCell, type CustomerChannel } from "@emma/core";
import { useTranslation } from "react-i18next";
import { cellWords } from "./consent-words.ts";

/**
 * One row per channel the customer is reachable on (or has a decision for), one column per
 * purpose of writing to them; call recording below, for the phone, when anything is recorded.
 */
export function ConsentTable({ cells, channels }: { cells: ConsentCell[]; channels: CustomerChannel[] }) {
  const { t, i18n } = useTranslation();
  const decided = cells.filter((c) => c.deciding?.channel).map((c) => c.channel);
  const shown = [...new Set([...channels, ...decided])];
  const rows = shown.length > 0 ? shown : [...new Set(cells.map((c) => c.channel))];
  const cellOf = (channel: CustomerChannel, purpose: string) =>
    cells.find((c) => c.channel === channel && c.purpose === purpose);
  const recording = cellOf("phone", "recording");
  return (
    <>
      <table className="consent-table" aria-label={t("consent.tableLabel")}>
        <thead>
          <tr>
            <th scope="col">{t("consent.channel")}</th>
            {CONTACT_PURPOSES.map((purpose) => (
              <th key={purpose} scope="col">
                {t(`consent.purpose.${purpose}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((channel) => (
            <tr key={channel} data-channel={channel}>
              <th scope="row">{t(`channels.${channel}`)}</th>
              {CONTACT_PURPOSES.map((purpose) => {
                const cell = cellOf(channel, purpose);
                return cell ? (
                  <ConsentCellView key={purpose} cell={cell} words={cellWords(cell, t, i18n.language)} />
                ) : null;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {recording?.deciding ? (
        <p className="consent-recording small-text">
          {t("consent.recordingLine", { state: cellWords(recording, t, i18n.language) })}
        </p>
      ) : null}
    </>
  );
}

function ConsentCellView({ cell, words }: { cell: ConsentCell; words: string }) {
  const mark = cell.allowed ? "✓" : "✕";
  return (
    <td
      data-purpose={cell.purpose}
      className={cell.allowed ? "consent-allowed" : "consent-refused"}
      title={words}
    >
      <span aria-hidden="true">{mark}</span>
      <span className={cell.deciding ? "consent-decided" : "consent-default muted"}>{words}</span>
    </td>
  );
}
