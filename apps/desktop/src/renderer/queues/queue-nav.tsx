import type { Queue } from "@emma/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useUiStore } from "../state/ui-store.ts";
import { formatCount } from "../ui/format.ts";

const QUEUES: readonly Queue[] = ["mine", "unassigned", "team", "all"];

/** The queues with live counts. "Alle" appears only when the API reports a count for it. */
export function QueueNav() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queue = useUiStore((state) => state.queue);
  const setQueue = useUiStore((state) => state.setQueue);
  const { data: counts } = useQuery(trpc.conversations.counts.queryOptions());
  // The API answers null for "all" to roles that may not see every queue; it is the authority.
  const visible = QUEUES.filter((q) => q !== "all" || (counts !== undefined && counts.all !== null));

  return (
    <nav aria-label={t("queues.label")}>
      <ul className="queue-nav">
        {visible.map((q) => {
          const count = counts?.[q] ?? null;
          return (
            <li key={q}>
              <button
                type="button"
                className="queue-button"
                aria-current={q === queue ? "page" : undefined}
                onClick={() => setQueue(q)}
              >
                <span>{t(`queues.${q}`)}</span>
                {count !== null ? (
                  <span className="count" aria-label={t("queues.count", { count })}>
                    {formatCount(count, i18n.language)}
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
