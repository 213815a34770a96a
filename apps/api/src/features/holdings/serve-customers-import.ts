import type { IncomingMessage, ServerResponse } from "node:http";
import { personRecordRowSchema, personRecordsRequestSchema } from "@emma/core";
import type { AppServices } from "../../services.ts";
import { sweepAfterImport } from "../matching/sweep-after-import.ts";
import { importPersonRecords } from "./import-person-records.ts";
import { serveIntegrationImport } from "./serve-integration-import.ts";

/**
 * POST /import/customers — people from a system of record (customer number, name, date of birth,
 * postal address), with the same integration keys as /import/holdings; afterwards a sweep looks
 * for the people's twins.
 */
export function serveCustomersImport(
  services: AppServices,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  return serveIntegrationImport(services, request, response, {
    what: "people",
    requestSchema: personRecordsRequestSchema,
    rowSchema: personRecordRowSchema,
    importRows: (props) => importPersonRecords(services.database.db, props),
    afterImport: async (now) => {
      await sweepAfterImport(services.database.db, services.log, now);
      services.matching.wake();
    },
  });
}
