import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CallData } from "../inbound/inbound-message.ts";
import { callEventArb, twoDeliveryOrdersArb } from "./call-data-arbitrary.ts";
import { isTerminalCallStatus } from "./call-status-rank.ts";
import { mergeCallData } from "./merge-call-data.ts";

const runs = { numRuns: 500 };
// Every array here has at least one event; the first is stored settled, as callItemOf does.
const fold = ([first, ...rest]: CallData[]): CallData => {
  if (!first) throw new Error("a call has at least one event");
  return rest.reduce((stored, next) => mergeCallData(stored, next), mergeCallData(first, first));
};
const phase = (call: CallData) =>
  isTerminalCallStatus(call.status) ? 2 : call.status === "in-progress" ? 1 : 0;

describe("merging the webhooks of one call", () => {
  it("ends with the same status, and the same item, whatever the delivery order", () => {
    fc.assert(
      fc.property(twoDeliveryOrdersArb, ([sent, delivered]) => {
        expect(fold(delivered).status).toBe(fold(sent).status);
        expect(fold(delivered)).toEqual(fold(sent));
      }),
      runs,
    );
  });

  it("changes nothing when the same event is merged again", () => {
    fc.assert(
      fc.property(fc.array(callEventArb, { minLength: 1, maxLength: 6 }), callEventArb, (earlier, event) => {
        const once = mergeCallData(fold(earlier), event);
        expect(mergeCallData(once, event)).toEqual(once);
      }),
      runs,
    );
  });

  it("is commutative and associative", () => {
    fc.assert(
      fc.property(callEventArb, callEventArb, callEventArb, (a, b, c) => {
        expect(mergeCallData(a, b)).toEqual(mergeCallData(b, a));
        expect(mergeCallData(mergeCallData(a, b), c)).toEqual(mergeCallData(a, mergeCallData(b, c)));
      }),
      runs,
    );
  });

  it("never loses a recording, transcript, duration or agent some event carried", () => {
    fc.assert(
      fc.property(fc.array(callEventArb, { minLength: 1, maxLength: 8 }), (events) => {
        const merged = fold(events);
        const seen = <K extends keyof CallData>(key: K) =>
          events.map((e) => e[key]).filter((v) => v !== undefined);
        for (const key of ["recordingUrl", "transcript", "durationSeconds", "answeredBy"] as const) {
          const values = seen(key);
          if (values.length === 0) expect(merged[key]).toBeUndefined();
          else expect(values).toContain(merged[key]);
        }
      }),
      runs,
    );
  });

  it("never moves a call back to an earlier phase", () => {
    fc.assert(
      fc.property(fc.array(callEventArb, { minLength: 1, maxLength: 6 }), callEventArb, (earlier, event) => {
        const stored = fold(earlier);
        expect(phase(mergeCallData(stored, event))).toBeGreaterThanOrEqual(phase(stored));
      }),
      runs,
    );
  });
});
