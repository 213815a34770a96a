import { navigateTo } from "../nav/navigate.ts";
import { LiveView } from "./live-view.tsx";

/** The live view as a section: a conversation picked there opens in the inbox beside its customer. */
export function LiveSection() {
  return (
    <LiveView
      onOpenConversation={(conversationId) =>
        navigateTo({ kind: "inbox", open: { kind: "conversation", id: conversationId } })
      }
    />
  );
}
