import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Load generators run in a child process, like an external client would: on the API's own event
 * loop they would steal its CPU and inflate every figure. Protocol over IPC: the parent sends
 * `start` with the input; the child may `ask` at a named checkpoint (the parent answers when it has
 * done its part, e.g. turned a probe off) and finally sends `result`.
 */
/** What a child script takes and gives back. */
export interface ChildSpec {
  input: unknown;
  result: unknown;
}
type ToChild<I> = { type: "start"; input: I } | { type: "continue"; checkpoint: string };
type ToParent<R> =
  { type: "result"; result: R } | { type: "ask"; checkpoint: string } | { type: "error"; message: string };

export function runChild<S extends ChildSpec>(
  file: URL,
  input: S["input"],
  onCheckpoint: (name: string) => Promise<void> | void = () => undefined,
): Promise<S["result"]> {
  type R = S["result"];
  type I = S["input"];
  const child = fork(fileURLToPath(file), [], {
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise<R>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, result?: R) => {
      if (settled) return;
      settled = true;
      if (error) {
        child.kill();
        reject(error);
      } else resolve(result);
    };
    child.on("message", (raw) => {
      const message = raw as ToParent<R>;
      if (message.type === "result") finish(null, message.result);
      else if (message.type === "error") finish(new Error(`load generator failed: ${message.message}`));
      else {
        void Promise.resolve(onCheckpoint(message.checkpoint)).then(
          () => child.send({ type: "continue", checkpoint: message.checkpoint } satisfies ToChild<I>),
          (error: unknown) => finish(error instanceof Error ? error : new Error(String(error))),
        );
      }
    });
    child.on("error", (error) => finish(error));
    child.on("exit", (code) =>
      finish(new Error(`load generator exited with code ${String(code)} before its result`)),
    );
    child.send({ type: "start", input } satisfies ToChild<I>);
  });
}

/** The child's side: runs `work` with the parent's input and a way to wait at checkpoints. */
export function childMain<S extends ChildSpec>(
  work: (input: S["input"], ask: (checkpoint: string) => Promise<void>) => Promise<S["result"]>,
): void {
  type R = S["result"];
  type I = S["input"];
  const waiting = new Map<string, () => void>();
  const send = (message: ToParent<R>, then?: () => void) =>
    process.send?.(message, undefined, {}, () => then?.());
  process.on("message", (raw) => {
    const message = raw as ToChild<I>;
    if (message.type === "continue") {
      waiting.get(message.checkpoint)?.();
      waiting.delete(message.checkpoint);
      return;
    }
    const ask = (checkpoint: string) =>
      new Promise<void>((resolve) => {
        waiting.set(checkpoint, resolve);
        send({ type: "ask", checkpoint });
      });
    work(message.input, ask).then(
      // Exit explicitly: idle keep-alive sockets must not hold the load generator open.
      (result) => send({ type: "result", result }, () => process.exit(0)),
      (error: unknown) =>
        send(
          { type: "error", message: error instanceof Error ? (error.stack ?? error.message) : String(error) },
          () => process.exit(1),
        ),
    );
  });
}
