import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Delivery, TimelineItem } from "../api/router-types.ts";
import { CommentPostLink } from "../timeline/comment-post-link.tsx";
import { commentPostOf } from "../timeline/social-metadata.ts";
import { TimelineEntry } from "../timeline/timeline-entry.tsx";
import { useThreadFocus } from "./use-thread-focus.ts";

interface ThreadProps {
  conversationId: string;
  items: TimelineItem[];
  deliveries: Delivery[];
  /** null: an unknown caller's conversation. */
  customerId: string | null;
  customerName: string | null;
}

/**
 * The conversation oldest first, scrolled to its newest item when it opens or grows, or to the item
 * a search led to.
 */
export function Thread({ conversationId, items, deliveries, customerId, customerName }: ThreadProps) {
  const { t } = useTranslation();
  const end = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLElement>(null);
  const byEvent = useMemo(() => new Map(deliveries.map((d) => [d.eventId, d])), [deliveries]);
  const newest = items.at(-1)?.id;
  const post = useMemo(() => commentPostOf(items), [items]);

  useEffect(() => {
    end.current?.scrollIntoView({ block: "end" });
  }, [newest]);
  const foundId = useThreadFocus(conversationId, items, scrollRef);

  return (
    <section ref={scrollRef} className="thread" aria-label={t("conversation.threadLabel")} aria-live="polite">
      {post ? <CommentPostLink post={post} /> : null}
      {items.map((item) => (
        <TimelineEntry
          key={item.id}
          item={item}
          delivery={byEvent.get(item.id)}
          customerId={customerId ?? undefined}
          customerName={customerName}
          showChannel={false}
          highlighted={item.id === foundId}
        />
      ))}
      <div ref={end} />
    </section>
  );
}
