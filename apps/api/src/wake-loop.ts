/**
 * A background worker's loop on this instance: `pass` does whatever is due until nothing is left,
 * never twice at once; a wake that comes in during a pass runs one more, so work queued meanwhile
 * does not wait for the next tick. `drain` runs a pass even when paused (tests drive it by hand).
 */
export class WakeLoop {
  readonly #pass: () => Promise<void>;
  readonly #paused: boolean;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = false;

  constructor(pass: () => Promise<void>, options: { paused?: boolean | undefined }) {
    this.#pass = pass;
    this.#paused = options.paused ?? false;
  }

  /** Set by `stop`: a pass in progress finishes its current item and claims no more. */
  get stopped(): boolean {
    return this.#stopped;
  }

  wake(): void {
    if (this.#stopped || this.#paused) return;
    this.#start();
  }

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
    do await this.#pass();
    while (this.#wokenMeanwhile() && !this.#stopped);
  }

  /** A wake that came in while the last pass ran: look once more. */
  #wokenMeanwhile(): boolean {
    const again = this.#again;
    this.#again = false;
    return again;
  }
}
