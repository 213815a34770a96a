import { describe, expect, it } from "vitest";
import { fmix32, hashParts, Random, randomFor } from "./random.ts";

describe("Random", () => {
  it("is a fixed sequence per seed, so demo data never changes between releases by accident", () => {
    const random = new Random(42);
    expect([random.uint32(), random.uint32(), random.uint32()]).toEqual([1028872839, 2516511472, 400437680]);
  });

  it("repeats for the same seed and differs for another", () => {
    const draw = (seed: number) => {
      const random = new Random(seed);
      return Array.from({ length: 20 }, () => random.uint32());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it("spreads next() evenly over [0, 1)", () => {
    const random = new Random(1);
    const buckets = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const value = random.next();
      if (value < 0 || value >= 1) outside++;
      const bucket = Math.floor(value * 10);
      buckets[bucket] = (buckets[bucket] ?? 0) + 1;
    }
    expect(outside).toBe(0);
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it("keeps int() inside its inclusive bounds and reaches both ends", () => {
    const random = new Random(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) seen.add(random.int(-2, 2));
    expect([...seen].sort()).toEqual([-1, -2, 0, 1, 2].sort());
    expect(() => random.int(3, 2)).toThrow(RangeError);
  });

  it("samples distinct items and honours weights", () => {
    const random = new Random(5);
    const sample = random.sample(["a", "b", "c", "d"], 3);
    expect(new Set(sample).size).toBe(3);
    let heavy = 0;
    for (let i = 0; i < 10_000; i++)
      if (
        random.weighted([
          ["heavy", 9],
          ["light", 1],
        ]) === "heavy"
      )
        heavy++;
    expect(heavy).toBeGreaterThan(8_700);
    expect(heavy).toBeLessThan(9_300);
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it("writes digit strings that never start with 0", () => {
    const random = new Random(9);
    for (let i = 0; i < 200; i++) expect(random.digits(6)).toMatch(/^[1-9]\d{5}$/);
    expect(random.hex(32)).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe("stream keys", () => {
  it("gives independent streams per path", () => {
    expect(randomFor(1, 2, "contacts").uint32()).toBe(randomFor(1, 2, "contacts").uint32());
    expect(randomFor(1, 2, "contacts").uint32()).not.toBe(randomFor(1, 2, "products").uint32());
    expect(hashParts(1, 23)).not.toBe(hashParts(12, 3));
  });

  it("uses a bijective finalizer", () => {
    const outputs = new Set(Array.from({ length: 10_000 }, (_, i) => fmix32(i)));
    expect(outputs.size).toBe(10_000);
  });
});
