import { connect } from "node:net";

/** Resolves once something on the port greets with "* OK" (an IMAP server is ready); rejects on exit or timeout. */
export async function waitForGreeting(port: number, exited: Promise<void>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const state = { stopped: false };
  void exited.then(() => (state.stopped = true));
  while (Date.now() < deadline) {
    if (state.stopped) throw new Error("the server exited");
    if (await greets(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no greeting on port ${port} within ${timeoutMs} ms`);
}

function greets(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once("error", () => done(false));
    // A listener whose login process cannot start accepts and closes at once.
    socket.once("close", () => done(false));
    socket.once("data", (data) => done(data.toString().startsWith("* OK")));
  });
}
