import { useId, useMemo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useExpandedBodies } from "./expanded-bodies-store.ts";
import { isLongBody } from "./long-body.ts";

/**
 * A long body shows its beginning and "show more". The state is kept per item outside the row:
 * the virtualized timeline unmounts rows scrolled away, and re-measures the row when it changes.
 */
export function CollapsibleBody({
  itemId,
  text,
  children,
}: {
  itemId: string;
  text: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const bodyId = useId();
  const long = useMemo(() => isLongBody(text), [text]);
  const expanded = useExpandedBodies((state) => state.expanded[itemId] === true);
  const toggle = useExpandedBodies((state) => state.toggle);
  if (!long) return children;
  return (
    <div className="collapsible-body">
      <div id={bodyId} className={expanded ? "body-clip" : "body-clip collapsed"}>
        {children}
      </div>
      <button
        type="button"
        className="show-more"
        aria-expanded={expanded}
        aria-controls={bodyId}
        onClick={() => toggle(itemId)}
      >
        {expanded ? t("customer360.showLess") : t("customer360.showMore")}
      </button>
    </div>
  );
}
