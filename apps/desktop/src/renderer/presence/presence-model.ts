import type { ComposerBox, PresencePayload } from "@emma/core";

/** A colleague counts as present this long after their last heartbeat (sent every 10 s). */
export const PRESENCE_TTL_MS = 20_000;
/** "Typing" fades to "viewing" this long after the last keystroke report (sent every 3 s at most). */
export const TYPING_TTL_MS = 6_000;

export interface PresenceEntry {
  conversationId: string;
  userId: string;
  displayName: string;
  seenAt: number;
  typingAt: number | null;
  composer: ComposerBox | null;
}

export type PresenceEntries = Readonly<Record<string, PresenceEntry>>;

export type Activity = "viewing" | "typing-reply" | "typing-note";

export interface Colleague {
  userId: string;
  displayName: string;
  activity: Activity;
}

const keyOf = (conversationId: string, userId: string) => `${conversationId}:${userId}`;

/** The entries after one presence event, received at `now` (the console's clock, not the server's). */
export function applyPresence(
  entries: PresenceEntries,
  event: PresencePayload,
  now: number,
): PresenceEntries {
  const key = keyOf(event.conversationId, event.userId);
  if (event.state === "left") {
    if (!(key in entries)) return entries;
    return Object.fromEntries(Object.entries(entries).filter(([k]) => k !== key));
  }
  const typing = event.state === "typing";
  return {
    ...entries,
    [key]: {
      conversationId: event.conversationId,
      userId: event.userId,
      displayName: event.displayName,
      seenAt: now,
      typingAt: typing ? now : null,
      composer: typing ? event.composer : null,
    },
  };
}

/** Who else is in the conversation now, typists first; never the agent themself. */
export function colleaguesIn(
  entries: PresenceEntries,
  conversationId: string,
  meId: string | null,
  now: number,
): Colleague[] {
  return Object.values(entries)
    .filter(
      (e) => e.conversationId === conversationId && e.userId !== meId && now - e.seenAt <= PRESENCE_TTL_MS,
    )
    .map((e): Colleague => {
      const typing = e.typingAt !== null && now - e.typingAt <= TYPING_TTL_MS;
      return {
        userId: e.userId,
        displayName: e.displayName,
        activity: typing ? (e.composer === "note" ? "typing-note" : "typing-reply") : "viewing",
      };
    })
    .sort(
      (a, b) =>
        Number(b.activity !== "viewing") - Number(a.activity !== "viewing") ||
        a.displayName.localeCompare(b.displayName),
    );
}

/** Drops entries nobody has heard of for longer than the TTL, so the store does not grow all day. */
export function pruneExpired(entries: PresenceEntries, now: number): PresenceEntries {
  const kept = Object.entries(entries).filter(([, e]) => now - e.seenAt <= PRESENCE_TTL_MS);
  return kept.length === Object.keys(entries).length ? entries : Object.fromEntries(kept);
}
