/**
 * A Twilio request's parameters. Form bodies may repeat a key; Twilio signs every value, so repeats
 * are kept as arrays.
 */
export type TwilioParams = Readonly<Record<string, string | readonly string[]>>;

/** Reads an application/x-www-form-urlencoded body ('+' is a space, as in every HTML form). */
export function parseFormParams(body: string): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const earlier = params[key];
    params[key] = earlier === undefined ? value : [...(Array.isArray(earlier) ? earlier : [earlier]), value];
  }
  return params;
}

/**
 * Reads a JSON object body into the same shape. Scalars become strings, as they would in a form;
 * nested values are not Twilio voice parameters and are left out. Throws on anything but an object.
 */
export function parseJsonParams(body: string): Record<string, string> {
  const parsed: unknown = JSON.parse(body);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error("The JSON body is not an object of parameters");
  }
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      params[key] = String(value);
    }
  }
  return params;
}
