import type { ConversationStatus } from "@emma/core";
import type { ConversationSummary } from "../api/router-types.ts";
import { insertChosenCommunityLink } from "../community/community-link-store.ts";
import { useMacroPickerStore } from "../macros/macro-picker-store.ts";
import { useComposerFocusStore } from "../shortcuts/composer-focus-store.ts";
import { useShortcutActions } from "../shortcuts/shortcut-actions.ts";
import { useUiStore } from "../state/ui-store.ts";

interface ConversationShortcutProps {
  conversation: ConversationSummary;
  /** The header's own status change, so a key and a click show the same progress and errors. */
  setStatus: (status: ConversationStatus) => void;
  /** Null while the agent is unknown or already the assignee. */
  assignToMe: (() => void) | null;
}

/** The open conversation's single keys (see the registry); live while its header is shown. */
export function useConversationShortcuts({ conversation, setStatus, assignToMe }: ConversationShortcutProps) {
  const focusComposer = useComposerFocusStore((state) => state.focusComposer);
  const openMacros = useMacroPickerStore((state) => state.open);
  const setHeaderPanel = useUiStore((state) => state.setHeaderPanel);
  const setUnlessAlready = (status: ConversationStatus) => {
    if (conversation.status !== status) setStatus(status);
  };
  useShortcutActions("conversation", {
    reply: () => focusComposer("reply"),
    note: () => focusComposer("note"),
    macros: () => openMacros(conversation.id),
    resolve: () => setUnlessAlready("resolved"),
    pending: () => setUnlessAlready("pending"),
    assignToMe: () => assignToMe?.(),
    assign: () => setHeaderPanel("assign"),
    snooze: () => setHeaderPanel("snooze"),
    communityLink: () => insertChosenCommunityLink(conversation.id),
  });
}
