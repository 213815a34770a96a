import {
  customerExportJsonSchema,
  customerExportSchema,
  renderExportHtml,
  type CustomerExport,
} from "@emma/core";
import { strToU8, zipSync, type Zippable } from "fflate";

/** The export's documents in the ZIP, named in the export's language for the person who opens it. */
export const EXPORT_HTML_NAME = { de: "Auskunft.html", en: "export.html" } as const;

/**
 * One file for the customer: the data as JSON (checked against its own schema before it ships),
 * that schema, the readable document and every attachment file. Files are stored as they are
 * (most are compressed already); the text is deflated.
 */
export function buildExportZip(
  data: CustomerExport,
  files: ReadonlyMap<string, Uint8Array>,
  timeZone: string,
): Uint8Array {
  const checked = customerExportSchema.parse(data);
  const entries: Zippable = {
    "export.json": [strToU8(JSON.stringify(checked, null, 2)), { level: 6 }],
    "export.schema.json": [strToU8(JSON.stringify(customerExportJsonSchema(), null, 2)), { level: 6 }],
    [EXPORT_HTML_NAME[data.language]]: [strToU8(renderExportHtml(checked, timeZone)), { level: 6 }],
  };
  for (const [path, content] of files) entries[path] = [content, { level: 0 }];
  return zipSync(entries);
}
