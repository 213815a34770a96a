import { QueueNav } from "./queue-nav.tsx";
import { ConversationList } from "./conversation-list.tsx";
import { StatusFilter } from "./status-filter.tsx";

export function QueuePane() {
  return (
    <aside className="pane queue-pane">
      <QueueNav />
      <StatusFilter />
      <ConversationList />
    </aside>
  );
}
