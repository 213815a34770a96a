import { Client, type ClientConfig } from "pg";
import {
  assertChannel,
  deliver,
  wireChannel,
  type ClosableNotificationBus,
  type ErrorReporter,
} from "./notifications.ts";

type Handler = (payload: string) => void;

const firstRetryMs = 100;
const maxRetryMs = 5_000;

/**
 * LISTEN on one dedicated connection outside the pool: a pooled connection would be handed to
 * queries and its LISTENs would die with it. When the connection drops the bus retries with
 * backoff, LISTENs every channel again and tells `onReconnect` subscribers.
 */
export function createPostgresNotificationBus(
  config: ClientConfig,
  report: ErrorReporter,
): ClosableNotificationBus {
  const handlers = new Map<string, Set<Handler>>();
  const reconnectHandlers = new Set<() => void>();
  let live: { client: Client; schema: string } | undefined;
  let connecting: Promise<{ client: Client; schema: string }> | undefined;
  let reconnecting = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let closed = false;

  async function connect(): Promise<{ client: Client; schema: string }> {
    const client = new Client({ ...config, application_name: "emma-listen", keepAlive: true });
    client.on("error", (error) => dropped(client, error));
    client.on("end", () => dropped(client, new Error("connection ended")));
    try {
      await client.connect();
      const { rows } = await client.query<{ schema: string | null }>("select current_schema() as schema");
      const schema = rows[0]?.schema;
      if (!schema) throw new Error("the listener connection has no current schema: check search_path");
      client.on("notification", ({ channel, payload }) => dispatch(schema, channel, payload ?? ""));
      for (const channel of handlers.keys()) await client.query(`listen ${wireChannel(schema, channel)}`);
      if (closed) throw new Error("notification bus is closed");
      // Synchronously with `live`, so a listen() arriving now LISTENs itself instead of waiting for a loop that is done.
      live = { client, schema };
      reconnecting = false;
      return live;
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
  }

  function start(): Promise<{ client: Client; schema: string }> {
    const attempt = connect();
    connecting = attempt;
    attempt.catch(() => {
      if (connecting === attempt) connecting = undefined;
    });
    return attempt;
  }

  function dispatch(schema: string, wireName: string, payload: string): void {
    const prefix = `${schema}.`;
    if (!wireName.startsWith(prefix)) return;
    for (const handler of handlers.get(wireName.slice(prefix.length)) ?? [])
      deliver(handler, payload, report);
  }

  function dropped(client: Client, error: unknown): void {
    if (closed || live?.client !== client) return;
    live = undefined;
    connecting = undefined;
    reconnecting = true;
    report(error, "notification listener connection lost, reconnecting");
    retry(0);
  }

  function retry(attempt: number): void {
    const delay = Math.min(maxRetryMs, firstRetryMs * 2 ** attempt) * (0.5 + Math.random() / 2);
    retryTimer = setTimeout(() => {
      if (closed) return;
      start().then(
        () => {
          for (const handler of reconnectHandlers) deliver(handler, "", report);
        },
        (error: unknown) => {
          if (closed) return;
          if (attempt === 0) report(error, "notification listener reconnect failed, still retrying");
          retry(attempt + 1);
        },
      );
    }, delay);
    // A process with nothing else to do should not stay up just to retry.
    retryTimer.unref();
  }

  return {
    async listen(channel, handler) {
      assertChannel(channel);
      if (closed) throw new Error("notification bus is closed");
      const existing = handlers.get(channel);
      const set = existing ?? new Set<Handler>();
      set.add(handler);
      handlers.set(channel, set);
      // While reconnecting, the next connection LISTENs every registered channel.
      if (!existing && !reconnecting) {
        try {
          const { client, schema } = await (connecting ?? start());
          await client.query(`listen ${wireChannel(schema, channel)}`);
        } catch (error) {
          set.delete(handler);
          if (set.size === 0) handlers.delete(channel);
          throw error;
        }
      }
      let active = true;
      return async () => {
        if (!active) return;
        active = false;
        set.delete(handler);
        if (set.size > 0 || handlers.get(channel) !== set) return;
        handlers.delete(channel);
        const current = live;
        // A dropped connection has stopped listening already; there is nothing to undo.
        await current?.client
          .query(`unlisten ${wireChannel(current.schema, channel)}`)
          .catch(() => undefined);
      };
    },
    onReconnect(handler) {
      reconnectHandlers.add(handler);
      return () => reconnectHandlers.delete(handler);
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      const pending = connecting;
      live = undefined;
      connecting = undefined;
      const current = await pending?.catch(() => undefined);
      await current?.client.end();
    },
  };
}
