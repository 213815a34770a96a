import { useEffect } from "react";
import { useMe } from "../auth/use-me.ts";
import { CannedAdmin } from "../canned/canned-admin.tsx";
import { ConversationPane } from "../conversation/conversation-pane.tsx";
import { CustomerPane } from "../customer/customer-pane.tsx";
import { applySavedLanguage } from "../i18n/i18n.ts";
import { GoToPalette } from "../nav/go-to-palette.tsx";
import { LinkProblemNote } from "../nav/link-problem-note.tsx";
import { useNavStore } from "../nav/nav-store.ts";
import { isPageSection } from "../nav/section-registry.ts";
import { SECTION_VIEWS } from "../nav/section-views.tsx";
import { useNavKeys } from "../nav/use-nav-keys.ts";
import { useRememberOpen } from "../nav/use-remember-open.ts";
import { useRouteSync } from "../nav/use-route-sync.ts";
import { ScreenPops } from "../realtime/screen-pops.tsx";
import { useSearchStore } from "../search/search-store.ts";
import { useEventStream } from "../realtime/use-event-stream.ts";
import { ShortcutOverlay } from "../shortcuts/shortcut-overlay.tsx";
import { useGlobalShortcuts } from "../shortcuts/use-global-shortcuts.ts";
import { TopBar } from "./top-bar.tsx";

/**
 * The app shell: the top bar with the section switcher, then the section. A column section
 * (inbox, search) stands in the first column beside the conversation and the customer 360, which
 * stay mounted as the agent switches between them; a page section takes the whole width.
 */
export function Workspace() {
  const me = useMe();
  const live = useEventStream();
  useGlobalShortcuts();
  useNavKeys();
  useRouteSync(me?.role ?? null);
  useRememberOpen();
  const path = useNavStore((state) => state.section);
  const paletteOpen = useNavStore((state) => state.paletteOpen);
  // What was searched for (names, numbers) and opened does not outlive the session.
  useEffect(
    () => () => {
      useSearchStore.getState().reset();
      useNavStore.getState().reset();
    },
    [],
  );

  const savedLanguage = me?.locale ?? null;
  useEffect(() => {
    // The saved language applies unless the agent switched this session to another one.
    if (savedLanguage) applySavedLanguage(savedLanguage);
  }, [savedLanguage]);

  const View = SECTION_VIEWS[path];
  return (
    <div className="workspace">
      <TopBar live={live} />
      <LinkProblemNote />
      {isPageSection(path) ? (
        <View />
      ) : (
        <div className={`panes section-${path}`}>
          <View />
          <ConversationPane />
          <CustomerPane />
        </div>
      )}
      <ScreenPops />
      <ShortcutOverlay />
      <CannedAdmin />
      {paletteOpen && me ? <GoToPalette role={me.role} /> : null}
    </div>
  );
}
