import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import type { AppRouter } from "../../api/router-types.ts";
import { userRefusalOf } from "./user-refusal.ts";

function clientError(data: unknown): TRPCClientError<AppRouter> {
  return TRPCClientError.from<AppRouter>({ error: { code: -32600, message: "refused", data } });
}

describe("userRefusalOf", () => {
  it("reads the account rule the API named", () => {
    expect(userRefusalOf(clientError({ code: "BAD_REQUEST", userRefusal: "last_admin" }))).toBe("last_admin");
    expect(userRefusalOf(clientError({ code: "CONFLICT", userRefusal: "email_taken" }))).toBe("email_taken");
  });

  it("gives null for other failures, unknown codes and network errors", () => {
    expect(userRefusalOf(clientError({ code: "FORBIDDEN", userRefusal: null }))).toBeNull();
    expect(userRefusalOf(clientError({ code: "BAD_REQUEST", userRefusal: "made_up" }))).toBeNull();
    expect(userRefusalOf(new Error("offline"))).toBeNull();
  });
});
