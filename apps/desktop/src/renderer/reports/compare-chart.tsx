import type { ReportName } from "@emma/core";
import { useTranslation } from "react-i18next";
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { CURRENT_COLOUR, PREVIOUS_COLOUR } from "./chart-colours.ts";
import { formatFigure } from "./figure-format.ts";
import { figureLabel, type ShownFigure } from "./figure-label.ts";

interface CompareChartProps {
  report: ReportName;
  figures: readonly ShownFigure[];
}

/** The report's headline numbers as bars, this range beside the previous one (hatched), values written on. */
export function CompareChart({ report, figures }: CompareChartProps) {
  const { t, i18n } = useTranslation();
  const unit = figures[0]?.unit ?? "count";
  const data = figures.map((f) => ({
    name: figureLabel(report, f, t, i18n.language),
    current: f.current,
    previous: f.previous,
  }));
  const format = (value: unknown) =>
    typeof value === "number" ? formatFigure(value, unit, i18n.language) : "";
  // Many figures (the channel pairs of repeat contacts) lie as rows, where their names have room.
  const rows = data.length > 6;
  return (
    <ResponsiveContainer width="100%" height={rows ? 60 + data.length * 44 : 320}>
      <BarChart
        data={data}
        layout={rows ? "vertical" : "horizontal"}
        margin={{ top: 24, right: 48, bottom: 8, left: 8 }}
        accessibilityLayer
      >
        <defs>
          <pattern
            id="reports-previous"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill={PREVIOUS_COLOUR} opacity="0.35" />
            <line x1="0" y1="0" x2="0" y2="6" stroke={PREVIOUS_COLOUR} strokeWidth="3" />
          </pattern>
        </defs>
        <CartesianGrid strokeDasharray="3 3" vertical={rows} horizontal={!rows} />
        {rows ? (
          <>
            <XAxis type="number" tickFormatter={format} />
            <YAxis type="category" dataKey="name" interval={0} width={220} tick={{ fontSize: 12 }} />
          </>
        ) : (
          <>
            <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={format} width={72} />
          </>
        )}
        <Tooltip formatter={format} />
        <Legend />
        <Bar isAnimationActive={false} dataKey="current" name={t("reports.current")} fill={CURRENT_COLOUR}>
          <LabelList dataKey="current" position={rows ? "right" : "top"} formatter={format} />
        </Bar>
        <Bar
          isAnimationActive={false}
          dataKey="previous"
          name={t("reports.previous")}
          fill="url(#reports-previous)"
          stroke={PREVIOUS_COLOUR}
        >
          <LabelList dataKey="previous" position={rows ? "right" : "top"} formatter={format} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
