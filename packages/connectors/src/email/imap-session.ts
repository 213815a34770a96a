import type { ImapFlow } from "imapflow";

const LOGOUT_TIMEOUT_MS = 5_000;

/**
 * Connects, runs `work`, and always ends the session: LOGOUT when possible, else the socket is
 * closed. An abort closes the connection at once, which fails whatever command is running.
 */
export async function withImapSession<T>(
  client: ImapFlow,
  signal: AbortSignal,
  work: (client: ImapFlow) => Promise<T>,
): Promise<T> {
  signal.throwIfAborted();
  const abort = () => client.close();
  signal.addEventListener("abort", abort, { once: true });
  // A dropped connection is reported through the failing command; without a listener 'error' would throw.
  client.on("error", () => undefined);
  try {
    await client.connect();
    return await work(client);
  } finally {
    signal.removeEventListener("abort", abort);
    await endSession(client);
  }
}

export async function endSession(client: ImapFlow): Promise<void> {
  if (client.usable) {
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, LOGOUT_TIMEOUT_MS).unref());
    await Promise.race([client.logout().catch(() => undefined), timeout]);
  }
  client.close();
}
