import type { SendOutcome } from "@emma/connectors";
import type { Kysely } from "kysely";
import { loadConnector } from "../connector-runtime/load-connector.ts";
import type { SecretKey } from "../crypto/secret-box.ts";
import type { Database } from "../db/schema.ts";
import type { ClaimedSend } from "./claim-sends.ts";
import { UnsendableReplyError, outboundMessage } from "./outbound-message.ts";

/**
 * One attempt to hand a reply to its provider. Every way it can go wrong becomes an outcome with a
 * sentence for the agent: a refusal by the provider is permanent only when the connector says so; a
 * connector that is disabled, misconfigured or slow is temporary, so fixing it lets the reply go.
 */
export async function deliverSend(
  db: Kysely<Database>,
  secretKey: SecretKey,
  send: ClaimedSend,
  timeoutMs: number,
): Promise<SendOutcome> {
  if (!send.connectorId)
    return {
      ok: false,
      permanent: true,
      error: "This conversation has no channel connection to answer through",
    };
  try {
    const loaded = await loadConnector(db, secretKey, send.connectorId);
    if (!loaded.connector.send)
      return {
        ok: false,
        permanent: true,
        error: `"${loaded.name}" (${loaded.connector.title}) cannot send replies`,
      };
    if (!loaded.enabled)
      return {
        ok: false,
        permanent: false,
        error: `"${loaded.name}" is disabled; the reply goes out once it is enabled`,
      };
    const message = await outboundMessage(db, send);
    return await withTimeout(loaded.connector.send(message, loaded.context), timeoutMs);
  } catch (error) {
    return {
      ok: false,
      permanent: error instanceof UnsendableReplyError,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`The provider did not answer within ${String(ms / 1000)} s`)),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
