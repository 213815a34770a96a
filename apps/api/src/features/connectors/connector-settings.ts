import { connectorOf, type AnyConnector } from "@emma/connectors";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { openSecrets, SecretBoxError, type SecretKey } from "../../crypto/secret-box.ts";
import { scrubSecrets } from "./scrub-secrets.ts";

export type SecretValues = Record<string, unknown>;

/** The registry's connector for `kind`, or a BAD_REQUEST that lists the kinds there are. */
export function requireKind(kind: string): AnyConnector {
  const connector = connectorOf(kind);
  if (connector) return connector;
  throw new TRPCError({
    code: "BAD_REQUEST",
    message: `Unknown connector kind "${kind}"; see connectors.kinds for the ones Emma knows`,
  });
}

/**
 * Config checked by the kind's schema; its output (defaults filled in) is what is stored. `secrets`
 * are the values to scrub from the message.
 */
export function validConfig(connector: AnyConnector, config: unknown, secrets: unknown) {
  return validOrRefuse(connector.configSchema, config, "config", secrets);
}

/** Secrets checked by the kind's schema. Messages are scrubbed of the values just given. */
export function validSecrets(connector: AnyConnector, candidate: SecretValues, note = ""): SecretValues {
  return validOrRefuse(connector.secretsSchema, candidate, "secrets", candidate, note) as SecretValues;
}

function validOrRefuse(
  schema: z.ZodType,
  value: unknown,
  root: "config" | "secrets",
  secrets: unknown,
  note = "",
): unknown {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  // Issue messages name the rule broken, not the value; scrubbed anyway in case a custom one echoes it.
  // The ZodError is not attached as cause: the error formatter would send its messages unscrubbed.
  const problems = parsed.error.issues.map((issue) => `${[root, ...issue.path].join(".")}: ${issue.message}`);
  throw new TRPCError({
    code: "BAD_REQUEST",
    message: scrubSecrets(`${note}Invalid ${root}: ${problems.join("; ")}`, secrets),
  });
}

/** The stored secrets, opened; `readable` is false when they cannot be (e.g. another secret key). */
export function storedSecrets(
  key: SecretKey,
  sealed: string | null,
): { values: SecretValues; readable: boolean } {
  if (sealed === null) return { values: {}, readable: true };
  try {
    const opened = openSecrets(key, sealed);
    return { values: isRecord(opened) ? opened : {}, readable: true };
  } catch (error) {
    if (error instanceof SecretBoxError) return { values: {}, readable: false };
    throw error;
  }
}

/** A secrets patch over the stored values: a value replaces, null removes, an omitted field stays. */
export function mergeSecrets(stored: SecretValues, patch: SecretValues | undefined): SecretValues {
  const merged = Object.entries({ ...stored, ...patch }).filter(([, value]) => value !== null);
  return Object.fromEntries(merged);
}

/** Says why the merged secrets may lack fields the admin did not touch. */
export function unreadableNote(readable: boolean): string {
  return readable
    ? ""
    : "The stored secrets could not be opened (was the secret key changed?), so enter all of them again. ";
}

function isRecord(value: unknown): value is SecretValues {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
