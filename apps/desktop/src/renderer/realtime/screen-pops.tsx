import { useEffect } from "react";
import { useUiStore } from "../state/ui-store.ts";
import { useCallStore, type IncomingCall } from "./call-store.ts";
import { ScreenPopCard } from "./screen-pop-card.tsx";
import { screenPopKey } from "./screen-pop-key.ts";

/**
 * Incoming calls, stacked bottom right, above the panes but never over the reply box's buttons.
 * Announced to screen readers without moving focus; Alt+Enter opens the newest, Alt+Delete
 * dismisses it, wherever the focus is (also while typing: Alt never types a character here).
 */
export function ScreenPops() {
  const calls = useCallStore((state) => state.calls);
  const dismiss = useCallStore((state) => state.dismiss);
  const openConversation = useUiStore((state) => state.openConversation);
  const openCustomer = useUiStore((state) => state.openCustomer);

  const open = (call: IncomingCall) => {
    if (call.conversationId) openConversation(call.conversationId, call.customerId);
    else if (call.customerId) openCustomer(call.customerId);
    dismiss(call.eventId);
  };
  const newest = calls[0];

  useEffect(() => {
    if (!newest) return;
    const onKey = (event: KeyboardEvent) => {
      const key = screenPopKey(event);
      if (key === null) return;
      event.preventDefault();
      if (key === "open") open(newest);
      else dismiss(newest.eventId);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  if (calls.length === 0) return null;
  return (
    <div className="screen-pops" aria-live="assertive">
      {calls.map((call) => (
        <ScreenPopCard key={call.eventId} call={call} onOpen={open} onDismiss={(c) => dismiss(c.eventId)} />
      ))}
    </div>
  );
}
