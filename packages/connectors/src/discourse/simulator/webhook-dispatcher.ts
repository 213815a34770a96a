import {
  discourseDelivery,
  deliveryBody,
  subscriptionOf,
  type DiscourseEvent,
  type DiscourseEventType,
} from "./discourse-delivery.ts";

/** A webhook as an admin sets it up under /admin/api/web_hooks. */
export interface DiscourseWebhook {
  id: number;
  url: string;
  secret: string;
  /** Event names it subscribes to (post_created, topic_edited, accepted_solution…); omitted: all. */
  events?: string[];
}

/** One attempt to deliver, as the admin's "Events" tab of a webhook lists it. */
export interface DiscourseDeliveryRecord {
  webhookId: number;
  eventId: number;
  eventName: string;
  eventType: DiscourseEventType;
  body: string;
  /** 0 for the first attempt, 1… for Discourse's retries. */
  retry: number;
  /** The receiver's status; "dropped" never left, "network-error" found no receiver. */
  outcome: number | "dropped" | "network-error";
  responseBody: string;
}

export interface DispatcherOptions {
  instance: () => string;
  /** Discourse retries a non-2xx answer (site setting retry_web_hook_events). */
  retries: boolean;
  /** Wait before retry n (1-based); Discourse waits 5^(n-1) minutes. */
  retryDelayMs: (retry: number) => number;
}

interface Job {
  hook: DiscourseWebhook;
  event: DiscourseEvent;
  body: string;
  retry: number;
}

/** Discourse gives up after this many retries (Jobs::EmitWebHookEvent::MAX_RETRY_COUNT). */
const MAX_RETRIES = 4;

/**
 * Delivers forum events to the registered webhooks one at a time, in the order they happened, the way
 * Discourse's job does: signed JSON, a new event id per attempt, retries of the same body after a
 * non-2xx answer except 404/410, none after a connection failure (the job finds no status to judge).
 */
export class WebhookDispatcher {
  readonly hooks: DiscourseWebhook[] = [];
  readonly deliveries: DiscourseDeliveryRecord[] = [];
  private nextEventId = 1;
  private drops = 0;
  /** Deliveries queued or under way plus retries waiting for their timer. */
  private outstanding = 0;
  private idleWaiters: (() => void)[] = [];
  private tail: Promise<void> = Promise.resolve();
  private readonly waiting = new Set<ReturnType<typeof setTimeout>>();

  constructor(private readonly options: DispatcherOptions) {}

  /** Enqueues the events for every subscribed webhook; resolves when their first attempts are done. */
  emit(events: DiscourseEvent[]): Promise<void> {
    const runs = events.flatMap((event) =>
      this.hooks
        .filter(
          (hook) => event.type === "ping" || !hook.events || hook.events.includes(subscriptionOf(event.name)),
        )
        .map((hook) => this.enqueue({ hook, event, body: deliveryBody(event), retry: 0 })),
    );
    return Promise.all(runs).then(() => undefined);
  }

  /** The next `count` deliveries are lost on the way (a webhook that never arrives). */
  dropNext(count: number): void {
    this.drops += count;
  }

  /** Sends the last `count` deliveries again, same bodies, new event ids (the admin's "Redeliver"). */
  redeliverLast(count: number): Promise<void> {
    const again = this.deliveries.filter((record) => record.outcome !== "dropped").slice(-count);
    const runs = again.map((record) => {
      const hook = this.hooks.find((candidate) => candidate.id === record.webhookId);
      if (!hook) return Promise.resolve();
      const event: DiscourseEvent = { name: record.eventName, type: record.eventType, payload: undefined };
      return this.enqueue({ hook, event, body: record.body, retry: 0 });
    });
    return Promise.all(runs).then(() => undefined);
  }

  /** Resolves when nothing is being delivered and no retry is waiting. */
  settled(): Promise<void> {
    if (this.outstanding === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Forgets waiting retries (the fake is closing). */
  stop(): void {
    for (const timer of this.waiting) {
      clearTimeout(timer);
      this.end();
    }
    this.waiting.clear();
  }

  private begin(): void {
    this.outstanding += 1;
  }

  private end(): void {
    this.outstanding -= 1;
    if (this.outstanding > 0) return;
    const waiters = this.idleWaiters.splice(0);
    for (const resolve of waiters) resolve();
  }

  private enqueue(job: Job): Promise<void> {
    this.begin();
    const run = this.tail.then(() => this.send(job)).finally(() => this.end());
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async send(job: Job): Promise<void> {
    const eventId = this.nextEventId++;
    const record: DiscourseDeliveryRecord = {
      webhookId: job.hook.id,
      eventId,
      eventName: job.event.name,
      eventType: job.event.type,
      body: job.body,
      retry: job.retry,
      outcome: "dropped",
      responseBody: "",
    };
    this.deliveries.push(record);
    if (this.drops > 0) {
      this.drops -= 1;
      return;
    }
    const { headers, body } = discourseDelivery({
      instance: this.options.instance(),
      secret: job.hook.secret,
      eventId,
      event: job.event,
      body: job.body,
    });
    try {
      const response = await fetch(job.hook.url, {
        method: "POST",
        headers,
        body,
        signal: AbortSignal.timeout(15_000),
      });
      record.outcome = response.status;
      record.responseBody = await response.text();
    } catch (error) {
      record.outcome = "network-error";
      record.responseBody = error instanceof Error ? error.message : String(error);
      return;
    }
    const status = record.outcome;
    if (status >= 200 && status <= 299) return;
    if (status === 404 || status === 410) return;
    if (this.options.retries && job.retry < MAX_RETRIES) this.scheduleRetry({ ...job, retry: job.retry + 1 });
  }

  private scheduleRetry(job: Job): void {
    // Counted as outstanding until the retry is enqueued, so settled() waits for it.
    this.begin();
    const timer = setTimeout(() => {
      this.waiting.delete(timer);
      void this.enqueue(job);
      this.end();
    }, this.options.retryDelayMs(job.retry));
    this.waiting.add(timer);
  }
}
