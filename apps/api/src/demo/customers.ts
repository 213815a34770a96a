import { householdBridge, sameHolderBridge } from "./bridges.ts";
import { emailThread } from "./channel-email.ts";
import { facebookThread } from "./channel-facebook.ts";
import { forumThread } from "./channel-forum.ts";
import { phoneThread } from "./channel-phone.ts";
import { twitterThread } from "./channel-twitter.ts";
import { demoConsents } from "./consents.ts";
import { DAY, HOUR, MINUTE } from "./format.ts";
import { HEROES } from "./heroes.ts";
import { linkedEmail, linkedPhone, personIdentities, splitValue } from "./identities.ts";
import { demoOptionsSchema, type DemoOptions } from "./options.ts";
import { demoCustomerNumber, demoPerson, type DemoPerson } from "./person.ts";
import { planConversations, type PlannedConversation } from "./plan.ts";
import { demoProducts, type ProductFacts } from "./products.ts";
import { randomFor, type Random } from "./random.ts";
import { teamAgents } from "./staff.ts";
import { templateVars } from "./template.ts";
import type { Thread, ThreadContext } from "./thread.ts";
import { topicTeam, topicText } from "./topics.ts";
import type { DemoContact, DemoCustomer, DemoScenario, DemoTeamName } from "./types.ts";

/** Other community members answering in a topic: earlier customers only, so they exist before the topic is ingested. */
function communityMembers(random: Random, seed: number, index: number, count: number): DemoPerson[] {
  const members: DemoPerson[] = [];
  for (let tries = 0; tries < 12 && members.length < count && index > 0; tries++) {
    const other = index - random.int(1, Math.min(index, 300));
    if (members.some((m) => m.index === other)) continue;
    const candidate = demoPerson(seed, other);
    if (candidate.forum) members.push(candidate);
  }
  return members;
}

/** Recent threads still wait for us; older ones we answered last are done. */
function suggestedStatus(thread: Thread, now: number): DemoContact["status"] {
  const last = thread.messages.at(-1);
  if (!last) return "resolved";
  const age = now - Date.parse(last.occurredAt);
  if (last.direction === "inbound") return age < 14 * DAY ? "open" : "resolved";
  return age < 7 * DAY ? "pending" : "resolved";
}

function contact(
  thread: Thread,
  channel: DemoContact["channel"],
  scenario: DemoScenario,
  team: DemoTeamName,
  now: number,
): DemoContact {
  return {
    channel,
    threadKey: thread.threadKey,
    scenario,
    team,
    status: suggestedStatus(thread, now),
    messages: thread.messages,
  };
}

interface Assembly {
  seed: number;
  now: number;
  person: DemoPerson;
  random: Random;
  facts: ProductFacts;
  recordingConsent: boolean;
  nextSeq: () => number;
}

function conversation(a: Assembly, plan: PlannedConversation, conversationNo: number): DemoContact {
  const { person, random } = a;
  const team: DemoTeamName =
    plan.channel === "facebook" || plan.channel === "twitter" ? "Social Media" : topicTeam(plan.topic);
  const agent = random.pick(teamAgents(team));
  const locale = person.locale;
  const vars = templateVars(random, { person, locale, at: plan.start, agent, ...a.facts });
  const ctx: ThreadContext = {
    person,
    random,
    now: a.now,
    start: plan.start,
    topic: plan.topic,
    locale,
    text: topicText(locale, plan.topic),
    vars,
    agent,
    variant: plan.variant,
    long: plan.long,
    conversationNo,
    nextSeq: a.nextSeq,
  };
  let thread: Thread;
  switch (plan.channel) {
    case "email":
      thread = emailThread(ctx, plan.split ? splitValue(person) : linkedEmail(person, random.chance(0.2)));
      break;
    case "phone":
      thread = phoneThread(
        ctx,
        plan.split ? splitValue(person) : linkedPhone(person, random.chance(0.3)),
        a.recordingConsent,
      );
      break;
    case "facebook":
      thread = facebookThread(ctx);
      break;
    case "twitter":
      thread = twitterThread(ctx);
      break;
    case "forum": {
      const count = plan.long
        ? random.int(1, 3)
        : random.weighted([
            [0, 30],
            [1, 35],
            [2, 25],
            [3, 10],
          ]);
      thread = forumThread(ctx, communityMembers(random, a.seed, person.index, count));
      break;
    }
    default: {
      const unknown: never = plan.channel;
      throw new Error(`unknown channel ${String(unknown)}`);
    }
  }
  return contact(thread, plan.channel, plan.split ? "split-identity" : "regular", team, a.now);
}

/** Contact forms that join identifiers of two customers Emma knows; see bridges.ts. */
function bridges(a: Assembly, contacts: readonly DemoContact[]): DemoContact[] {
  const { person, random, now } = a;
  const out: DemoContact[] = [];
  const split = contacts.find((c) => c.scenario === "split-identity")?.messages[0];
  if (person.splitBridge && split) {
    // After the split conversation, so its identifier already belongs to the second customer.
    const at = Math.min(Date.parse(split.occurredAt) + random.int(60, 10 * 24 * 60) * MINUTE, now - MINUTE);
    out.push(
      contact(sameHolderBridge(person, a.nextSeq(), at), "email", "same-person-bridge", "Privatkunden", now),
    );
  }
  if (person.partnerIndex !== null) {
    const thread = householdBridge(
      person,
      demoPerson(a.seed, person.partnerIndex),
      a.nextSeq(),
      now - random.int(1, 30 * 24) * HOUR,
    );
    if (thread) out.push(contact(thread, "email", "household-bridge", "Privatkunden", now));
  }
  return out;
}

/** The customer at `index`, regenerated on its own: depends only on (seed, now, index). */
export function demoCustomer(options: DemoOptions, index: number): DemoCustomer {
  const { seed } = options;
  const now = options.now.getTime();
  const person = demoPerson(seed, index);
  const hero = index < HEROES.length;
  const plan = planConversations(randomFor(seed, index, "plan"), person, now);
  const { products, facts } = demoProducts(randomFor(seed, index, "products"), person, plan, now);
  const consents = demoConsents(randomFor(seed, index, "consents"), person, hero);
  let seq = 0;
  const assembly: Assembly = {
    seed,
    now,
    person,
    random: randomFor(seed, index, "contacts"),
    facts,
    recordingConsent: consents.some((c) => c.purpose === "recording" && c.state === "granted"),
    nextSeq: () => ++seq,
  };
  const contacts = plan.map((p, i) => conversation(assembly, p, i));
  contacts.push(...bridges(assembly, contacts));
  contacts.sort((x, y) => (x.messages[0]?.occurredAt ?? "").localeCompare(y.messages[0]?.occurredAt ?? ""));
  return {
    key: person.key,
    index,
    displayName: person.displayName,
    customerNumber: demoCustomerNumber(person),
    locale: person.locale,
    tags: [...person.tags],
    identities: personIdentities(person),
    products,
    consents,
    contacts,
  };
}

/**
 * Streams the demo customers one at a time; nothing is kept between them, so 100,000 customers need
 * no more memory than one. Options are validated once, up front.
 */
export function* demoCustomers(options: DemoOptions): Generator<DemoCustomer, void, undefined> {
  const valid = demoOptionsSchema.parse(options);
  for (let index = 0; index < valid.customers; index++) yield demoCustomer(valid, index);
}
