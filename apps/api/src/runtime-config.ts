import { fileURLToPath } from "node:url";
import { sourceSystemSchema } from "@emma/core";
import { z } from "zod";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

const notAnOrigin = (issue: { input: unknown }) =>
  `"${String(issue.input)}" is not an origin: write http(s)://host[:port], without a path or a trailing slash`;
const originSchema = z
  .url({ protocol: /^https?$/, error: notAnOrigin })
  .refine((value) => URL.canParse(value) && new URL(value).origin === value, { error: notAnOrigin });

/** The console's vite dev server (`pnpm --filter @emma/desktop dev`), which only `emma demo` trusts. */
export const DEVELOPMENT_CONSOLE_ORIGINS = ["http://localhost:5173", "http://127.0.0.1:5173"];

const envSchema = z.object({
  PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(4400)
    .describe("Port of the API and the served console"),
  HOST: z
    .string()
    .default("127.0.0.1")
    .describe("Interface to listen on; 0.0.0.0 to be reachable from other machines"),
  DATABASE_URL: z.string().optional().describe("postgres://… for PostgreSQL; unset for the embedded PGlite"),
  EMMA_DATA_DIR: z.string().default(`${repoRoot}.emma-data`).describe("Embedded database, secret key file"),
  EMMA_DEFAULT_COUNTRY: z
    .string()
    .length(2)
    .default("DE")
    .describe("Country for phone numbers without a country code"),
  EMMA_CONSOLE_ORIGINS: z
    .string()
    .default("")
    .transform((list) =>
      list
        .split(",")
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(originSchema))
    .describe(
      "Comma-separated browser origins allowed to call the API from another origin; none by default " +
        "(the console served at / needs none), `emma demo` adds the development console's",
    ),
  EMMA_DEMO_TRAFFIC: z
    .enum(["on", "off"])
    .default("on")
    .describe("emma demo: simulated customers call the Twilio hotline every minute or so"),
  EMMA_FILE_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(25 * 1024 * 1024)
    .describe(
      "Largest file Emma fetches and keeps from a URL an inbound item names (Messenger attachments), or an agent uploads for a reply",
    ),
  EMMA_LIVE_HOLDINGS_URLS: z
    .string()
    .default("")
    .transform((list) =>
      Object.fromEntries(
        list
          .split(",")
          .map((entry) => entry.trim())
          .filter(Boolean)
          .map((entry) => [entry.slice(0, entry.indexOf("=")), entry.slice(entry.indexOf("=") + 1)]),
      ),
    )
    .pipe(z.record(sourceSystemSchema, z.url().includes("{customerNumber}")))
    .describe(
      "Comma-separated source=URL pairs where the 360 asks for a customer's holdings live, " +
        "e.g. core-banking=https://core.example/customers/{customerNumber}/holdings",
    ),
  EMMA_FILE_FETCH_ALLOW: z
    .string()
    .default("")
    .transform((list) =>
      list
        .split(",")
        .map((address) => address.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()])))
    .describe(
      "Comma-separated private addresses or CIDR ranges files may be fetched from anyway (a simulator on " +
        "127.0.0.1); every other private, loopback or link-local address is refused",
    ),
  EMMA_INGEST_RETRY_UNIT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(60 * 60_000)
    .default(5_000)
    .describe(
      "A failed inbound event is tried again after this many milliseconds times its attempts squared " +
        "(5 s, 20 s, 45 s …, given up after 5 attempts); also how often due retries are looked for. " +
        "Shorter only for tests that wait for an event to be given up",
    ),
  EMMA_CONSOLE_DIR: z
    .string()
    .default(`${repoRoot}apps/desktop/dist/renderer`)
    .describe("The built console, served at /"),
});
export type RuntimeConfig = z.infer<typeof envSchema>;

/** Reads the environment once, with a clear message for every wrong value. */
export function runtimeConfig(env: NodeJS.ProcessEnv): RuntimeConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** `emma demo` is development: the configured origins plus the dev server's. */
export function withDevelopmentOrigins(config: RuntimeConfig): RuntimeConfig {
  return {
    ...config,
    EMMA_CONSOLE_ORIGINS: [...new Set([...config.EMMA_CONSOLE_ORIGINS, ...DEVELOPMENT_CONSOLE_ORIGINS])],
    // The demo's simulated Messenger serves its attachment files on this machine.
    EMMA_FILE_FETCH_ALLOW: [...new Set([...config.EMMA_FILE_FETCH_ALLOW, "127.0.0.1"])],
  };
}
