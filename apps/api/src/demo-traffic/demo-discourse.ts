import { startFakeDiscourse, type FakeDiscourse } from "@emma/connectors/simulators";
import { tombstoneKeyFrom } from "../features/erasure/tombstone-key.ts";
import { discourseSecretsSchema } from "@emma/connectors";
import { sql, type Kysely } from "kysely";
import type { SecretKey } from "../crypto/secret-box.ts";
import type { Database } from "../db/schema.ts";
import { demoStaff } from "../demo/index.ts";
import { FORUM_SITE } from "../demo/person.ts";
import type { Logger } from "../services.ts";
import { demoSecret, ensureDemoConnector } from "./demo-social-connectors.ts";
import { seedDemoForum, type DemoMembers } from "./demo-forum-seed.ts";
import { askSolvedQuestionByMail } from "./demo-solved-question.ts";
import { liveForumStep } from "./demo-forum-live.ts";

const STAFF_USERNAME = "EmmaBank_Team";
const CONNECTOR_NAME = "Community-Forum (Discourse, Simulator)";

export interface DemoDiscourse {
  forum: FakeDiscourse;
  connectorId: string;
  stop(): Promise<void>;
}

/**
 * The demo's community forum through the real Discourse connector: a local fake Discourse holds a
 * few topics in which demo customers (by the forum accounts Emma knows) answer each other, some
 * solved, some waiting for staff; the connector's catch-up brings them in, its webhook takes what
 * happens next, and agents' answers go out through Discourse's API and come back as echoes. A
 * customer's e-mail asks what the forum already solved, so the console suggests that topic on
 * first start. Live topics every `everyMs` when set (EMMA_DEMO_TRAFFIC).
 */
export async function startDemoDiscourse(props: {
  db: Kysely<Database>;
  secretKey: SecretKey;
  url: string;
  log: Logger;
  everyMs?: number;
}): Promise<DemoDiscourse> {
  const staff = demoStaff().users.filter((user) => user.role !== "admin");
  const agentUsernames = Object.fromEntries(
    staff.map((user) => [user.email, `${user.displayName.split(" ")[0] ?? "Team"}_EmmaBank`]),
  );
  const forum = await startFakeDiscourse({
    // The connector's own key is added below; Discourse knows no other.
    apiKeys: [],
    // Discourse retries a refused delivery minutes later; the demo sooner.
    retryDelayMs: (retry) => retry * 5_000,
    idsFrom: await idsAfterStored(props.db),
  });
  // The connector follows the fake's address on each start, as an admin would after a move.
  const { id, secrets } = await ensureDemoConnector(props.db, props.secretKey, {
    name: CONNECTOR_NAME,
    kind: "discourse",
    config: {
      siteUrl: `https://${FORUM_SITE}`,
      apiUrl: forum.url,
      apiUsername: STAFF_USERNAME,
      agentUsernames,
    },
    secretsSchema: discourseSecretsSchema,
    secrets: (stored) => stored ?? { apiKey: demoSecret(), webhookSecret: demoSecret() },
  });
  forum.addApiKey({ key: secrets.apiKey });
  forum.createUser({ username: STAFF_USERNAME, name: "Emma Bank Team", admin: true, trustLevel: 4 });
  for (const user of staff)
    forum.createUser({
      username: agentUsernames[user.email] ?? STAFF_USERNAME,
      name: `${user.displayName} (Emma Bank)`,
      moderator: true,
      trustLevel: 4,
    });
  const members = await demoMembers(props.db, forum);
  const afterBackfill = forum.quietly(() => seedDemoForum(forum, members));
  forum.addWebhook({ url: `${props.url}/webhooks/${id}`, secret: secrets.webhookSecret });
  // What Discourse only tells by webhook (a like) happens once the webhook is there.
  afterBackfill();
  await askSolvedQuestionByMail(props.db, props.log, tombstoneKeyFrom(props.secretKey));

  const stopping = new AbortController();
  if (props.everyMs !== undefined) void liveForum(forum, members, props.everyMs, stopping.signal, props.log);
  return {
    forum,
    connectorId: id,
    stop: async () => {
      stopping.abort();
      await forum.close();
    },
  };
}

/** Ids Emma already holds for this forum: a restarted fake continues after them. */
async function idsAfterStored(db: Kysely<Database>): Promise<{ topic: number; post: number }> {
  const { rows } = await sql<{ topic: number | null; post: number | null }>`
    select max(substring(c.external_thread_key from 'topic:(\\d+)')::int) as topic,
      max(substring(e.external_id from 'post:(\\d+)')::int) as post
    from connectors k
    left join conversations c on c.connector_id = k.id
    left join timeline_events e on e.connector_id = k.id
    where k.kind = 'discourse' and k.name = ${CONNECTOR_NAME}
  `.execute(db);
  const row = rows[0];
  return { topic: Math.max(100, (row?.topic ?? 0) + 1), post: Math.max(1000, (row?.post ?? 0) + 1) };
}

/** The demo customers' forum accounts, as the fake's users with the ids Emma knows them by. */
async function demoMembers(db: Kysely<Database>, forum: FakeDiscourse): Promise<DemoMembers> {
  const rows = await db
    .selectFrom("identities as i")
    .innerJoin("customers as c", "c.id", "i.customer_id")
    .select(["i.value", "i.display", "c.display_name"])
    .where("i.kind", "=", "forum")
    .where("i.value", "like", `${FORUM_SITE}:%`)
    .orderBy("i.created_at")
    .limit(60)
    .execute();
  const members: DemoMembers = new Map();
  for (const row of rows) {
    const id = Number(row.value.slice(FORUM_SITE.length + 1));
    if (!Number.isInteger(id) || !row.display || forum.state.users.has(id)) continue;
    members.set(row.display, forum.createUser({ id, username: row.display, name: row.display_name }));
  }
  return members;
}

async function liveForum(
  forum: FakeDiscourse,
  members: DemoMembers,
  everyMs: number,
  signal: AbortSignal,
  log: Logger,
): Promise<void> {
  const running = () => !signal.aborted;
  let round = 0;
  while (running()) {
    await new Promise((resolve) => setTimeout(resolve, everyMs).unref());
    if (!running()) return;
    round += 1;
    try {
      liveForumStep(forum, members, round);
    } catch (error) {
      log.warn("demo traffic: a simulated forum step failed", { error: String(error) });
    }
  }
}
