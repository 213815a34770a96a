import { readingsOf, type NameReading } from "./name-readings.ts";
import { parseName, type ParsedName } from "./parse-name.ts";

/** A name parsed, with its readings. */
export interface ReadName {
  parsed: ParsedName;
  readings: readonly NameReading[];
}

/**
 * The matcher compares a new contact's few names with every candidate's: parsing dominates the
 * cost of a comparison, so each name is parsed once. Bounded by starting over, which a matcher
 * run of a few hundred names never reaches.
 */
const MAX_REMEMBERED = 4096;
const remembered = new Map<string, ReadName>();

export function readName(name: string): ReadName {
  const known = remembered.get(name);
  if (known) return known;
  const parsed = parseName(name);
  const read = { parsed, readings: readingsOf(parsed) };
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(name, read);
  return read;
}
