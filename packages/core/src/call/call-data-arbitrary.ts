import fc from "fast-check";
import { CALL_STATUSES, type CallData } from "../inbound/inbound-message.ts";

// Test data for the call merge properties; not exported from the package. Small value pools, so
// that events of one call often agree and sometimes conflict, as real webhooks do.

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

/** One webhook's snapshot of a call. */
export const callEventArb: fc.Arbitrary<CallData> = fc
  .record({
    status: fc.constantFrom(...CALL_STATUSES),
    from: fc.constantFrom("", "+4930123456", "anonymous"),
    to: fc.constantFrom("", "+4989765432"),
    durationSeconds: optional(fc.nat({ max: 3600 })),
    recordingUrl: optional(fc.constantFrom("https://rec.example/a", "https://rec.example/b")),
    transcript: optional(fc.constantFrom("", "Hallo", "Bitte rufen Sie zurück")),
    answeredBy: optional(fc.constantFrom("101", "anna@bank.example")),
  })
  .map((event) => {
    // Absent, not undefined: the shape a parsed webhook has.
    const call: CallData = { status: event.status, from: event.from, to: event.to };
    if (event.durationSeconds !== undefined) call.durationSeconds = event.durationSeconds;
    if (event.recordingUrl !== undefined) call.recordingUrl = event.recordingUrl;
    if (event.transcript !== undefined) call.transcript = event.transcript;
    if (event.answeredBy !== undefined) call.answeredBy = event.answeredBy;
    return call;
  });

/** The events of one call, and the same events in another delivery order. */
export const twoDeliveryOrdersArb: fc.Arbitrary<[CallData[], CallData[]]> = fc
  .array(callEventArb, { minLength: 1, maxLength: 8 })
  .chain((events) =>
    fc.tuple(
      fc.constant(events),
      fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
    ),
  );
