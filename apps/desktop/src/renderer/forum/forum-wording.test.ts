import { createInstance, type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { de } from "../i18n/de.ts";
import { en } from "../i18n/en.ts";
import { mergeReasonSentence } from "../customer/merge-wording.ts";
import { reputationText, restoreText, solutionByline, solutionTitle, threadBadges } from "./forum-wording.ts";

const translators = {} as Record<"de" | "en", TFunction>;
beforeAll(async () => {
  for (const language of ["de", "en"] as const) {
    const i18n = createInstance();
    await i18n.init({
      lng: language,
      resources: { de: { translation: de }, en: { translation: en } },
      interpolation: { escapeValue: false },
    });
    translators[language] = i18n.t;
  }
});

describe("the forum in the console's words", () => {
  it("says who solved a topic: the community, or our team, differently", () => {
    expect(solutionTitle({ byCommunity: true }, translators.de)).toBe("Von der Community gelöst");
    expect(solutionTitle({ byCommunity: false }, translators.en)).toBe("Solved by our team in the forum");
    expect(solutionByline({ how: "accepted", authorName: "Bernd Vogel" }, translators.de)).toBe(
      "Akzeptierte Antwort · Antwort von Bernd Vogel",
    );
    expect(solutionByline({ how: "helpful", authorName: null }, translators.en)).toBe(
      "Helpful · Answer by our team",
    );
  });

  it("words forum reputation in plain counts, leaving out what never happened", () => {
    const reputation = { posts: 38, topicsStarted: 0, solutionsGiven: 5, helpfulGiven: 0 };
    expect(reputationText(reputation, translators.de)).toBe("38 Beiträge im Forum, 5 Lösungen für andere");
    expect(
      reputationText({ posts: 1, topicsStarted: 1, solutionsGiven: 1, helpfulGiven: 2 }, translators.en),
    ).toBe("1 post in the forum, 1 own topic, 1 solution for others, helpful 2 times");
  });

  it("says a restored post was deleted, by whom, and when it came back", () => {
    const text = restoreText(
      { at: "2026-12-01T10:00:00Z", by: "moderator", restoredAt: "2026-12-01T12:30:00Z" },
      translators.de,
      "de",
    );
    expect(text).toMatch(/^gelöscht am .+ von der Moderation, wiederhergestellt am .+$/);
    expect(text).toContain("01.12.2026");
  });

  it("badges a public topic or a private message, and a closed or deleted topic", () => {
    const open = { publicThread: true, threadClosed: false, threadRemoved: null };
    expect(threadBadges(open, translators.de, "de").map((b) => b.text)).toEqual(["Öffentliches Thema"]);
    expect(
      threadBadges({ ...open, publicThread: false, threadClosed: true }, translators.en, "en").map(
        (b) => b.text,
      ),
    ).toEqual(["Private message", "Topic closed"]);
    const deleted = threadBadges(
      { ...open, threadClosed: true, threadRemoved: { at: "2026-12-01T10:00:00Z", by: "moderator" } },
      translators.de,
      "de",
    );
    expect(deleted).toHaveLength(2);
    expect(deleted[1]).toMatchObject({ tone: "warning" });
    expect(deleted[1]?.text).toMatch(/^Thema von der Moderation gelöscht/);
  });

  it("explains a merge by a forum's e-mail address, confirmed or not", () => {
    const reason = {
      code: "forum-email" as const,
      forum: { kind: "forum" as const, value: "community.bank.example:301" },
      email: "anna@example.de",
      verified: true,
      customerIds: ["a", "b"],
    };
    expect(mergeReasonSentence(reason, translators.de, "de")).toBe(
      "Das Forum hat bestätigt, dass anna@example.de zu diesem Forumskonto gehört.",
    );
    expect(mergeReasonSentence({ ...reason, verified: false }, translators.en, "en")).toContain(
      "which the forum has not confirmed",
    );
  });
});
