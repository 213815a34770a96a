import { describe, expect, it } from "vitest";
import { formatWait, loginFailure } from "./login-failure.ts";

describe("loginFailure", () => {
  it("takes a throttled sign-in's reason and wait from the error data", () => {
    expect(
      loginFailure("TOO_MANY_REQUESTS", {
        code: "TOO_MANY_REQUESTS",
        loginRefusal: { reason: "account-delay", retryAfterSeconds: 8 },
      }),
    ).toEqual({ kind: "throttled", refusal: { reason: "account-delay", retryAfterSeconds: 8 } });
  });

  it("still says 'wait' when the data says nothing more (an older API)", () => {
    expect(loginFailure("TOO_MANY_REQUESTS", { code: "TOO_MANY_REQUESTS" })).toEqual({
      kind: "throttled",
      refusal: null,
    });
  });

  it("tells wrong credentials, no connection and anything else apart", () => {
    expect(loginFailure("UNAUTHORIZED", {})).toEqual({ kind: "wrong-credentials" });
    expect(loginFailure(null, undefined)).toEqual({ kind: "network" });
    expect(loginFailure("INTERNAL_SERVER_ERROR", {})).toEqual({ kind: "other" });
  });
});

describe("formatWait", () => {
  it("says the wait in the console's language", () => {
    expect(formatWait(1, "de")).toBe("1 Sekunde");
    expect(formatWait(30, "en")).toBe("30 seconds");
    expect(formatWait(300, "de")).toBe("5 Minuten");
    expect(formatWait(121, "en")).toBe("3 minutes");
  });
});
