/**
 * One Messenger conversation per person (PSIDs are scoped to the Page, so the Page is implied by the
 * connector), one comment conversation per top-level comment with the replies under it.
 */
export type FacebookThread = { kind: "messenger"; psid: string } | { kind: "comment"; commentId: string };

const MESSENGER = "messenger:";
const COMMENT = "comment:";

export function messengerThreadKey(psid: string): string {
  return MESSENGER + psid;
}

export function commentThreadKey(topLevelCommentId: string): string {
  return COMMENT + topLevelCommentId;
}

export function facebookThreadKeyOf(threadKey: string): FacebookThread | undefined {
  if (threadKey.startsWith(MESSENGER) && threadKey.length > MESSENGER.length)
    return { kind: "messenger", psid: threadKey.slice(MESSENGER.length) };
  if (threadKey.startsWith(COMMENT) && threadKey.length > COMMENT.length)
    return { kind: "comment", commentId: threadKey.slice(COMMENT.length) };
  return undefined;
}
