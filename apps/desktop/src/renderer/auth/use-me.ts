import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../api/trpc.ts";
import type { Me } from "../api/router-types.ts";

/** The signed-in agent; null until loaded. */
export function useMe(): Me | null {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: Infinity }));
  return data ?? null;
}
