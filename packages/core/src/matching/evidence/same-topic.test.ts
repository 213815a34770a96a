import { describe, expect, it } from "vitest";
import type { MatchProfile } from "../match-profile.ts";
import { sameTopic, sameTopicKeys } from "./same-topic.ts";

type Message = MatchProfile["recent"][number];

const email: Message = {
  channel: "email",
  at: "2024-06-03T10:00:00Z",
  itemId: "mail-1",
  text: [
    "Sehr geehrte Damen und Herren,",
    "",
    "meine EC-Karte wurde gesperrt, nachdem ich die PIN dreimal falsch eingegeben habe.",
    "Wie bekomme ich eine neue PIN?",
    "",
    "Mit freundlichen Grüßen",
    "Anna Schneider",
  ].join("\n"),
};
const messenger: Message = {
  channel: "facebook",
  at: "2024-06-03T10:09:40Z",
  itemId: "fb-7",
  text: "hallo, karte ist gesperrt nach falscher pin 😩 was kann ich tun",
};

describe("sameTopic", () => {
  it("finds one request written by e-mail and on Messenger ten minutes apart", () => {
    expect(sameTopic([email], [messenger])).toEqual({
      channels: ["email", "facebook"],
      minutesApart: 10,
      words: ["gesperrt", "falsch", "karte", "pin"],
      itemIds: ["mail-1", "fb-7"],
    });
  });

  it("matches inflected words and word starts of at least five letters", () => {
    const x = { ...messenger, text: "Überweisung an Vermieter abgelehnt" };
    const y = { ...email, text: "Warum wurde meine Überweisungen abgelehnte?" };
    expect(sameTopic([x], [y])?.words).toEqual(["überweisung", "abgelehnt"]);
    const short = { ...email, text: "Kartoffel Karten" };
    expect(sameTopic([{ ...messenger, text: "Kart Karten" }], [short])).toBeNull();
  });

  it("finds nothing on the same channel, hours apart, or with only greetings and thanks in common", () => {
    expect(sameTopic([email], [{ ...messenger, channel: "email" }])).toBeNull();
    expect(sameTopic([email], [{ ...messenger, at: "2024-06-03T13:00:00Z" }])).toBeNull();
    const polite = { ...messenger, text: "Hallo danke" };
    expect(sameTopic([{ ...email, text: "Hallo, danke!" }], [polite])).toBeNull();
    expect(sameTopic([email], [{ ...messenger, at: "not a time" }])).toBeNull();
  });

  it("ignores what is quoted from an earlier mail", () => {
    const reply = {
      ...email,
      text: "Ist erledigt.\n\nAm 1. Juni 2024 schrieb Bank <info@bank.example>:\n> Ihre Karte wurde nach falscher PIN gesperrt",
    };
    expect(sameTopic([reply], [messenger])).toBeNull();
  });

  it("takes the closest pair and keeps at most six words, longest first", () => {
    const early: Message = { ...messenger, at: "2024-06-03T09:35:00Z", itemId: "fb-1" };
    const forum: Message = {
      channel: "forum",
      at: "2024-06-03T10:02:00Z",
      itemId: "post-3",
      text: "Karte gesperrt nach PIN falsch eingegeben dreimal, neue PIN bekommen, Filiale Musterstadt Sparkasse",
    };
    const found = sameTopic([email], [early, forum]);
    expect(found?.itemIds).toEqual(["mail-1", "post-3"]);
    expect(found?.minutesApart).toBe(2);
    expect(found?.words).toEqual(["eingegeben", "gesperrt", "dreimal", "bekomme", "falsch", "karte"]);
  });
});

describe("sameTopicKeys", () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 9, minute)).toISOString();
  const message = (minute: number, text: string) => ({
    channel: "email" as const,
    at: at(minute),
    itemId: "i",
    text,
  });
  const shared = (x: string[], y: string[]) => x.filter((key) => y.includes(key));

  it("brings two messages up to 30 minutes apart with a word in common together, across a window's edge", () => {
    const first = sameTopicKeys([message(25, "Meine Girokarte ist gesperrt")]);
    const second = sameTopicKeys([message(50, "Girokarte gesperrt, was tun?")]);
    expect(shared(first, second).length).toBeGreaterThan(0);
  });

  it("keeps messages hours apart, or without a word in common, apart", () => {
    const morning = sameTopicKeys([message(0, "Meine Girokarte ist gesperrt")]);
    expect(
      shared(
        morning,
        sameTopicKeys([{ ...message(0, "Girokarte gesperrt"), at: "2026-12-01T14:00:00.000Z" }]),
      ),
    ).toEqual([]);
    expect(shared(morning, sameTopicKeys([message(5, "Frage zur Baufinanzierung")]))).toEqual([]);
  });
});
