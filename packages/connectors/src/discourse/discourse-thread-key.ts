/** One conversation per forum topic. */
export function topicThreadKey(topicId: number): string {
  return `topic:${String(topicId)}`;
}

export function readTopicThreadKey(threadKey: string): number | undefined {
  const match = /^topic:(\d{1,15})$/.exec(threadKey);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** A post's item id; a sent reply's externalId is the same, so its webhook echo meets our item. */
export function postExternalId(postId: number): string {
  return `post:${String(postId)}`;
}

/** Where a post can be read: Discourse answers /t/<slug>/<topic id>/<post number>. */
export function postUrl(siteUrl: string, topicId: number, postNumber: number, slug?: string | null): string {
  return `${siteUrl}/t/${slug || "-"}/${String(topicId)}/${String(postNumber)}`;
}
