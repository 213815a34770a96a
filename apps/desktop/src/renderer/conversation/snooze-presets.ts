export const SNOOZE_PRESETS = ["hour", "tomorrow", "monday"] as const;
export type SnoozePreset = (typeof SNOOZE_PRESETS)[number];

/** Where the desk's working day starts: "tomorrow" and "Monday" mean this hour, local time. */
const DAY_STARTS_AT = 9;

/**
 * When a preset ends, in the agent's local time (the Date constructor's fields are local, and it
 * carries over month ends and daylight-saving changes).
 */
export function snoozeUntil(preset: SnoozePreset, now: Date): Date {
  switch (preset) {
    case "hour":
      return new Date(now.getTime() + 60 * 60 * 1000);
    case "tomorrow":
      return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, DAY_STARTS_AT);
    case "monday": {
      // On a Monday this is the Monday after; on a Sunday it is tomorrow.
      const days = (8 - now.getDay()) % 7 || 7;
      return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, DAY_STARTS_AT);
    }
    default: {
      const unreachable: never = preset;
      return unreachable;
    }
  }
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The value a datetime-local input shows for `date` (local time, minutes). */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local input's value as a moment in local time; null when empty or malformed. */
export function fromLocalInput(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(year, month - 1, day, hour, minute);
  // new Date rolls 31 February over to March; such input is wrong, not a date.
  return date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}
