/**
 * Most tRPC calls the API serves in one HTTP request. The console's batch link splits at this
 * size, so only a client that ignores it is refused; it bounds the work one request can demand.
 */
export const MAX_BATCH_CALLS = 32;
