const DAY = 86_400_000;

/** Age brackets of unresolved contacts, upper bounds exclusive. */
export const BACKLOG_AGES = [
  { bracket: "under1d", below: DAY },
  { bracket: "1to3d", below: 3 * DAY },
  { bracket: "3to7d", below: 7 * DAY },
  { bracket: "7to30d", below: 30 * DAY },
  { bracket: "over30d", below: Number.POSITIVE_INFINITY },
] as const;
