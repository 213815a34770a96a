import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { twilioSignature, urlSpellings, verifyTwilioSignature } from "./signature.ts";
import { sharedFixture } from "../test-support/shared-fixtures.ts";
import { FORM_VECTOR, JSON_VECTOR } from "./twilio-vectors.ts";

const form = (params: Record<string, string>) => ({ kind: "form" as const, params });
const json = (body: string) => ({ kind: "json" as const, body: Buffer.from(body) });

describe("Twilio signatures", () => {
  it("computes the published form vector", () => {
    expect(twilioSignature(FORM_VECTOR.authToken, FORM_VECTOR.url, FORM_VECTOR.params)).toBe(
      FORM_VECTOR.signature,
    );
    expect(
      verifyTwilioSignature(
        FORM_VECTOR.authToken,
        FORM_VECTOR.signature,
        FORM_VECTOR.url,
        form(FORM_VECTOR.params),
      ),
    ).toEqual({ ok: true });
  });

  it("verifies the published JSON vector over the URL and the body hash", () => {
    expect(twilioSignature(JSON_VECTOR.authToken, JSON_VECTOR.url)).toBe(JSON_VECTOR.signature);
    expect(
      verifyTwilioSignature(
        JSON_VECTOR.authToken,
        JSON_VECTOR.signature,
        JSON_VECTOR.url,
        json(JSON_VECTOR.body),
      ),
    ).toEqual({ ok: true });
  });

  it("refuses a JSON body that is not the one hashed in the URL", () => {
    const verdict = verifyTwilioSignature(
      JSON_VECTOR.authToken,
      JSON_VECTOR.signature,
      JSON_VECTOR.url,
      json('{"property": "other"}'),
    );
    expect(verdict).toEqual({ ok: false, problem: "body_hash_mismatch" });
  });

  it("refuses a tampered parameter, another URL, another token and a missing header", () => {
    const { authToken, url, params, signature } = FORM_VECTOR;
    const check = (...args: Parameters<typeof verifyTwilioSignature>) => verifyTwilioSignature(...args);
    expect(check(authToken, signature, url, form({ ...params, Digits: "1235" }))).toMatchObject({
      problem: "signature_mismatch",
    });
    expect(check(authToken, signature, url.replace("foo=1", "foo=2"), form(params))).toMatchObject({
      problem: "signature_mismatch",
    });
    expect(check("54321", signature, url, form(params))).toMatchObject({ problem: "signature_mismatch" });
    expect(check(authToken, undefined, url, form(params))).toEqual({
      ok: false,
      problem: "missing_signature",
    });
    expect(check(authToken, "", url, form(params))).toEqual({ ok: false, problem: "missing_signature" });
  });

  it("accepts the URL signed with or without the default port, as Twilio's validator does", () => {
    const { authToken, params } = FORM_VECTOR;
    const withPort = twilioSignature(authToken, "https://mycompany.com:443/myapp.php?foo=1", params);
    const withoutPort = twilioSignature(authToken, "https://mycompany.com/myapp.php?foo=1", params);
    expect(
      verifyTwilioSignature(authToken, withPort, "https://mycompany.com/myapp.php?foo=1", form(params)).ok,
    ).toBe(true);
    expect(
      verifyTwilioSignature(authToken, withoutPort, "https://mycompany.com:443/myapp.php?foo=1", form(params))
        .ok,
    ).toBe(true);
    expect(
      verifyTwilioSignature(authToken, withPort, "https://mycompany.com:8443/myapp.php?foo=1", form(params))
        .ok,
    ).toBe(false);
  });

  it("spells a URL with and without its port", () => {
    expect(urlSpellings("http://h.example/a?b=1")).toEqual([
      "http://h.example/a?b=1",
      "http://h.example:80/a?b=1",
    ]);
    expect(urlSpellings("https://h.example:8443/a")).toEqual([
      "https://h.example:8443/a",
      "https://h.example/a",
    ]);
  });

  it("signs every value of a repeated key, sorted", () => {
    const one = twilioSignature("t", "https://x.example/", { A: ["2", "1"], B: "x" });
    const other = twilioSignature("t", "https://x.example/", { B: "x", A: ["1", "2"] });
    expect(one).toBe(other);
    expect(one).not.toBe(twilioSignature("t", "https://x.example/", { A: "1", B: "x" }));
  });

  const fixtures = sharedFixture("signatures.json");
  it.runIf(fixtures !== undefined)("agrees with every Twilio vector in the shared fixtures", () => {
    const file = JSON.parse(readFileSync(fixtures ?? "", "utf8")) as {
      twilio: {
        authToken: string;
        url: string;
        params?: Record<string, string>;
        body?: string;
        signature: string;
      }[];
    };
    for (const vector of file.twilio) {
      const payload = vector.body === undefined ? form(vector.params ?? {}) : json(vector.body);
      expect(verifyTwilioSignature(vector.authToken, vector.signature, vector.url, payload)).toEqual({
        ok: true,
      });
    }
  });
});
