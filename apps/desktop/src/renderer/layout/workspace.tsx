import { useEffect } from "react";
import { useMe } from "../auth/use-me.ts";
import { CannedAdmin } from "../canned/canned-admin.tsx";
import { ConversationPane } from "../conversation/conversation-pane.tsx";
import { CustomerPane } from "../customer/customer-pane.tsx";
import { applySavedLanguage } from "../i18n/i18n.ts";
import { QueuePane } from "../queues/queue-pane.tsx";
import { ScreenPops } from "../realtime/screen-pops.tsx";
import { SearchPane } from "../search/search-pane.tsx";
import { useSearchStore } from "../search/search-store.ts";
import { useEventStream } from "../realtime/use-event-stream.ts";
import { ShortcutOverlay } from "../shortcuts/shortcut-overlay.tsx";
import { useGlobalShortcuts } from "../shortcuts/use-global-shortcuts.ts";
import { TopBar } from "./top-bar.tsx";

/** The three panes: queues (or search results) | conversation | customer 360 and timeline. */
export function Workspace() {
  const me = useMe();
  const live = useEventStream();
  useGlobalShortcuts();
  const searching = useSearchStore((state) => state.resultsOpen);
  // What was searched for (names, numbers) does not outlive the session.
  useEffect(() => () => useSearchStore.getState().reset(), []);

  const savedLanguage = me?.locale ?? null;
  useEffect(() => {
    // The saved language applies unless the agent switched this session to another one.
    if (savedLanguage) applySavedLanguage(savedLanguage);
  }, [savedLanguage]);

  return (
    <div className="workspace">
      <TopBar live={live} />
      <div className={searching ? "panes searching" : "panes"}>
        {searching ? <SearchPane /> : <QueuePane />}
        <ConversationPane />
        <CustomerPane />
      </div>
      <ScreenPops />
      <ShortcutOverlay />
      <CannedAdmin />
    </div>
  );
}
