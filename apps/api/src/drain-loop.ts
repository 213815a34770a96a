import type { Logger } from "./services.ts";
import { yieldToEventLoop } from "./yield-to-event-loop.ts";

/**
 * The waking half of a background worker: a worker extends it with `round`, which claims and works
 * off a batch and says whether it found any. Runs rounds until one finds nothing; a wake while running means one more look, never a
 * second loop beside the first. A failing round is logged and the next wake or tick tries again.
 */
export abstract class DrainLoop {
  readonly #log: Logger;
  readonly #failure: string;
  readonly #paused: boolean;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = false;

  constructor(props: { log: Logger; failure: string; paused?: boolean | undefined }) {
    this.#log = props.log;
    this.#failure = props.failure;
    this.#paused = props.paused ?? false;
  }

  /** Claims and works off one batch; false when nothing was due. */
  protected abstract round(): Promise<boolean>;

  get stopped(): boolean {
    return this.#stopped;
  }

  /** Something may be due now. Cheap to call often. */
  wake(): void {
    if (this.#stopped || this.#paused) return;
    this.#start();
  }

  /** Works off everything due now, even when paused; resolves when nothing due is left. */
  async drain(): Promise<void> {
    this.#start();
    await this.idle();
  }

  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await this.idle();
  }

  #start(): void {
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#loop().finally(() => (this.#running = undefined));
  }

  async #loop(): Promise<void> {
    try {
      do {
        while (!this.#stopped && (await this.round())) await yieldToEventLoop();
      } while (this.#wokenMeanwhile() && !this.#stopped);
    } catch (error) {
      this.#log.error(this.#failure, { error: String(error) });
    }
  }

  /** A wake that came in while the last round found nothing: look once more. */
  #wokenMeanwhile(): boolean {
    const again = this.#again;
    this.#again = false;
    return again;
  }
}
