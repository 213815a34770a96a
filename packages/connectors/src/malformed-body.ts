import { z } from "zod";
import type { WebhookRefusal } from "./connector.ts";

/** A 400 that tells the sender what is wrong with its body: zod's own readable list, or the parse error. */
export function malformedBody(what: string, error: unknown): WebhookRefusal {
  const detail =
    error instanceof z.ZodError
      ? z.prettifyError(error)
      : error instanceof Error
        ? error.message
        : String(error);
  return { ok: false, status: 400, code: "malformed", message: `The body is not ${what}: ${detail}` };
}
