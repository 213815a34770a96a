const X_EPOCH_MS = 1288834974657n;
let sequence = 0n;

/** An id as X makes them: milliseconds since X's epoch, shifted past 22 bits of worker and sequence. */
export function snowflake(at: Date = new Date()): string {
  sequence = (sequence + 1n) & 0xfffn;
  return ((BigInt(at.getTime()) - X_EPOCH_MS) * 4194304n + 1024n * 7n + sequence).toString();
}
