import type { ComposerBox, PresenceUpdateInput } from "@emma/core";
import { useCallback, useEffect, useRef } from "react";
import { useTRPCClient } from "../api/trpc.ts";
import { useSessionStore } from "../auth/session-store.ts";

/** Colleagues' consoles forget us 20 s after the last heartbeat; every 10 s keeps us present. */
const HEARTBEAT_MS = 10_000;
/** How long a conversation must stay open before colleagues hear of it. */
const ARRIVAL_DELAY_MS = 400;
/** At most one "typing" per 3 s, however fast the agent types. */
const TYPING_EVERY_MS = 3_000;

/**
 * Tells colleagues this agent has `conversationId` open (on open, then every 10 s), when they type
 * in it (throttled), and when they leave it. Best effort: a lost report only shortens what others
 * see, so failures are ignored. Returns the function the reply and note boxes call on input.
 */
export function usePresenceReporter(conversationId: string | null): (composer: ComposerBox) => void {
  const client = useTRPCClient();
  const typing = useRef<{ at: number; sentAt: number; composer: ComposerBox }>({
    at: 0,
    sentAt: 0,
    composer: "reply",
  });

  const send = useCallback(
    (input: PresenceUpdateInput) => {
      client.presence.update.mutate(input).catch(() => undefined);
    },
    [client],
  );

  useEffect(() => {
    if (conversationId === null) return;
    typing.current = { at: 0, sentAt: 0, composer: "reply" };
    let announced = false;
    // Moving through the queue with j/k passes conversations by: only one that stays open is news.
    const arrival = setTimeout(() => {
      announced = true;
      send({ conversationId, state: "viewing" });
    }, ARRIVAL_DELAY_MS);
    const heartbeat = setInterval(() => {
      // Still typing: say so in the heartbeat, or colleagues' "is typing" would flicker off.
      const { at, composer } = typing.current;
      const stillTyping = Date.now() - at < TYPING_EVERY_MS * 2;
      send({
        conversationId,
        state: stillTyping ? "typing" : "viewing",
        ...(stillTyping ? { composer } : {}),
      });
    }, HEARTBEAT_MS);
    // Closing the tab or window ends no React effect; a keepalive request still gets out.
    const onPageHide = () => leaveOnUnload(conversationId);
    window.addEventListener("pagehide", onPageHide);
    return () => {
      clearTimeout(arrival);
      clearInterval(heartbeat);
      window.removeEventListener("pagehide", onPageHide);
      if (announced || typing.current.sentAt > 0) send({ conversationId, state: "left" });
    };
  }, [conversationId, send]);

  return useCallback(
    (composer: ComposerBox) => {
      if (conversationId === null) return;
      const now = Date.now();
      const last = typing.current;
      typing.current = { at: now, sentAt: last.sentAt, composer };
      if (now - last.sentAt < TYPING_EVERY_MS && last.composer === composer) return;
      typing.current.sentAt = now;
      send({ conversationId, state: "typing", composer });
    },
    [conversationId, send],
  );
}

/** A plain tRPC call (no batching, no client) that the browser finishes even as the page goes away. */
function leaveOnUnload(conversationId: string): void {
  const token = useSessionStore.getState().token;
  if (!token) return;
  const input: PresenceUpdateInput = { conversationId, state: "left" };
  void fetch(`${window.location.origin}/trpc/presence.update`, {
    method: "POST",
    keepalive: true,
    headers: { Authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(input),
  }).catch(() => undefined);
}
