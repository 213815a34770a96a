import { loginRefusalSchema, type LoginRefusal } from "@emma/core";
import { z } from "zod";

/** Why a sign-in failed, as the login screen words it. */
export type LoginFailure =
  | { kind: "wrong-credentials" }
  | { kind: "throttled"; refusal: LoginRefusal | null }
  | { kind: "network" }
  | { kind: "other" };

const errorDataSchema = z.object({ loginRefusal: loginRefusalSchema.nullish() });

/** From a failed login call's tRPC code and error data; the API's English message is never shown. */
export function loginFailure(code: string | null, data: unknown): LoginFailure {
  switch (code) {
    case null:
      return { kind: "network" };
    case "UNAUTHORIZED":
      return { kind: "wrong-credentials" };
    case "TOO_MANY_REQUESTS": {
      const parsed = errorDataSchema.safeParse(data);
      return { kind: "throttled", refusal: parsed.success ? (parsed.data.loginRefusal ?? null) : null };
    }
    default:
      return { kind: "other" };
  }
}

/** "30 Sekunden", "5 minutes": seconds up to two minutes, whole minutes (rounded up) beyond. */
export function formatWait(seconds: number, language: string): string {
  const [value, unit] = seconds <= 120 ? [seconds, "second"] : [Math.ceil(seconds / 60), "minute"];
  return new Intl.NumberFormat(language, { style: "unit", unit, unitDisplay: "long" }).format(value);
}
