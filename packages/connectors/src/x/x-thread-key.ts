/**
 * One conversation per DM conversation (`dm:` + X's dm_conversation_id, `{smaller}-{larger}` user id
 * for one-to-one) and one per public thread (`post:` + the root post's conversation_id). The prefix
 * tells `send` which way a reply goes: a DM thread is always answered by DM.
 */
export type XThread = { kind: "dm"; conversationId: string } | { kind: "post"; conversationId: string };

export function dmThreadKey(conversationId: string): string {
  return `dm:${conversationId}`;
}

export function postThreadKey(conversationId: string): string {
  return `post:${conversationId}`;
}

export function readThreadKey(threadKey: string): XThread | undefined {
  const match = /^(dm|post):(.+)$/.exec(threadKey);
  if (!match?.[2]) return undefined;
  return match[1] === "dm"
    ? { kind: "dm", conversationId: match[2] }
    : { kind: "post", conversationId: match[2] };
}
