import type { ServiceSettings } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { liveAgents } from "./live-agents.ts";
import { liveQueues } from "./live-queues.ts";

/** The supervisor's live view: queues and the people working them, as of `now`. */
export async function liveOverview(db: Kysely<Database>, props: { now: Date; service: ServiceSettings }) {
  const [queues, agents] = await Promise.all([liveQueues(db, props), liveAgents(db, props)]);
  return { at: props.now.toISOString(), queues, agents };
}
