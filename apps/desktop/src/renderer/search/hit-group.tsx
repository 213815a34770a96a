import type { ReactNode } from "react";

interface HitGroupProps {
  id: string;
  label: string;
  /** Shown beside the label, e.g. "12" or "20+". */
  count?: string | undefined;
  children: ReactNode;
}

/** One section of a results listbox (customers, items), labelled for screen readers as a group. */
export function HitGroup({ id, label, count, children }: HitGroupProps) {
  return (
    <div role="presentation" className="hit-group">
      <div role="presentation" id={id} className="hit-group-label">
        <span>{label}</span>
        {count !== undefined ? <span className="count">{count}</span> : null}
      </div>
      <div role="group" aria-labelledby={id}>
        {children}
      </div>
    </div>
  );
}
