import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../api/trpc.ts";

/** After a change to users or teams: every list that shows who is in which team reads afresh. */
export function useInvalidatePeople(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.users.directory.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.teams.list.queryKey() }),
    ]);
  };
}
