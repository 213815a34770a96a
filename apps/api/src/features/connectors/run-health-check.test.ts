import { describe, expect, it } from "vitest";
import { runHealthCheck } from "./run-health-check.ts";
import { scrubSecrets } from "./scrub-secrets.ts";

describe("runHealthCheck", () => {
  it("answers a check that never ends as failed once the time is up", async () => {
    const never = () => new Promise<never>(() => undefined);
    await expect(runHealthCheck(never, 20)).resolves.toEqual({ ok: false, error: "No answer within 20 ms" });
  });

  it("turns a thrown error into a failed check", async () => {
    const throws = () => Promise.reject(new Error("ECONNREFUSED"));
    await expect(runHealthCheck(throws, 1000)).resolves.toEqual({ ok: false, error: "ECONNREFUSED" });
    const throwsAtOnce = (): Promise<never> => {
      throw new Error("bad settings");
    };
    await expect(runHealthCheck(throwsAtOnce, 1000)).resolves.toEqual({ ok: false, error: "bad settings" });
  });

  it("passes the check's own answer through", async () => {
    const fine = () => Promise.resolve({ ok: true as const, detail: "IMAP ok" });
    await expect(runHealthCheck(fine, 1000)).resolves.toEqual({ ok: true, detail: "IMAP ok" });
  });
});

describe("scrubSecrets", () => {
  it("replaces every occurrence of every secret, longest first, from nested sources", () => {
    const text = "login pw=hunter2-extra failed; hunter2 again; token abc123";
    expect(scrubSecrets(text, { password: "hunter2" }, { long: "hunter2-extra", nested: ["abc123"] })).toBe(
      "login pw=*** failed; *** again; token ***",
    );
  });

  it("ignores empty values and sources without strings", () => {
    expect(scrubSecrets("nothing secret", { empty: "" }, undefined, null, { flag: true })).toBe(
      "nothing secret",
    );
  });
});
