import { z } from "zod";

const payloadSchema = z.object({
  entry: z.array(
    z.object({
      id: z.string(),
      messaging: z.array(z.unknown()).optional(),
      standby: z.array(z.unknown()).optional(),
      changes: z.array(z.object({ field: z.string(), value: z.unknown() })).optional(),
    }),
  ),
});
const personMessage = z.object({
  sender: z.object({ id: z.string() }),
  timestamp: z.number(),
  message: z.object({ is_echo: z.boolean().optional() }).optional(),
  postback: z.unknown().optional(),
});
const comment = z.object({
  item: z.literal("comment"),
  verb: z.literal("add"),
  comment_id: z.string(),
  post_id: z.string(),
  from: z.object({ id: z.string() }),
  created_time: z.number(),
});

interface Notes {
  noteInbound(psid: string, at: Date): void;
  noteComment(comment: { commentId: string; postId: string; authorId?: string; createdAt: Date }): void;
}

/** What Meta itself knows after a webhook: who wrote when (the windows), which comments exist. */
export function noteDelivered(payload: unknown, pageId: string, notes: Notes): void {
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) return;
  for (const entry of parsed.data.entry) {
    if (entry.id !== pageId) continue;
    for (const event of [...(entry.messaging ?? []), ...(entry.standby ?? [])]) {
      const message = personMessage.safeParse(event);
      if (!message.success || message.data.message?.is_echo === true) continue;
      if (message.data.message === undefined && message.data.postback === undefined) continue;
      notes.noteInbound(message.data.sender.id, new Date(message.data.timestamp));
    }
    for (const change of entry.changes ?? []) {
      const value = comment.safeParse(change.value);
      if (!value.success || value.data.from.id === pageId) continue;
      notes.noteComment({
        commentId: value.data.comment_id,
        postId: value.data.post_id,
        authorId: value.data.from.id,
        createdAt: new Date(value.data.created_time * 1000),
      });
    }
  }
}
