import { describe, expect, it } from "vitest";
import { survivorOf } from "./survivor-of.ts";

const messenger = { id: "m", customerNumber: null };
const record = { id: "r", customerNumber: "K-1" };

describe("survivorOf", () => {
  it("keeps the system of record's customer, whichever side it is on", () => {
    expect(survivorOf(messenger, record)).toEqual({ survivorId: "r", absorbedId: "m" });
    expect(survivorOf(record, messenger)).toEqual({ survivorId: "r", absorbedId: "m" });
  });

  it("otherwise keeps the first (the customer on screen)", () => {
    expect(survivorOf(messenger, { id: "e", customerNumber: null })).toEqual({
      survivorId: "m",
      absorbedId: "e",
    });
    expect(survivorOf(record, { id: "r2", customerNumber: "K-2" })).toEqual({
      survivorId: "r",
      absorbedId: "r2",
    });
  });
});
