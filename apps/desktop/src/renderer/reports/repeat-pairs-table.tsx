import { useTranslation } from "react-i18next";
import { FigureButton, type DrillTarget } from "./figure-button.tsx";
import { formatChange } from "./figure-format.ts";
import { channelText, figureLabel, figureMetric, type ShownFigure } from "./figure-label.ts";

interface RepeatPairsTableProps {
  figures: readonly ShownFigure[];
  onDrill: (target: DrillTarget) => void;
}

/** One row per channel pair a customer switched along: contacts, customers, share of the arrivals. */
function pairsOf(figures: readonly ShownFigure[]) {
  const pairs = new Map<string, { from: string; to: string; cells: Map<string, ShownFigure> }>();
  for (const f of figures) {
    const { from, to } = f.labels;
    if (from === undefined || to === undefined) continue;
    const id = `${from}>${to}`;
    const pair = pairs.get(id) ?? { from, to, cells: new Map<string, ShownFigure>() };
    pair.cells.set(figureMetric(f), f);
    pairs.set(id, pair);
  }
  return [...pairs.values()].sort(
    (a, b) => (b.cells.get("count")?.current ?? 0) - (a.cells.get("count")?.current ?? 0),
  );
}

const METRICS = ["count", "customers", "share"] as const;

/** Where customers had to start over: the channel pairs of repeat contacts, this range and before. */
export function RepeatPairsTable({ figures, onDrill }: RepeatPairsTableProps) {
  const { t, i18n } = useTranslation();
  const pairs = pairsOf(figures);
  if (pairs.length === 0) return <p className="muted">{t("reports.repeat.noPairs")}</p>;
  return (
    <table className="reports-table reports-pairs" aria-label={t("reports.repeat.pairs")}>
      <thead>
        <tr>
          <th scope="col">{t("reports.columns.from")}</th>
          <th scope="col">{t("reports.columns.to")}</th>
          {METRICS.map((metric) => (
            <th key={metric} scope="col">
              {t(`reports.columns.${metric}`)}
            </th>
          ))}
          <th scope="col">{t("reports.columns.previous")}</th>
          <th scope="col">{t("reports.columns.change")}</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map(({ from, to, cells }) => {
          const count = cells.get("count");
          return (
            <tr key={`${from}>${to}`}>
              <td>{channelText(from, t)}</td>
              <td>{channelText(to, t)}</td>
              {METRICS.map((metric) => {
                const figure = cells.get(metric);
                return (
                  <td key={metric}>
                    {figure ? (
                      <FigureButton
                        figure={figure}
                        label={figureLabel("repeatContacts", figure, t, i18n.language)}
                        period="current"
                        onDrill={onDrill}
                      />
                    ) : null}
                  </td>
                );
              })}
              <td>
                {count ? (
                  <FigureButton
                    figure={count}
                    label={figureLabel("repeatContacts", count, t, i18n.language)}
                    period="previous"
                    onDrill={onDrill}
                  />
                ) : null}
              </td>
              <td>{count ? formatChange(count.current, count.previous, count.unit, i18n.language) : null}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
