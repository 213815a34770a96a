import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient } from "../test/http-client.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";

let t: TestApp;
let url: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ url } = await t.app.listen(0));
});
afterAll(() => t.close());

const agent = () => ({ authorization: `Bearer ${t.users.agent.token}` });

/** A batched GET, as httpBatchLink sends queries: the batch handler serves it. */
async function batchGet(paths: string[], inputs: unknown[], headers: Record<string, string> = {}) {
  const input = encodeURIComponent(JSON.stringify(Object.fromEntries(inputs.map((value, i) => [i, value]))));
  const response = await fetch(`${url}/trpc/${paths.join(",")}?batch=1&input=${input}`, { headers });
  return { status: response.status, headers: response.headers, body: (await response.json()) as unknown[] };
}

/** The same single call without batching: tRPC's own handler serves it. */
async function plainGet(path: string, input: unknown, headers: Record<string, string> = {}) {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await fetch(`${url}/trpc/${path}${query}`, { headers });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe("batched calls", () => {
  it("answer exactly as tRPC's own handler does: results, refusals and invalid input", async () => {
    const customerId = "00000000-0000-4000-8000-000000000000";
    const cases: [path: string, input: unknown, headers: Record<string, string>][] = [
      ["auth.me", undefined, agent()],
      ["auth.me", undefined, {}],
      ["users.list", undefined, agent()],
      ["timeline.list", { customerId: "not-an-id" }, agent()],
      ["timeline.list", { customerId }, agent()],
    ];
    const statuses: number[] = [];
    for (const [path, input, headers] of cases) {
      const batched = await batchGet([path], [input], headers);
      const plain = await plainGet(path, input, headers);
      expect(batched.status, path).toBe(plain.status);
      expect(batched.body, path).toEqual([plain.body]);
      // Two different handlers answered: ours in one piece, tRPC's as a stream.
      expect(batched.headers.get("content-length"), path).not.toBeNull();
      expect(plain.headers.get("transfer-encoding"), path).toBe("chunked");
      statuses.push(batched.status);
    }
    expect(statuses).toEqual([200, 401, 403, 400, 404]);
  });

  it("answer a batch of a result and a refusal with 207 and both, in order", async () => {
    const answer = await batchGet(["auth.me", "users.list"], [undefined, undefined], agent());
    expect(answer.status).toBe(207);
    expect(answer.body).toMatchObject([
      { result: { data: { role: "agent" } } },
      { error: { data: { code: "FORBIDDEN", httpStatus: 403, path: "users.list" } } },
    ]);
    expect(answer.headers.get("content-length")).not.toBeNull();
  });

  it("run mutations by POST, refuse them by GET, and name a body that is not JSON", async () => {
    const login = await fetch(`${url}/trpc/auth.login?batch=1`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ 0: { email: "nobody@emma.example", password: "wrong-password" } }),
    });
    expect(login.status).toBe(401);
    expect(await login.json()).toMatchObject([{ error: { data: { code: "UNAUTHORIZED" } } }]);

    const byGet = await batchGet(["auth.login"], [{ email: "a@b.example", password: "x" }]);
    expect(byGet.status).toBe(405);

    const broken = await fetch(`${url}/trpc/auth.login,auth.logout?batch=1`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject([
      { error: { message: "The request body is not a JSON object", data: { code: "PARSE_ERROR" } } },
      { error: { data: { code: "PARSE_ERROR", path: "auth.logout" } } },
    ]);
  });

  it("give the tRPC client its typed errors, field errors included", async () => {
    const client = httpClient(url, () => t.users.agent.token);
    const failure = await client.timeline.list
      .query({ customerId: "not-an-id" })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TRPCClientError);
    expect((failure as TRPCClientError<never>).data).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { customerId: [expect.any(String)] },
    });
  });
});
