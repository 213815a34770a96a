import { eventStreamInputSchema } from "@emma/core";
import { TRPCError, tracked } from "@trpc/server";
import { SessionEndedError } from "../../realtime/realtime-hub.ts";
import { authedProcedure, router } from "../../trpc/trpc.ts";

export const eventsRouter = router({
  /**
   * The console's one realtime stream (SSE). `tracked` ids let the client resume with Last-Event-ID
   * after a reconnect without losing or repeating events. It ends with UNAUTHORIZED when its session
   * does, so the console goes back to the login instead of reconnecting.
   */
  stream: authedProcedure.input(eventStreamInputSchema).subscription(async function* ({
    ctx,
    input,
    signal,
  }) {
    const { sessions, realtime } = ctx.services;
    const { sessionId, sessionEndsAt, userId } = ctx.caller;
    try {
      for await (const event of realtime.subscribe(userId, input.lastEventId ?? null, signal, {
        sessionId,
        endsInMs: sessionEndsAt.getTime() - ctx.services.now().getTime(),
        stillSignedIn: () => sessions.isLive(sessionId),
      })) {
        yield tracked(event.id, event);
      }
    } catch (error) {
      if (error instanceof SessionEndedError) {
        throw new TRPCError({ code: "UNAUTHORIZED", message: "Your session has ended", cause: error });
      }
      throw error;
    }
  }),
});
