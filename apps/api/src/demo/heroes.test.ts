import { beforeAll, describe, expect, it } from "vitest";
import { HEROES } from "./heroes.ts";
import { generate, messagesOf, NOW } from "./test-fixture.ts";
import type { DemoCustomer } from "./types.ts";

const DAY = 86_400_000;
let heroes: DemoCustomer[];

beforeAll(() => {
  heroes = generate(HEROES.length + 20).slice(0, HEROES.length);
});

const ago = (iso: string) => NOW.getTime() - Date.parse(iso);

describe("hero customers", () => {
  it("have rich histories on all five channels", () => {
    expect(heroes.map((h) => h.displayName)).toEqual([
      "Anna Schneider",
      "Jürgen Weiß",
      "Aylin Yılmaz",
      "Emily Carter",
      "Frank Böhm",
    ]);
    for (const hero of heroes) {
      expect(new Set(hero.contacts.map((c) => c.channel)).size, hero.displayName).toBe(5);
      const items = messagesOf(hero).length;
      expect(items, hero.displayName).toBeGreaterThanOrEqual(10);
      expect(items, hero.displayName).toBeLessThanOrEqual(40);
    }
  });

  it("tell Anna's story: emailed today, called last week, complained on X, asked in the forum", () => {
    const anna = heroes[0];
    if (!anna) throw new Error("no Anna");
    const latest = (channel: string) =>
      anna.contacts
        .filter((c) => c.channel === channel)
        .map((c) => c.messages[0]?.occurredAt ?? "")
        .sort()
        .at(-1) ?? "";
    expect(ago(latest("email"))).toBeLessThan(DAY);
    expect(anna.contacts.at(-1)?.status).toBe("open");
    expect(ago(latest("phone"))).toBeGreaterThan(5 * DAY);
    expect(ago(latest("phone"))).toBeLessThan(8 * DAY);
    const complaint = anna.contacts.find(
      (c) => c.channel === "twitter" && c.messages[0]?.metadata?.source === "mention",
    );
    expect(complaint?.messages[0]?.text).toMatch(/^@EmmaBank_Hilfe /);
    expect(anna.contacts.some((c) => c.channel === "forum")).toBe(true);
  });

  it("show both merge stories: Jürgen's bridge suggestion, Aylin's manual merge", () => {
    const [, jurgen, aylin] = heroes;
    expect(jurgen?.contacts.map((c) => c.scenario)).toEqual(
      expect.arrayContaining(["split-identity", "same-person-bridge"]),
    );
    expect(jurgen?.identities.filter((i) => !i.linked).map((i) => i.identity.kind)).toEqual(["phone"]);
    expect(aylin?.contacts.map((c) => c.scenario)).toContain("split-identity");
    expect(aylin?.contacts.map((c) => c.scenario)).not.toContain("same-person-bridge");
    expect(aylin?.identities.filter((i) => !i.linked).map((i) => i.identity.value)).toEqual([
      "a.yilmaz@smail.uni-koeln.de",
    ]);
  });

  it("meet each other in the forum", () => {
    const forumPosts = heroes
      .slice(1)
      .flatMap((h) => h.contacts.filter((c) => c.channel === "forum").flatMap((c) => c.messages));
    const anna = heroes[0]?.identities.find((i) => i.identity.kind === "forum")?.identity.value;
    expect(forumPosts.some((m) => m.author.identities[0]?.value === anna)).toBe(true);
  });
});
