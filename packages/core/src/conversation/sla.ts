import type { Channel, Priority } from "../channel/channel.ts";

/** Minutes within which a waiting customer should have our answer, per channel and priority. */
export type ResponseTargets = Readonly<Record<Channel, Readonly<Record<Priority, number>>>>;

const HOUR = 60;

/**
 * What a bank's service desk promises until admins set their own (the service settings): a missed call or voicemail is called back within the hour; public social posts are
 * seen by everyone, so they are answered within two hours; the forum within a working day; email
 * within one calendar day. Urgent cuts each to a quarter, high to half, low doubles it. Calendar
 * time: business hours come with the admins' settings.
 */
export const DEFAULT_RESPONSE_TARGETS: ResponseTargets = {
  phone: scaled(HOUR),
  facebook: scaled(2 * HOUR),
  twitter: scaled(2 * HOUR),
  forum: scaled(8 * HOUR),
  email: scaled(24 * HOUR),
  internal: scaled(24 * HOUR),
};

function scaled(normal: number): Record<Priority, number> {
  return { urgent: normal / 4, high: normal / 2, normal, low: normal * 2 };
}

/** The last quarter of the time allowed is "due soon": early enough to still make it. */
export const DUE_SOON_SHARE = 0.25;

export const SLA_STATES = ["none", "ok", "due_soon", "breached"] as const;
export type SlaStateName = (typeof SLA_STATES)[number];

export type SlaState =
  | { state: "none" }
  | { state: "ok" | "due_soon"; dueAt: Date; remainingMs: number }
  | { state: "breached"; dueAt: Date; overdueMs: number };

export function responseTargetMinutes(
  targets: ResponseTargets,
  channel: Channel,
  priority: Priority,
): number {
  return targets[channel][priority];
}

/**
 * Where a conversation stands against its response target at `now`: "none" when nobody waits (no
 * due time). Due soon in the last quarter of the minutes allowed before the due time; the due time
 * itself comes from the desk's hours (`responseClock`), so it may lie beyond a weekend.
 */
export function slaState(props: { dueAt: Date | null; targetMinutes: number; now: Date }): SlaState {
  const { dueAt, targetMinutes, now } = props;
  if (dueAt === null) return { state: "none" };
  const allowedMs = targetMinutes * 60_000;
  const remainingMs = dueAt.getTime() - now.getTime();
  if (remainingMs < 0) return { state: "breached", dueAt, overdueMs: -remainingMs };
  return { state: remainingMs <= allowedMs * DUE_SOON_SHARE ? "due_soon" : "ok", dueAt, remainingMs };
}
