import { appUrl } from "./console.ts";

/** The demo's admin, who makes connectors for a test through the API as an admin would. */
export const DEMO_ADMIN = "anna.admin@emma.example";

/** A tRPC mutation as httpBatchLink sends it. */
export async function mutate<T>(path: string, input: unknown, token?: string): Promise<T> {
  const response = await fetch(`${appUrl()}/trpc/${path}?batch=1`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ 0: input }),
  });
  const [answer] = (await response.json()) as [{ result?: { data: T }; error?: unknown }];
  if (!answer.result) throw new Error(`${path} failed: ${JSON.stringify(answer.error)}`);
  return answer.result.data;
}

/** A tRPC query as httpBatchLink sends it. */
export async function query<T>(path: string, input: unknown, token: string): Promise<T> {
  const url = new URL(`${appUrl()}/trpc/${path}`);
  url.searchParams.set("batch", "1");
  url.searchParams.set("input", JSON.stringify({ 0: input }));
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const [answer] = (await response.json()) as [{ result?: { data: T }; error?: unknown }];
  if (!answer.result) throw new Error(`${path} failed: ${JSON.stringify(answer.error)}`);
  return answer.result.data;
}
