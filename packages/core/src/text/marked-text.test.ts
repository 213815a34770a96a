import { describe, expect, it } from "vitest";
import {
  MARK_START,
  MARK_STOP,
  compactKey,
  digitsKey,
  foldedKey,
  markFirst,
  splitMarked,
} from "./marked-text.ts";

describe("splitMarked", () => {
  it("turns the database's markers into segments", () => {
    expect(splitMarked(`Meine ${MARK_START}Kontoauszüge${MARK_STOP} fehlen`)).toEqual([
      { text: "Meine ", match: false },
      { text: "Kontoauszüge", match: true },
      { text: " fehlen", match: false },
    ]);
  });

  it("passes markup through as text and drops stray markers", () => {
    expect(splitMarked(`<b>x</b>${MARK_STOP} ${MARK_START}y`)).toEqual([
      { text: "<b>x</b> ", match: false },
      { text: "y", match: true },
    ]);
  });

  it("gives no segment for an empty text", () => {
    expect(splitMarked("")).toEqual([]);
  });
});

describe("markFirst", () => {
  it("marks the umlaut spelling a folded query found", () => {
    expect(markFirst("Anna Müller", "muller", foldedKey)).toEqual([
      { text: "Anna ", match: false },
      { text: "Müller", match: true },
    ]);
    expect(markFirst("Jürgen Weiß", "weiss", foldedKey)).toEqual([
      { text: "Jürgen ", match: false },
      { text: "Weiß", match: true },
    ]);
  });

  it("marks the last digits of a number written with spaces", () => {
    expect(markFirst("0171 123 45 67", "234567", digitsKey)).toEqual([
      { text: "0171 1", match: false },
      { text: "23 45 67", match: true },
    ]);
  });

  it("marks a reference typed without its spaces", () => {
    expect(markFirst("DE89 3704 0044", "de893704", compactKey)).toEqual([
      { text: "DE89 3704", match: true },
      { text: " 0044", match: false },
    ]);
  });

  it("leaves a text unmarked that does not contain the needle", () => {
    expect(markFirst("Anna Schmidt", "muller", foldedKey)).toEqual([{ text: "Anna Schmidt", match: false }]);
    expect(markFirst("Anna", "", foldedKey)).toEqual([{ text: "Anna", match: false }]);
  });

  it("marks whole characters outside the basic plane", () => {
    expect(markFirst("a😀b", "😀", foldedKey)).toEqual([
      { text: "a", match: false },
      { text: "😀", match: true },
      { text: "b", match: false },
    ]);
  });
});
