import { describe, expect, it } from "vitest";
import { blockingKeysOf } from "./blocking-keys.ts";
import type { MatchProfile } from "./match-profile.ts";
import { SUGGEST_FROM_SCORE } from "./match-thresholds.ts";
import { scorePair } from "./score-pair.ts";

function profile(id: string, facts: Partial<MatchProfile>): MatchProfile {
  return {
    customerId: id,
    names: [],
    birthDate: null,
    address: null,
    customerNumber: null,
    identities: [],
    ibans: [],
    written: [],
    recent: [],
    ...facts,
  };
}

const mail = profile("mail", {
  names: [{ value: "Anna Schneider", source: "customer" }],
  identities: [{ kind: "email", value: "anna.schneider@example.de", display: "Anna Schneider" }],
  recent: [
    {
      channel: "email",
      at: "2026-12-01T09:00:00.000Z",
      itemId: "m1",
      text: "Meine Girokarte ist nach der PIN-Eingabe gesperrt worden.",
    },
  ],
});
const messenger = profile("fb", {
  names: [{ value: "Anna Schneider", source: "facebook" }],
  identities: [{ kind: "facebook", value: "psid-1", display: "Anna Schneider" }],
  recent: [
    {
      channel: "facebook",
      at: "2026-12-01T09:12:00.000Z",
      itemId: "f1",
      text: "Hallo, meine Girokarte ist gesperrt, PIN falsch eingegeben",
    },
  ],
});
const address = {
  street: "Lindenstraße",
  houseNumber: "4",
  postalCode: "50674",
  city: "Köln",
  country: "DE",
};

describe("scorePair", () => {
  it("suggests an e-mail customer and a Messenger contact with one name who asked the same within minutes", () => {
    const { score, evidence } = scorePair(mail, messenger);
    expect(score).toBeGreaterThanOrEqual(SUGGEST_FROM_SCORE);
    expect(evidence.map((piece) => piece.kind)).toEqual(["name", "same-topic"]);
    expect(evidence[1]).toMatchObject({ channels: ["email", "facebook"], minutesApart: 12 });
  });

  it("does not suggest two customers on a name alone", () => {
    const quiet = { ...messenger, recent: [] };
    expect(scorePair(mail, quiet).score).toBeLessThan(SUGGEST_FROM_SCORE);
  });

  it("is sure with the same name and date of birth, and a spelling variant still counts", () => {
    const a = profile("a", { names: [{ value: "Jürgen Weiß", source: "record" }], birthDate: "1961-03-02" });
    const b = profile("b", {
      names: [{ value: "Juergen Weiss", source: "facebook" }],
      birthDate: "1961-03-02",
    });
    const { score, evidence } = scorePair(a, b);
    expect(score).toBeGreaterThan(0.95);
    expect(evidence.find((piece) => piece.kind === "name")).toMatchObject({ likeness: "spelling" });
  });

  it("keeps father and son at one address apart by their dates of birth", () => {
    const father = profile("f", {
      names: [{ value: "Klaus Weber", source: "record" }],
      birthDate: "1958-05-01",
      address,
    });
    const son = profile("s", {
      names: [{ value: "Klaus Weber", source: "record" }],
      birthDate: "1989-11-23",
      address,
    });
    const { score, evidence } = scorePair(father, son);
    expect(score).toBeLessThan(0.01);
    expect(evidence[0]).toMatchObject({ kind: "birth-date", same: false });
  });

  it("suggests a contact who wrote another customer's number, saying where", () => {
    const holder = profile("holder", {
      names: [{ value: "Erika Musterfrau", source: "record" }],
      customerNumber: "K-1185767",
    });
    const writer = profile("x", {
      names: [{ value: "@kaffeeliebhaberin", source: "twitter" }],
      written: [{ identifier: { kind: "customer-number", value: "K-1185767" }, itemId: "dm1" }],
    });
    const { score, evidence } = scorePair(holder, writer);
    expect(score).toBeGreaterThanOrEqual(SUGGEST_FROM_SCORE);
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({
      kind: "written-identifier",
      identifier: { kind: "customer-number", value: "K-1185767" },
      writtenBy: "x",
      itemId: "dm1",
    });
  });

  it("reads a name from an e-mail address's local part, as from a handle", () => {
    const bare = profile("bare", {
      identities: [{ kind: "email", value: "anna.schneider@example.de", display: null }],
      birthDate: "1990-01-01",
    });
    const record = profile("rec", {
      names: [{ value: "Anna Schneider", source: "record" }],
      birthDate: "1990-01-01",
    });
    const { score, evidence } = scorePair(bare, record);
    expect(evidence.find((piece) => piece.kind === "name")).toMatchObject({
      likeness: "handle",
      names: ["anna.schneider", "Anna Schneider"],
    });
    expect(score).toBeGreaterThanOrEqual(SUGGEST_FROM_SCORE);
  });

  it("scores a pair the same either way round", () => {
    expect(scorePair(messenger, mail).score).toBe(scorePair(mail, messenger).score);
  });
});

describe("blockingKeysOf", () => {
  it("brings name variants, the same date of birth and a written identifier's owner together", () => {
    const shared = (a: MatchProfile, b: MatchProfile) => {
      const keys = new Set(blockingKeysOf(a));
      return blockingKeysOf(b).filter((key) => keys.has(key));
    };
    const mueller = profile("m1", { names: [{ value: "Thomas Müller", source: "customer" }] });
    const muller = profile("m2", { names: [{ value: "Muller Thomas", source: "facebook" }] });
    expect(shared(mueller, muller).length).toBeGreaterThan(0);
    const holder = profile("h", { customerNumber: "K-1" });
    const writer = profile("w", {
      written: [{ identifier: { kind: "customer-number", value: "K-1" }, itemId: "i" }],
    });
    expect(shared(holder, writer)).toEqual(["w:customer-number:K-1"]);
    const stranger = profile("s", { names: [{ value: "Erika Musterfrau", source: "customer" }] });
    expect(shared(mueller, stranger)).toEqual([]);
  });
});
