import type { NameReading } from "./name-readings.ts";

/** The ways a reading is written as one word, and how close each is to the full name. */
export function concatenationsOf(reading: NameReading): [string, number][] {
  const [first] = reading.given;
  if (!first) return [];
  const surname = reading.surname.parts.join("");
  const particles = reading.particles.replaceAll(" ", "");
  const given = first.parts.join("");
  const allGiven = reading.given.map((token) => token.parts.join("")).join("");
  const forms: [string, number][] = [
    [given + surname, first.initial ? 0.65 : 0.85],
    [given + particles + surname, first.initial ? 0.65 : 0.85],
    [allGiven + surname, 0.8],
  ];
  if (!first.initial) forms.push([(given[0] ?? "") + surname, 0.65], [surname + (given[0] ?? ""), 0.6]);
  return forms;
}
