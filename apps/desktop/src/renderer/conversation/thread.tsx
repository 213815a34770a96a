import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Delivery, TimelineItem } from "../api/router-types.ts";
import { CommentPostLink } from "../timeline/comment-post-link.tsx";
import { commentPostOf } from "../timeline/social-metadata.ts";
import { TimelineEntry } from "../timeline/timeline-entry.tsx";

interface ThreadProps {
  items: TimelineItem[];
  deliveries: Delivery[];
  /** null: an unknown caller's conversation. */
  customerId: string | null;
  customerName: string | null;
}

/** The conversation oldest first, scrolled to its newest item when it opens or grows. */
export function Thread({ items, deliveries, customerId, customerName }: ThreadProps) {
  const { t } = useTranslation();
  const end = useRef<HTMLDivElement>(null);
  const byEvent = useMemo(() => new Map(deliveries.map((d) => [d.eventId, d])), [deliveries]);
  const newest = items.at(-1)?.id;
  const post = useMemo(() => commentPostOf(items), [items]);

  useEffect(() => {
    end.current?.scrollIntoView({ block: "end" });
  }, [newest]);

  return (
    <section className="thread" aria-label={t("conversation.threadLabel")} aria-live="polite">
      {post ? <CommentPostLink post={post} /> : null}
      {items.map((item) => (
        <TimelineEntry
          key={item.id}
          item={item}
          delivery={byEvent.get(item.id)}
          customerId={customerId ?? undefined}
          customerName={customerName}
          showChannel={false}
        />
      ))}
      <div ref={end} />
    </section>
  );
}
