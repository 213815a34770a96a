import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { demoCustomers } from "./customers.ts";
import { generateDemo } from "./index.ts";
import { NOW } from "./test-fixture.ts";
import type { DemoCustomer } from "./types.ts";

// A fresh context picks up --expose-gc set at run time; the test process itself was started without it.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

describe("streaming", () => {
  it("is lazy: the first customers of 100,000 come without generating the rest", () => {
    const stream = demoCustomers({ customers: 100_000, seed: 42, now: NOW });
    const first = [stream.next(), stream.next(), stream.next()];
    expect(first.map((r) => (r.done ? null : r.value.key))).toEqual(["c000000", "c000001", "c000002"]);
    stream.return();
  });

  it("keeps nothing of the customers it has yielded", async () => {
    gc();
    const before = process.memoryUsage().heapUsed;
    const refs: WeakRef<DemoCustomer>[] = [];
    let messages = 0;
    for (const customer of generateDemo({ customers: 5_000, seed: 3, now: NOW }).customers) {
      for (const contact of customer.contacts) messages += contact.messages.length;
      if (customer.index % 250 === 0) refs.push(new WeakRef(customer));
    }
    // WeakRefs hold their target until the current job ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(messages).toBeGreaterThan(20_000);
    expect(refs.filter((ref) => ref.deref() !== undefined)).toHaveLength(0);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(20 * 1024 * 1024);
  });

  it("can be iterated twice with the same result", () => {
    const demo = generateDemo({ customers: 30, seed: 5, now: NOW });
    expect(JSON.stringify([...demo.customers])).toBe(JSON.stringify([...demo.customers]));
  });
});
