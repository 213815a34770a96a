import type { ReactNode } from "react";
import { useSectionOpen } from "./customer360-layout-store.ts";
import type { SectionId } from "./customer360-layout.ts";

/** A 360 section the agent opens and closes; it stays as they left it, on this machine. */
export function CollapsibleSection({
  id,
  summary,
  children,
}: {
  id: SectionId;
  summary: ReactNode;
  children: ReactNode;
}) {
  const [open, setOpen] = useSectionOpen(id);
  return (
    <details
      className="section"
      data-section={id}
      open={open}
      // Also fired when React sets `open` itself: only a change the agent made is stored.
      onToggle={(event) => {
        if (event.currentTarget.open !== open) setOpen(event.currentTarget.open);
      }}
    >
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
