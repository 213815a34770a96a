import { z } from "zod";
import type { ProviderContext } from "../connector.ts";
import type { FacebookConfig, FacebookSecrets } from "./facebook-config.ts";
import { callGraph, type FetchLike } from "./graph-client.ts";
import { readFailure } from "./graph-read-failure.ts";

const postSchema = z.object({ message: z.string().optional(), story: z.string().optional() });
const contextSchema = z.object({ context: z.object({ postId: z.string().regex(/^\d+_\d+$/) }) });

/** The subject line: the post's first line, as agents recognise it in the queue. */
const SUBJECT_CHARS = 120;
const EXCERPT_CHARS = 2000;

/**
 * The post a Page comment is under (`GET /{post-id}?fields=message,story`): Meta's comment webhook
 * names the post, not its text. null for items that are no comment, or a post Meta has no text for.
 */
export async function facebookPostContext(
  metadata: Readonly<Record<string, unknown>>,
  { config, secrets }: ProviderContext<FacebookConfig, FacebookSecrets>,
  dependencies: { fetch?: FetchLike; now?: () => Date } = {},
): Promise<{ subject: string; excerpt: string } | null> {
  const item = contextSchema.safeParse(metadata);
  if (!item.success) return null;
  const response = await callGraph(
    { base: config.graphApiBase, version: config.graphApiVersion },
    {
      method: "GET",
      path: item.data.context.postId,
      query: { fields: "message,story" },
      accessToken: secrets.pageAccessToken,
      appSecret: secrets.appSecret,
    },
    dependencies.fetch,
  );
  if (!response.ok) return readFailure(response, dependencies.now);
  const post = postSchema.safeParse(response.data);
  const text = (post.success ? (post.data.message ?? post.data.story) : undefined)?.trim();
  if (!text) return null;
  const firstLine = text.split("\n")[0]?.trim() ?? text;
  const subject = firstLine.length > SUBJECT_CHARS ? `${firstLine.slice(0, SUBJECT_CHARS - 1)}…` : firstLine;
  return { subject, excerpt: text.slice(0, EXCERPT_CHARS) };
}
