import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sharedFixture } from "../test-support/shared-fixtures.ts";
import { hubSignature, verifyHubSignature } from "./signature.ts";

const fixtures = sharedFixture("signatures.json");

describe("X-Hub-Signature-256", () => {
  it.runIf(fixtures !== undefined)("agrees with every published vector in the shared fixtures", () => {
    const file = JSON.parse(readFileSync(fixtures ?? "", "utf8")) as {
      facebook: { secret: string; body: string; signature: string }[];
    };
    expect(file.facebook.length).toBeGreaterThan(0);
    for (const vector of file.facebook) {
      expect(hubSignature(vector.secret, vector.body)).toBe(vector.signature);
      expect(verifyHubSignature(vector.secret, Buffer.from(vector.body), vector.signature)).toEqual({
        ok: true,
      });
    }
  });

  it("signs the raw bytes: the same JSON with Meta's \\u escapes is another body", () => {
    const secret = "app-secret-0123456789";
    const escaped = Buffer.from('{"text":"Gr\\u00fc\\u00dfe"}');
    const reencoded = Buffer.from(JSON.stringify(JSON.parse(escaped.toString("utf8"))));
    const signature = hubSignature(secret, escaped);
    expect(verifyHubSignature(secret, escaped, signature)).toEqual({ ok: true });
    expect(verifyHubSignature(secret, reencoded, signature)).toEqual({
      ok: false,
      problem: "signature_mismatch",
    });
  });

  it("refuses another secret, a tampered body, a missing header and the old SHA-1 header's format", () => {
    const body = Buffer.from('{"object":"page","entry":[]}');
    const signature = hubSignature("right-secret-0123456", body);
    expect(verifyHubSignature("wrong-secret-0123456", body, signature).ok).toBe(false);
    expect(
      verifyHubSignature("right-secret-0123456", Buffer.from('{"object":"page","entry":[{}]}'), signature).ok,
    ).toBe(false);
    expect(verifyHubSignature("right-secret-0123456", body, undefined)).toEqual({
      ok: false,
      problem: "missing_signature",
    });
    expect(verifyHubSignature("right-secret-0123456", body, signature.replace("sha256=", "sha1=")).ok).toBe(
      false,
    );
  });

  it("accepts upper-case hex digits", () => {
    const body = Buffer.from("{}");
    const signature = hubSignature("a-secret-0123456789", body);
    expect(
      verifyHubSignature("a-secret-0123456789", body, `sha256=${signature.slice(7).toUpperCase()}`).ok,
    ).toBe(true);
  });
});
