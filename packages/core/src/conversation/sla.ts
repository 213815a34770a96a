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

/** Where a conversation stands against its response target at `now`; "none" when nobody waits. */
export function slaState(props: { waitingSince: Date | null; targetMinutes: number; now: Date }): SlaState {
  const { waitingSince, targetMinutes, now } = props;
  if (waitingSince === null) return { state: "none" };
  const allowedMs = targetMinutes * 60_000;
  const dueAt = new Date(waitingSince.getTime() + allowedMs);
  const remainingMs = dueAt.getTime() - now.getTime();
  if (remainingMs < 0) return { state: "breached", dueAt, overdueMs: -remainingMs };
  return { state: remainingMs <= allowedMs * DUE_SOON_SHARE ? "due_soon" : "ok", dueAt, remainingMs };
}
