import type { IncomingMessage, ServerResponse } from "node:http";
import { holdingRowSchema, holdingsRequestSchema } from "@emma/core";
import type { AppServices } from "../../services.ts";
import { importHoldings } from "./import-holdings.ts";
import { serveIntegrationImport } from "./serve-integration-import.ts";

/** POST /import/holdings — accounts, cards, loans and policies from a system of record. */
export function serveHoldingsImport(
  services: AppServices,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  return serveIntegrationImport(services, request, response, {
    what: "holdings",
    requestSchema: holdingsRequestSchema,
    rowSchema: holdingRowSchema,
    importRows: (props) => importHoldings(services.database.db, props),
  });
}
