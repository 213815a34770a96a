import { randomUUID } from "node:crypto";
import { childMain } from "./child.ts";
import { identityPool, inboundMessage, random } from "./messages.ts";
import { summarize, type Summary } from "./percentiles.ts";
import { postWebhook } from "./webhook-contract.ts";

/** Child process: `senders` webhook senders posting signed single-message deliveries as fast as answered. */
export interface SendersInput {
  webhookUrl: string;
  signingSecret: string;
  deliveries: number;
  senders: number;
  identities: number;
  redeliveryRate: number;
  seed: number;
}

export interface SendersResult {
  unique: number;
  redeliveries: number;
  statuses: Record<string, number>;
  /** Wall clock (epoch ms, sub-ms precision) of the first send and of the last answer. */
  startedAt: number;
  finishedAt: number;
  ack: Summary;
  cpuMs: number;
}

const epochNow = () => performance.timeOrigin + performance.now();

export interface SendersJob {
  input: SendersInput;
  result: SendersResult;
}

childMain<SendersJob>(async (input) => {
  const next = random(input.seed);
  const pool = identityPool(input.identities, next);
  // Bodies are made before the clock starts; only sending is measured.
  const plan: (number | null)[] = Array.from({ length: input.deliveries }, (_, i) =>
    i >= input.senders && next() < input.redeliveryRate ? null : i,
  );
  const bodies = new Map<number, { eventId: string; body: string }>();
  for (const i of plan) {
    if (i === null) continue;
    const person = pool[Math.floor(next() * pool.length)];
    if (!person) throw new Error("empty identity pool");
    bodies.set(i, { eventId: `evt-${randomUUID()}`, body: JSON.stringify([inboundMessage(person, next)]) });
  }
  const answered: { eventId: string; body: string }[] = [];
  const statuses: Record<string, number> = {};
  const ack: number[] = [];
  let cursor = 0;
  let redeliveries = 0;
  const cpu = process.cpuUsage();
  const startedAt = epochNow();
  const sender = async () => {
    for (let k = cursor++; k < plan.length; k = cursor++) {
      const i = plan[k] ?? null;
      // A redelivery repeats an event the API has already answered, with its event id (the dedupe key).
      const delivery = i === null ? answered[Math.floor(next() * answered.length)] : bodies.get(i);
      if (!delivery) continue;
      if (i === null) redeliveries++;
      const sent = performance.now();
      const status = await postWebhook(
        input.webhookUrl,
        input.signingSecret,
        delivery.eventId,
        delivery.body,
      );
      ack.push(performance.now() - sent);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (i !== null) answered.push(delivery);
    }
  };
  await Promise.all(Array.from({ length: input.senders }, sender));
  const finishedAt = epochNow();
  const used = process.cpuUsage(cpu);
  return {
    unique: bodies.size,
    redeliveries,
    statuses,
    startedAt,
    finishedAt,
    ack: summarize(ack),
    cpuMs: (used.user + used.system) / 1000,
  };
});
