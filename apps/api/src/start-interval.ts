import type { Logger } from "./services.ts";

/**
 * Runs `task` every `everyMs`, never overlapping itself; a failing run is logged and the next one
 * still happens. Returns a stop function that waits for a run in progress.
 */
export function startInterval(
  log: Logger,
  name: string,
  everyMs: number,
  task: () => Promise<unknown>,
): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = task()
      .catch((error: unknown) => log.error(`${name} failed`, { error: String(error) }))
      .finally(() => (running = undefined));
  }, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
