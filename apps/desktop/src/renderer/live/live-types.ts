import type { RouterOutputs } from "../api/router-types.ts";

export type LiveOverview = RouterOutputs["live"]["overview"];
export type LiveQueue = LiveOverview["queues"][number];
export type LiveAgent = LiveOverview["agents"][number];
export type LiveConversation = LiveAgent["conversations"][number];
