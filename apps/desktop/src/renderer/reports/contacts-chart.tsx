import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDay } from "../search/day-text.ts";
import { contactBuckets } from "./chart-data.ts";
import { CHANNEL_COLOURS } from "./chart-colours.ts";
import type { ShownFigure } from "./figure-label.ts";

/** Contacts per day or week, stacked by channel; the tooltip and the table give each number. */
export function ContactsChart({ figures }: { figures: readonly ShownFigure[] }) {
  const { t, i18n } = useTranslation();
  const { rows, channels } = contactBuckets(figures);
  const data = rows.map((row) => ({ name: formatDay(row.bucket, i18n.language), ...row.counts }));
  return (
    <ResponsiveContainer width="100%" height={320}>
      <BarChart data={data} margin={{ top: 16, right: 16, bottom: 8, left: 8 }} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} width={48} />
        <Tooltip />
        <Legend />
        {channels.map((channel) => (
          <Bar
            isAnimationActive={false}
            key={channel}
            dataKey={channel}
            name={t(`channels.${channel}`)}
            stackId="contacts"
            fill={CHANNEL_COLOURS[channel]}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
