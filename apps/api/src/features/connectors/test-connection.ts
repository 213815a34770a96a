import type { ConnectorTestInput } from "@emma/core";
import type { AnyConnector } from "@emma/connectors";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { SecretKey } from "../../crypto/secret-box.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import {
  mergeSecrets,
  requireKind,
  storedSecrets,
  unreadableNote,
  validConfig,
  validSecrets,
} from "./connector-settings.ts";
import { scrubSecrets } from "./scrub-secrets.ts";
import { candidateProviderContext, storedProviderContext } from "../../connector-runtime/load-connector.ts";
import { clearReconnectNeeded, markReconnectNeeded } from "../../connector-runtime/reconnect-state.ts";
import { deliveryFacts } from "./delivery-facts.ts";
import { runHealthCheck } from "./run-health-check.ts";

/** Long enough for a slow mail server's login, short enough for an admin waiting at the button. */
export const CONNECTION_TEST_TIMEOUT_MS = 15_000;

/** `tested` is false for a kind with nothing to reach (it only receives). */
export type ConnectionTestResult =
  | {
      ok: true;
      tested: true;
      detail: string;
      warnings: string[];
      facts: Record<string, string>;
      /** When the connector's token stops working (ISO), if the provider said. */
      tokenExpiresAt?: string;
    }
  | { ok: false; tested: boolean; error: string; reconnect?: boolean };

/**
 * "Test connection": the kind's health check with the stored settings, or with unsaved ones from the
 * form (config replacing, secrets merged over the stored). A failure with the stored settings is
 * recorded as the connector's last error; a candidate's is only answered. Nothing the check says
 * leaves with a secret value in it.
 */
export async function testConnection(
  db: Kysely<Database>,
  props: {
    caller: Caller;
    input: ConnectorTestInput;
    secretKey: SecretKey;
    ip: string | null;
    now: Date;
    timeoutMs?: number;
  },
) {
  const { input, now } = props;
  const row = await db
    .selectFrom("connectors")
    .select(["id", "kind", "config", "secrets"])
    .where("id", "=", input.connectorId)
    .executeTakeFirst();
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "No such connector" });
  const connector = requireKind(row.kind);
  const candidate = input.config !== undefined || input.secrets !== undefined;
  const stored = storedSecrets(props.secretKey, row.secrets);
  const secretValues = [stored.values, input.secrets];

  const checkHealth = connector.checkHealth?.bind(connector);
  let result: ConnectionTestResult;
  if (!checkHealth) {
    result = {
      ok: false,
      tested: false,
      error: `${connector.title} has no connection to test: the provider calls Emma, Emma calls no one`,
    };
  } else {
    const settings = candidate
      ? {
          config: validConfig(connector, input.config ?? row.config, secretValues),
          secrets: validSecrets(
            connector,
            mergeSecrets(stored.values, input.secrets),
            unreadableNote(stored.readable),
          ),
        }
      : storedSettings(connector, row.config, stored);
    const outcome =
      "error" in settings
        ? settings
        : await runHealthCheck(
            () =>
              checkHealth(
                candidate
                  ? candidateProviderContext(settings)
                  : storedProviderContext(db, props.secretKey, row.id, connector, settings),
              ),
            props.timeoutMs ?? CONNECTION_TEST_TIMEOUT_MS,
          );
    const scrub = (text: string) => scrubSecrets(text, secretValues);
    result = outcome.ok
      ? {
          ok: true,
          tested: true,
          detail: scrub(outcome.detail),
          warnings: (outcome.warnings ?? []).map(scrub),
          facts: Object.fromEntries(
            Object.entries(outcome.facts ?? {}).map(([name, value]) => [name, scrub(value)]),
          ),
          ...(outcome.tokenExpiresAt ? { tokenExpiresAt: outcome.tokenExpiresAt.toISOString() } : {}),
        }
      : {
          ok: false,
          tested: true,
          error: scrub(outcome.error).slice(0, 2000),
          ...("reconnect" in outcome && outcome.reconnect ? { reconnect: true } : {}),
        };
  }

  if (!candidate && result.ok) {
    const delivery = await deliveryFacts(db, connector, row.id, now);
    result = {
      ...result,
      facts: { ...result.facts, ...delivery.facts },
      warnings: [...result.warnings, ...delivery.warnings],
    };
  }

  await db.transaction().execute(async (trx) => {
    if (!candidate && result.tested && !result.ok) {
      await trx
        .updateTable("connectors")
        .set({ last_error: result.error, last_error_at: now })
        .where("id", "=", row.id)
        .execute();
      if (result.reconnect) await markReconnectNeeded(trx, row.id, result.error, now);
    }
    if (!candidate && result.ok) await clearReconnectNeeded(trx, row.id);
    // The board shows what the last test of the stored settings said; a candidate's says nothing about them.
    if (!candidate && result.tested)
      await trx
        .updateTable("connectors")
        .set({
          last_check_at: now,
          last_check_warnings: JSON.stringify(result.ok ? result.warnings : []),
          // It works now: an earlier error (a poll's, a test's) no longer describes the connection.
          ...(result.ok ? { last_error: null, last_error_at: null } : {}),
          ...(result.ok
            ? { token_expires_at: result.tokenExpiresAt ? new Date(result.tokenExpiresAt) : null }
            : {}),
        })
        .where("id", "=", row.id)
        .execute();
    await writeAudit(trx, {
      actorUserId: props.caller.userId,
      action: "connector.tested",
      subjectType: "connector",
      subjectId: row.id,
      details: {
        candidate,
        ok: result.ok,
        tested: result.tested,
        ...(result.ok ? {} : { error: result.error }),
      },
      ip: props.ip,
      at: now,
    });
  });
  return result;
}

/** The stored settings, or as a failed check why they cannot be used. */
function storedSettings(
  connector: AnyConnector,
  config: unknown,
  stored: ReturnType<typeof storedSecrets>,
): { config: unknown; secrets: unknown } | { ok: false; error: string } {
  if (!stored.readable) {
    return { ok: false, error: "The stored secrets could not be opened (was the secret key changed?)" };
  }
  try {
    return {
      config: validConfig(connector, config, stored.values),
      secrets: validSecrets(connector, stored.values),
    };
  } catch (error) {
    // The stored settings break the kind's rules (e.g. a field it added since): a failed test.
    if (error instanceof TRPCError) return { ok: false, error: `Stored settings: ${error.message}` };
    throw error;
  }
}
