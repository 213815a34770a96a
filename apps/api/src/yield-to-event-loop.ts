import { setImmediate as nextTurn } from "node:timers/promises";

/**
 * Lets the event loop serve waiting I/O (HTTP requests, sockets) before going on. The embedded
 * PGlite answers queries without any I/O, so a worker awaiting one query after another would hold
 * the loop until it ran out of work: an import's sweep kept the console waiting for seconds.
 */
export function yieldToEventLoop(): Promise<void> {
  return nextTurn();
}
