import { createTRPCContext } from "@trpc/tanstack-react-query";
import type { AppRouter } from "./router-types.ts";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
