import { create } from "zustand";
import { useDraftStore } from "../drafts/draft-store.ts";
import { useComposerFocusStore } from "../shortcuts/composer-focus-store.ts";
import { replyWithLink } from "./reply-with-link.ts";

interface CommunityLinkState {
  /** The link text of the topic chosen in the open conversation's panel, for the shortcut. */
  chosen: { conversationId: string; text: string } | null;
  choose: (chosen: { conversationId: string; text: string } | null) => void;
}

/** The panel says which topic is chosen; the conversation's shortcut inserts it. */
export const useCommunityLinkStore = create<CommunityLinkState>()((set) => ({
  chosen: null,
  choose: (chosen) => set({ chosen }),
}));

/** Adds the link text to the conversation's reply draft and puts the cursor in the reply box. */
export function insertCommunityLink(conversationId: string, text: string): void {
  const drafts = useDraftStore.getState();
  drafts.setReply(conversationId, replyWithLink(drafts.drafts[conversationId]?.reply ?? "", text));
  useComposerFocusStore.getState().focusComposer("reply");
}

/** The shortcut's action: the chosen topic of this conversation, if its panel shows one. */
export function insertChosenCommunityLink(conversationId: string): void {
  const { chosen } = useCommunityLinkStore.getState();
  if (chosen?.conversationId === conversationId) insertCommunityLink(conversationId, chosen.text);
}
