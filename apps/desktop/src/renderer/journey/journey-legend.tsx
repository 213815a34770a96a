import { useTranslation } from "react-i18next";

/** What the picture's marks mean; the same shapes and colours as in the drawing. */
export function JourneyLegend() {
  const { t } = useTranslation();
  return (
    <ul className="journey-legend">
      <li>
        <span className="legend-swatch mark-inbound" aria-hidden="true" /> {t("journey.legend.inbound")}
      </li>
      <li>
        <span className="legend-swatch mark-outbound" aria-hidden="true" /> {t("journey.legend.outbound")}
      </li>
      <li>
        <span className="legend-swatch gap" aria-hidden="true" /> {t("journey.legend.gap")}
      </li>
      <li>
        <span className="legend-swatch clock" aria-hidden="true" /> {t("journey.legend.clock")}
      </li>
    </ul>
  );
}
