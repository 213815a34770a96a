import { isSupportedCountry, type CountryCode } from "libphonenumber-js";
import { z } from "zod";

export type { CountryCode };

/** A connector's default country for numbers written without a country code ("0171 …" in Germany). */
export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .transform((code, ctx): CountryCode => {
    if (isSupportedCountry(code)) return code;
    ctx.addIssue({
      code: "custom",
      message: `"${code}" is not a country we can read phone numbers for (ISO 3166 alpha-2, e.g. DE)`,
    });
    return z.NEVER;
  })
  .describe("ISO 3166-1 alpha-2 country used for phone numbers without a country code, e.g. DE");
