import { query } from "./trpc-mutation.ts";

/** Anna Schneider, the demo's first hero (apps/api/src/demo/heroes.ts). */
export const ANNA = "Anna Schneider";

/** Anna's id and the customer number the demo gave her, as an admin reads them. */
export async function annaWithNumber(token: string): Promise<{ id: string; customerNumber: string }> {
  const [hit] = await query<{ id: string }[]>("customers.search", { query: ANNA }, token);
  if (!hit) throw new Error("the demo has no Anna Schneider");
  const anna = await query<{ customerNumber: string | null }>("customers.get", { customerId: hit.id }, token);
  if (anna.customerNumber === null) throw new Error("the demo gave Anna no customer number");
  return { id: hit.id, customerNumber: anna.customerNumber };
}
