import { RetryLaterError, type PollContext, type PolledBatch, type RawDelivery } from "../connector.ts";
import { XClient, type XResponse } from "./x-client.ts";
import type { XConfig, XSecrets } from "./x-config.ts";
import { X_POLLED_DM_CONTENT_TYPE, X_POLLED_POST_CONTENT_TYPE } from "./x-content-types.ts";
import { xErrorText } from "./x-errors.ts";
import { compareXIds, newestXId } from "./x-ids.ts";
import { splitXPage, userFields, type XPage } from "./x-page.ts";
import { readXPollCursor, type XPollCursor } from "./x-poll-cursor.ts";
import { retryAtOf } from "./x-rate-limit.ts";

const POST_FIELDS =
  "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,lang,attachments";
const DM_FIELDS = "id,text,event_type,created_at,sender_id,dm_conversation_id,participant_ids,attachments";
const USER_FIELDS = "username,name";

interface Step {
  deliveries: RawDelivery[];
  more: boolean;
  /** Set when X's window for this endpoint is used up after this request. */
  waitUntil: Date | undefined;
}

/**
 * For accounts whose tier has no activity delivery: mentions (GET /2/users/:id/mentions with
 * since_id) and DM events (GET /2/dm_events, newest first, read back to the last one delivered).
 * The first poll reads the newest page of each; it does not fetch the account's whole history.
 * A 429 with nothing fetched throws RetryLaterError; a window used up after a batch is retryAfter.
 */
export async function pollX(context: PollContext<XConfig, XSecrets>): Promise<PolledBatch> {
  const cursor = readXPollCursor(context.cursor);
  // The first poll reads one page of each list; everything older is history, not new work.
  const first = cursor.startedAt === undefined;
  // X takes start_time in whole seconds (RFC 3339); rounding down only includes more.
  cursor.startedAt ??= new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  const client = new XClient(context, context.signal);
  const steps: (Step | RetryLaterError)[] = [await fetchMentions(client, context, cursor, first)];
  const room = context.limit - delivered(steps).length;
  if (room > 0) steps.push(await fetchDms(client, cursor, room, first));

  const deliveries = delivered(steps);
  const limited = steps.filter((step) => step instanceof RetryLaterError);
  const waits = steps.map((step) => (step instanceof RetryLaterError ? step.retryAt : step.waitUntil));
  const retryAfter = latest(waits);
  if (deliveries.length === 0 && limited[0] && retryAfter)
    throw new RetryLaterError(limited[0].message, retryAfter);
  const more = room <= 0 || steps.some((step) => !(step instanceof RetryLaterError) && step.more);
  return {
    deliveries,
    cursor,
    more: more && retryAfter === undefined,
    ...(retryAfter ? { retryAfter } : {}),
  };
}

function delivered(steps: (Step | RetryLaterError)[]): RawDelivery[] {
  return steps.flatMap((step) => (step instanceof RetryLaterError ? [] : step.deliveries));
}

function latest(dates: (Date | undefined)[]): Date | undefined {
  return dates.reduce<Date | undefined>(
    (last, date) => (date && (!last || date > last) ? date : last),
    undefined,
  );
}

async function fetchMentions(
  client: XClient,
  context: PollContext<XConfig, XSecrets>,
  cursor: XPollCursor,
  first: boolean,
): Promise<Step | RetryLaterError> {
  const state = cursor.mentions;
  const response = await client.call({
    method: "GET",
    path: `/2/users/${context.config.accountUserId}/mentions`,
    query: {
      max_results: String(Math.min(100, Math.max(5, context.limit))),
      since_id: state.sinceId,
      // Until the first mention arrives there is no since_id: nothing before the first poll.
      start_time: state.sinceId === undefined && !first ? cursor.startedAt : undefined,
      pagination_token: state.next?.token,
      "tweet.fields": POST_FIELDS,
      expansions: "author_id,in_reply_to_user_id",
      "user.fields": USER_FIELDS,
    },
  });
  const refused = refusalOf(response, "mentions");
  if (refused) return refused;
  const page = splitXPage(
    response.body,
    X_POLLED_POST_CONTENT_TYPE,
    "mention",
    userFields("author_id", "in_reply_to_user_id"),
  );
  const sweepNewest = state.next?.newestId ?? newestOf(page) ?? state.sinceId;
  if (page.nextToken && !first && sweepNewest !== undefined) {
    const next = { token: page.nextToken, newestId: sweepNewest };
    cursor.mentions = state.sinceId === undefined ? { next } : { sinceId: state.sinceId, next };
  } else cursor.mentions = sweepNewest === undefined ? {} : { sinceId: sweepNewest };
  return {
    deliveries: page.items.map((item) => item.delivery),
    more: cursor.mentions.next !== undefined,
    waitUntil: usedUp(response),
  };
}

async function fetchDms(
  client: XClient,
  cursor: XPollCursor,
  room: number,
  first: boolean,
): Promise<Step | RetryLaterError> {
  const state = cursor.dms;
  const response = await client.call({
    method: "GET",
    path: "/2/dm_events",
    query: {
      max_results: String(Math.min(100, Math.max(1, room))),
      event_types: "MessageCreate",
      pagination_token: state.next?.token,
      "dm_event.fields": DM_FIELDS,
      expansions: "sender_id,participant_ids",
      "user.fields": USER_FIELDS,
    },
  });
  const refused = refusalOf(response, "DM events");
  if (refused) return refused;
  const page = splitXPage(response.body, X_POLLED_DM_CONTENT_TYPE, "dm", userFields("sender_id"));
  const known = state.newestId;
  // Newest first: everything after the first event already delivered is older still.
  const fresh = page.items.filter(
    (item) => item.id === undefined || known === undefined || compareXIds(item.id, known) > 0,
  );
  const reachedKnown = fresh.length < page.items.length;
  const sweepNewest = state.next?.newestId ?? newestOf(page) ?? known;
  if (page.nextToken && !reachedKnown && !first && sweepNewest !== undefined) {
    const next = { token: page.nextToken, newestId: sweepNewest };
    cursor.dms = known === undefined ? { next } : { newestId: known, next };
  } else cursor.dms = sweepNewest === undefined ? {} : { newestId: sweepNewest };
  return {
    deliveries: fresh.map((item) => item.delivery),
    more: cursor.dms.next !== undefined,
    waitUntil: usedUp(response),
  };
}

function newestOf(page: XPage): string | undefined {
  return newestXId(page.items.flatMap((item) => (item.id === undefined ? [] : [item.id])));
}

function refusalOf(response: XResponse, what: string): RetryLaterError | undefined {
  if (response.status === 429) {
    return new RetryLaterError(
      `X's rate limit for ${what}: ${xErrorText(429, response.body)}`,
      retryAtOf(response.rateLimit),
    );
  }
  if (!response.ok)
    throw new Error(`X refused to list ${what}: ${xErrorText(response.status, response.body)}`);
  return undefined;
}

function usedUp(response: XResponse): Date | undefined {
  return response.rateLimit.remaining === 0 ? response.rateLimit.resetAt : undefined;
}
