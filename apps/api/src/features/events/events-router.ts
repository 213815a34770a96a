import { eventStreamInputSchema } from "@emma/core";
import { tracked } from "@trpc/server";
import { authedProcedure, router } from "../../trpc/trpc.ts";

export const eventsRouter = router({
  /**
   * The console's one realtime stream (SSE). `tracked` ids let the client resume with Last-Event-ID
   * after a reconnect without losing or repeating events.
   */
  stream: authedProcedure.input(eventStreamInputSchema).subscription(async function* ({
    ctx,
    input,
    signal,
  }) {
    for await (const event of ctx.services.realtime.subscribe(
      ctx.caller.userId,
      input.lastEventId ?? null,
      signal,
    )) {
      yield tracked(event.id, event);
    }
  }),
});
