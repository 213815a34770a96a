import type { ErasureBlockView, LegalHoldView } from "@emma/core";
import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "../ui/format.ts";

/** One legal hold in a line: its matter, who placed it and when. */
export function HoldLine({ hold }: { hold: LegalHoldView }) {
  const { t, i18n } = useTranslation();
  return (
    <li>
      {t("erasure.block.holdLine", {
        reason: hold.reason,
        name: hold.placedByName ?? t("erasure.someone"),
        at: formatDateTime(hold.placedAt, i18n.language),
      })}
    </li>
  );
}

/** Whether holds block or duties delay an erasure, said plainly with the holds and duties behind it. */
export function ErasureBlockNote({ block }: { block: ErasureBlockView }) {
  const { t, i18n } = useTranslation();
  if (block.kind === "free")
    return <p className="erasure-block erasure-block-free">{t("erasure.block.free")}</p>;
  if (block.kind === "held") {
    return (
      <div className="erasure-block erasure-block-held" role="status">
        <p>{t("erasure.block.held")}</p>
        <ul>
          {block.holds.map((hold) => (
            <HoldLine key={hold.id} hold={hold} />
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="erasure-block erasure-block-delayed" role="status">
      <p>{t("erasure.block.delayed", { until: formatDate(block.until, i18n.language) })}</p>
      <ul>
        {block.because.map((duty) => (
          <li key={duty.tag}>
            {t("erasure.block.dutyLine", {
              tag: duty.tag,
              reason: duty.reason,
              years: duty.years,
              count: duty.conversations,
              until: formatDate(duty.until, i18n.language),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
