import type { ServiceSettings } from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { breachThresholdsTable } from "./response-targets-sql.ts";

interface QueueFigures {
  open: number;
  pending: number;
  /** The customer who has waited longest for us, since when; null when nobody waits. */
  oldestWaitingSince: string | null;
  /** Conversations whose customer has waited past the response target. */
  breached: number;
}

type GroupRow = Omit<QueueFigures, "oldestWaitingSince"> & {
  team_id: string | null;
  unassigned: boolean;
  oldest_waiting_since: Date | null;
};

/**
 * Every team's queue (assigned or not) and the unassigned queue (whatever the team), with counts,
 * the oldest wait and SLA breaches, from one grouped scan of the open and pending conversations.
 */
export async function liveQueues(db: Kysely<Database>, props: { now: Date; service: ServiceSettings }) {
  const [teams, grouped] = await Promise.all([
    db.selectFrom("teams").select(["id", "name"]).orderBy("name").execute(),
    sql<GroupRow>`
      select c.team_id, c.assignee_id is null as unassigned,
        (count(*) filter (where c.status = 'open'))::int as open,
        (count(*) filter (where c.status = 'pending'))::int as pending,
        min(c.waiting_since) as oldest_waiting_since,
        (count(*) filter (
          where c.waiting_since < t.breached_before
        ))::int as breached
      from conversations c
      join ${breachThresholdsTable(props.service, props.now)} as t (channel, priority, breached_before)
        on t.channel = c.channel and t.priority = c.priority
      where c.status in ('open', 'pending')
      group by c.team_id, c.assignee_id is null
    `.execute(db),
  ]);
  const sum = (rows: readonly GroupRow[]): QueueFigures => {
    const oldest = rows
      .map((r) => r.oldest_waiting_since)
      .filter((at) => at !== null)
      .sort((a, b) => a.getTime() - b.getTime())[0];
    return {
      open: rows.reduce((n, r) => n + r.open, 0),
      pending: rows.reduce((n, r) => n + r.pending, 0),
      oldestWaitingSince: oldest?.toISOString() ?? null,
      breached: rows.reduce((n, r) => n + r.breached, 0),
    };
  };
  return [
    {
      kind: "unassigned" as const,
      teamId: null,
      teamName: null,
      ...sum(grouped.rows.filter((r) => r.unassigned)),
    },
    ...teams.map((team) => ({
      kind: "team" as const,
      teamId: team.id,
      teamName: team.name,
      ...sum(grouped.rows.filter((r) => r.team_id === team.id)),
    })),
  ];
}
