import { QueueNav } from "./queue-nav.tsx";
import { ConversationList } from "./conversation-list.tsx";

export function QueuePane() {
  return (
    <aside className="pane queue-pane">
      <QueueNav />
      <ConversationList />
    </aside>
  );
}
