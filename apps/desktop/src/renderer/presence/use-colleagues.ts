import { useEffect, useMemo, useState } from "react";
import { useMe } from "../auth/use-me.ts";
import { colleaguesIn, type Colleague } from "./presence-model.ts";
import { usePresenceStore } from "./presence-store.ts";

/** How often the view looks at the clock again: entries expire without any event arriving. */
const TICK_MS = 2_000;

/** The colleagues in a conversation right now, re-evaluated as their heartbeats age. */
export function useColleagues(conversationId: string): Colleague[] {
  const me = useMe();
  const meId = me?.id ?? null;
  const entries = usePresenceStore((state) => state.entries);
  const [now, setNow] = useState(() => Date.now());
  // The clock only needs watching while someone else is here: no re-render of the pane otherwise.
  const anyoneHere = useMemo(
    () => Object.values(entries).some((e) => e.conversationId === conversationId && e.userId !== meId),
    [entries, conversationId, meId],
  );
  useEffect(() => {
    if (!anyoneHere) return;
    const timer = setInterval(() => {
      setNow(Date.now());
      usePresenceStore.getState().prune();
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [anyoneHere]);
  // An event re-renders through `entries`; reading the clock then keeps a fresh one from looking old.
  return useMemo(
    () => (anyoneHere ? colleaguesIn(entries, conversationId, meId, Math.max(now, Date.now())) : []),
    [anyoneHere, entries, conversationId, meId, now],
  );
}
