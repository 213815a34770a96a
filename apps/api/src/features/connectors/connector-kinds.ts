import { CONNECTORS, type AnyConnector } from "@emma/connectors";
import { z } from "zod";

type JsonSchema = Record<string, unknown>;

let kinds: ConnectorKindView[] | undefined;

/**
 * The connector kinds Emma knows, with their settings as JSON Schema so the admin screen can render
 * a form without knowing any kind. `io: "input"` describes what may be sent: fields with a default
 * are optional. Computed once: the registry is fixed for the life of the process.
 */
export function listConnectorKinds(): ConnectorKindView[] {
  kinds ??= Object.values(CONNECTORS)
    .map(presentKind)
    .sort((a, b) => a.title.localeCompare(b.title));
  return kinds;
}

function presentKind(connector: AnyConnector) {
  const secretsSchema = jsonSchemaOf(connector.secretsSchema);
  return {
    kind: connector.kind,
    title: connector.title,
    channels: [...connector.channels],
    receivesWebhooks: connector.acceptWebhook !== undefined,
    polls: connector.poll !== undefined,
    sends: connector.send !== undefined,
    testable: connector.checkHealth !== undefined,
    configSchema: jsonSchemaOf(connector.configSchema),
    secretsSchema,
    /** Every field here is write-only: `get` says whether it is set, never what it is. */
    secretFields: fieldsOf(secretsSchema),
  };
}
export type ConnectorKindView = ReturnType<typeof presentKind>;

/** The names of a kind's secret fields; none for a kind the registry no longer has. */
export function secretFieldsOf(kind: string): string[] {
  return listConnectorKinds().find((view) => view.kind === kind)?.secretFields ?? [];
}

function fieldsOf(schema: JsonSchema): string[] {
  const properties = schema.properties;
  return typeof properties === "object" && properties !== null ? Object.keys(properties) : [];
}

function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  // "any" for what JSON Schema cannot say (a transform's output, a custom check): the API validates anyway.
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
}
