import { callsReport, type CallFact } from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import {
  groupKey,
  groupOf,
  inEitherPeriod,
  perGroupAndTotal,
  periodOf,
  type BreakdownScope,
  type GroupKey,
  type PeriodName,
} from "./breakdown-sql.ts";
import { narrowedTo } from "./report-sql.ts";

export interface CallsRow {
  key: GroupKey;
  period: PeriodName;
  answered: number;
  missed: number;
  talkSeconds: number;
}

/**
 * The calls report per team or agent of the call's conversation: inbound calls and voicemails
 * counted in SQL by period, kind and status, then sorted into outcomes by core's own rule
 * (`callsReport`), so a breakdown's "answered" is the report's.
 */
export async function breakdownCalls(db: Kysely<Database>, scope: BreakdownScope): Promise<CallsRow[]> {
  const { periods, by, teamId } = scope;
  const { rows } = await sql<{
    g: string | null;
    total: number;
    period: PeriodName;
    kind: CallFact["kind"];
    status: CallFact["status"];
    calls: number;
    duration: number;
  }>`
    select f.g, grouping(f.g)::int as total, f.period, f.kind, f.status, count(*)::int as calls,
      coalesce(sum(f.duration), 0)::int as duration
    from (
      select ${groupOf(by)} as g, ${periodOf(sql`e.occurred_at`, periods)} as period, e.kind,
        e.metadata->'call'->>'status' as status, (e.metadata->'call'->>'durationSeconds')::int as duration
      from timeline_events e
      join conversations c on c.id = e.conversation_id
      where e.kind in ('call', 'voicemail') and e.direction = 'inbound'
        and ${inEitherPeriod(sql`e.occurred_at`, periods)} ${narrowedTo({ teamId })}
    ) f
    ${perGroupAndTotal([sql.ref("f.period"), sql.ref("f.kind"), sql.ref("f.status")])}
  `.execute(db);
  const groups = new Map<string, { key: GroupKey; period: PeriodName; facts: CallFact[] }>();
  for (const row of rows) {
    const key = groupKey(row);
    const id = `${key}|${row.period}`;
    const group = groups.get(id) ?? { key, period: row.period, facts: [] };
    // A group stands at its period's start: the core report only asks which period it falls in.
    group.facts.push({
      kind: row.kind,
      status: row.status,
      occurredAt: periods[row.period].start,
      calls: row.calls,
      durationSeconds: row.duration,
      conversationIds: [],
    });
    groups.set(id, group);
  }
  return [...groups.values()].map(({ key, period, facts }) => {
    const figures = callsReport(facts, periods[period]);
    const value = (figureKey: string) => figures.find((f) => f.key === figureKey)?.value ?? 0;
    return {
      key,
      period,
      answered: value("calls|answered"),
      missed: value("calls|missed"),
      talkSeconds: value("calls|talkTime"),
    };
  });
}
