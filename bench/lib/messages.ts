import { randomUUID } from "node:crypto";
import type { InboundMessageInput } from "@emma/core";

/** Small seeded PRNG (mulberry32): the same flags give the same traffic. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Channel = "email" | "phone" | "facebook" | "twitter";

interface Person {
  channel: Channel;
  name: string;
  identity: InboundMessageInput["author"]["identities"][number];
}

/** Names for bench customers (the bulk loader and the webhook senders share them). */
export const firstNames = [
  "Anna",
  "Jürgen",
  "Lena",
  "Mehmet",
  "Sophie",
  "Lukas",
  "Fatma",
  "Paul",
  "Marie",
  "Jonas",
  "Elif",
  "Felix",
  "Hannah",
  "Leon",
  "Olga",
  "Tim",
];
export const lastNames = [
  "Müller",
  "Schmidt",
  "Schneider",
  "Fischer",
  "Weber",
  "Meyer",
  "Wagner",
  "Becker",
  "Yılmaz",
  "Hoffmann",
  "Schulz",
  "Koch",
  "Richter",
  "Klein",
  "Wolf",
  "Neumann",
  "Schröder",
  "Zimmermann",
  "Braun",
  "Krüger",
];
const sentences = [
  "Guten Tag, meine Karte wurde gestern am Automaten in der Bahnhofstraße eingezogen.",
  "Ich habe eine Frage zu meiner letzten Abrechnung, dort steht eine Gebühr, die ich nicht kenne.",
  "Die Überweisung vom Montag ist immer noch nicht auf dem Konto meines Vermieters angekommen.",
  "Bitte senden Sie mir die Kontoauszüge für das letzte Quartal als PDF.",
  "Hello, I was charged twice for the same purchase at the online shop last week.",
  "Could you please confirm that my address change went through? I moved on the first.",
  "The app keeps logging me out after the last update, on Android 14.",
  "Vielen Dank für die schnelle Rückmeldung, das hat mir sehr geholfen.",
  "Können Sie mich bitte morgen Vormittag unter der bekannten Nummer zurückrufen?",
  "Meine neue PIN ist nach zwei Wochen noch immer nicht per Post gekommen.",
];

/**
 * A fixed pool of customers as the channels would name them. Messages pick from it, so identity
 * resolution mostly finds a known customer and sometimes (first sight) creates one.
 */
export function identityPool(size: number, next: () => number): Person[] {
  return Array.from({ length: size }, (_, i) => {
    const name = `${firstNames[i % firstNames.length] ?? "Kim"} ${lastNames[Math.floor(i / firstNames.length) % lastNames.length] ?? "Meier"}`;
    const roll = next();
    if (roll < 0.6)
      return {
        channel: "email",
        name,
        identity: { kind: "email", value: `${name.split(" ")[0]?.toLowerCase() ?? "kunde"}.${i}@Example.DE` },
      };
    if (roll < 0.85)
      return {
        channel: "phone",
        name,
        identity: { kind: "phone", value: `0171 ${String(2_000_000 + i).padStart(7, "0")}` },
      };
    if (roll < 0.93)
      return {
        channel: "facebook",
        name,
        identity: { kind: "facebook", value: String(7_100_000_000 + i), display: name },
      };
    return {
      channel: "twitter",
      name,
      identity: { kind: "twitter", value: String(9_000_000 + i), display: `@kunde${i}` },
    };
  });
}

/** One realistic inbound item from `person`: a few sentences of text, one of three threads. */
export function inboundMessage(
  person: Person,
  next: () => number,
  overrides: Partial<InboundMessageInput> = {},
): InboundMessageInput {
  const count = 1 + Math.floor(next() * 4);
  const text = Array.from(
    { length: count },
    () => sentences[Math.floor(next() * sentences.length)] ?? "",
  ).join(" ");
  const phone = person.channel === "phone";
  return {
    channel: person.channel,
    kind: phone ? "call" : "message",
    externalId: `bench-${randomUUID()}`,
    threadKey: `${person.identity.kind}:${person.identity.value}:${Math.floor(next() * 3)}`,
    occurredAt: new Date().toISOString(),
    direction: "inbound",
    author: { name: person.name, identities: [person.identity] },
    ...(person.channel === "email" ? { subject: "Frage zu meinem Konto" } : {}),
    text: phone ? "" : text,
    ...(phone
      ? {
          call: {
            status: "completed",
            from: person.identity.value,
            to: "+4930123456",
            durationSeconds: Math.floor(next() * 600),
            transcript: text,
          },
        }
      : {}),
    metadata: { source: "bench" },
    ...overrides,
  };
}
