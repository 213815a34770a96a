import { addDays, daysBetween, instantAt, type LocalDate } from "./local-time.ts";

/** One stretch of local days, first and last included, with the instants that bound it. */
export interface ReportPeriod {
  from: LocalDate;
  to: LocalDate;
  timeZone: string;
  /** Local midnight starting `from`. */
  start: Date;
  /** Local midnight after `to`: the period is [start, end). */
  end: Date;
}

export interface ReportPeriods {
  current: ReportPeriod;
  /** The same number of days right before: what every figure is compared with. */
  previous: ReportPeriod;
}

export function reportPeriod(from: LocalDate, to: LocalDate, timeZone: string): ReportPeriod {
  return {
    from,
    to,
    timeZone,
    start: instantAt(from, timeZone),
    end: instantAt(addDays(to, 1), timeZone),
  };
}

export function reportPeriods(props: { from: LocalDate; to: LocalDate; timeZone: string }): ReportPeriods {
  const { from, to, timeZone } = props;
  const days = daysBetween(from, to) + 1;
  return {
    current: reportPeriod(from, to, timeZone),
    previous: reportPeriod(addDays(from, -days), addDays(from, -1), timeZone),
  };
}

export function within(at: Date | null, period: ReportPeriod): at is Date {
  return at !== null && at >= period.start && at < period.end;
}
