import { QueueNav } from "./queue-nav.tsx";
import { ConversationList } from "./conversation-list.tsx";
import { SavedFilters } from "./saved-filters.tsx";
import { StatusFilter } from "./status-filter.tsx";
import { TagFilter } from "./tag-filter.tsx";

export function QueuePane() {
  return (
    <aside className="pane queue-pane">
      <QueueNav />
      <SavedFilters />
      <StatusFilter />
      <TagFilter />
      <ConversationList />
    </aside>
  );
}
