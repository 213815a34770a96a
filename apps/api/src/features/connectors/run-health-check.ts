import { ReconnectNeededError, type HealthCheck } from "@emma/connectors";

/** The check's answer; a thrown error, or no answer within `timeoutMs`, as a failed check. */
export async function runHealthCheck(
  check: () => Promise<HealthCheck>,
  timeoutMs: number,
): Promise<HealthCheck> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<HealthCheck>((resolve) => {
    timer = setTimeout(() => {
      const wait = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
      resolve({ ok: false, error: `No answer within ${wait}` });
    }, timeoutMs);
  });
  try {
    // The check cannot be cancelled; after a timeout its late answer is ignored (race handles it).
    return await Promise.race([Promise.resolve().then(check), timeout]);
  } catch (error) {
    return {
      ok: false,
      error: error instanceof Error ? error.message : String(error),
      ...(error instanceof ReconnectNeededError ? { reconnect: true } : {}),
    };
  } finally {
    clearTimeout(timer);
  }
}
