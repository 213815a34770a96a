import type { AppRouter } from "@emma/api/router";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

// Type-only: the console learns the API's shapes from its router and never bundles server code.
export type { AppRouter };
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

export type Me = RouterOutputs["auth"]["me"];
export type ConversationSummary = RouterOutputs["conversations"]["list"]["items"][number];
export type ConversationDetail = RouterOutputs["conversations"]["get"];
export type Delivery = ConversationDetail["deliveries"][number];
export type Customer360 = RouterOutputs["customers"]["get"];
export type LiveHoldingSource = RouterOutputs["holdings"]["live"][number];
export type CustomerHit = RouterOutputs["customers"]["search"][number];
export type TimelineItem = RouterOutputs["timeline"]["list"]["items"][number];
export type QueueCounts = RouterOutputs["conversations"]["counts"];
export type ReplyRulesView = ConversationDetail["replyRules"];
export type ReplyOptionView = ReplyRulesView["options"][number];
export type ReplyWindowView = ReplyOptionView["window"];
export type ConnectionView = ConversationDetail["connection"];
