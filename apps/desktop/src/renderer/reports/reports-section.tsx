import { useNavStore } from "../nav/nav-store.ts";
import { breakdownOf } from "./breakdown-place.ts";
import { BreakdownView } from "./breakdown-view.tsx";
import { ReportsView } from "./reports-view.tsx";

/** The reports section: one report, or the key figures of all side by side by team or agent. */
export function ReportsSection() {
  const by = useNavStore((s) => breakdownOf(s.place));
  return by === null ? <ReportsView /> : <BreakdownView by={by} />;
}
