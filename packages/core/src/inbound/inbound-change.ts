import { z } from "zod";

/** How a thread's answer was chosen, strongest first: an accepted answer outranks a helpful one. */
export const SOLUTION_KINDS = ["accepted", "helpful"] as const;
export type SolutionKind = (typeof SOLUTION_KINDS)[number];

/**
 * What an inbound message does to the timeline. Providers report more than new items: a call's
 * successive webhooks, a customer editing or unsending a message, a removed comment, a read receipt.
 * Ingest applies every change the same way, whatever the channel (see `applyItemChange`).
 */
export const inboundChangeSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("new") }).describe("A new item; delivered again, it changes nothing"),
  z
    .object({
      type: z.literal("revision"),
      completesOnly: z
        .boolean()
        .default(false)
        .describe(
          "A follow-up that names no party (a recording callback): it waits until its item is stored",
        ),
    })
    .describe(
      "The latest known state of an item that evolves (a call: ringing, answered, recorded): merged into the stored item by its kind's rule, in any order",
    ),
  z
    .object({
      type: z.literal("edit"),
      editedAt: z.coerce.date().describe("When the author changed it"),
    })
    .describe(
      "The author changed the text: the new text replaces it, the earlier one stays in the item's history",
    ),
  z
    .object({
      type: z.literal("delete"),
      deletedAt: z.coerce.date().describe("When it was removed at the provider"),
      by: z.enum(["author", "moderator"]).describe("Who removed it: the customer, or the page/account"),
      purge: z
        .boolean()
        .describe(
          "The provider's terms require the content itself to go (X's deletion compliance); otherwise the item is only marked",
        ),
    })
    .describe("The item was removed at the provider: it is marked, never silently dropped"),
  z
    .object({
      type: z.literal("restore"),
      restoredAt: z.coerce.date().describe("When it was brought back at the provider"),
    })
    .describe(
      "A removed item is back (a recovered forum post, a moderator unhiding it): shown again, its text as the message carries it; the removal stays in its history",
    ),
  z
    .object({
      type: z.literal("solution"),
      accepted: z
        .boolean()
        .describe("true: this item now answers its thread; false: that was taken back (unaccepted, unliked)"),
      how: z
        .enum(SOLUTION_KINDS)
        .describe(
          "accepted: the asker or a moderator accepted it as the answer (Discourse Solved); helpful: the asker marked it helpful (a like)",
        ),
      at: z.coerce.date().describe("When it was accepted or taken back at the provider"),
      by: z.string().max(255).optional().describe("Who accepted it, as the provider names them"),
    })
    .describe(
      "The item (named by the message's externalId, already stored) is or no longer is the answer to its thread's question; it is no item of its own",
    ),
  z
    .object({
      type: z.literal("thread"),
      at: z.coerce.date().describe("When the thread changed at the provider"),
      subject: z.string().max(998).optional().describe("The thread's new title (a forum topic renamed)"),
      removed: z
        .object({ by: z.enum(["author", "moderator"]) })
        .nullable()
        .optional()
        .describe("The whole thread was deleted (set) or brought back (null)"),
      closed: z.boolean().optional().describe("Closed for new posts (a closed or archived topic)"),
    })
    .describe(
      "A change of the thread itself, named by threadKey (a topic renamed, deleted, recovered, closed): it is no item of its own; the newest change wins",
    ),
  z
    .object({
      type: z.literal("receipt"),
      status: z.enum(["delivered", "read"]).describe("What the customer's side reported"),
      upTo: z.coerce.date().describe("Every outbound item of the thread sent at or before this time"),
    })
    .describe(
      "A delivery or read watermark: it changes our replies' delivery state, it is no item of its own",
    ),
]);
export type InboundChange = z.infer<typeof inboundChangeSchema>;
export type InboundChangeType = InboundChange["type"];
