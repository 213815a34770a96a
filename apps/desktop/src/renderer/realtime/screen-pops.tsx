import { useCallStore } from "./call-store.ts";
import { ScreenPopCard } from "./screen-pop-card.tsx";

/** Incoming calls, stacked bottom right, above the panes but never over the reply box's buttons. */
export function ScreenPops() {
  const calls = useCallStore((state) => state.calls);
  if (calls.length === 0) return null;
  return (
    <div className="screen-pops">
      {calls.map((call, index) => (
        <ScreenPopCard key={call.eventId} call={call} autoFocus={index === 0} />
      ))}
    </div>
  );
}
