import type { FakeDiscourse } from "@emma/connectors/simulators";
import { expect, test, type Page } from "@playwright/test";
import { screenshot, signIn } from "../support/console.ts";
import { openCustomerConversation } from "../support/conversation.ts";
import { AGENT_FORUM_NAME, connectDiscourse } from "../support/forum.ts";

/**
 * The community forum beside the agent. The demo's fake Discourse holds a topic in which a member
 * solved how to move the pushTAN app to a new phone, and a customer e-mails that very question
 * (apps/api/src/demo-traffic/demo-forum-topics.ts); a second fake forum, connected here, takes the
 * agent's answer.
 */
let forum: FakeDiscourse;

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  forum = await connectDiscourse("Forum (E2E)");
});
test.afterAll(async () => {
  await forum.close();
});

const thread = (page: Page) => page.getByRole("region", { name: "Verlauf der Konversation" });
const replyBox = (page: Page) => page.getByRole("textbox", { name: "Antwort" });
const communityPanel = (page: Page) => page.getByRole("region", { name: "Community-Antworten" });

test("an e-mail about what the forum already solved shows the community's answer, and c puts its link into the reply", async ({
  page,
}) => {
  await signIn(page);
  await page.keyboard.press("/");
  await page.getByRole("combobox", { name: "Kunden und Nachrichten suchen" }).fill("pushTAN umziehen");
  await page.keyboard.press("Enter");
  const hit = page
    .getByRole("listbox", { name: "Suchergebnisse" })
    .getByRole("group", { name: /^Nachrichten, Anrufe und Notizen/ })
    .getByRole("option")
    .filter({ hasText: "Neues Handy" });
  await hit.first().click();
  await expect(page.locator(".conversation-header h2")).toHaveText(/Neues Handy – pushTAN umziehen/);

  const suggestion = communityPanel(page)
    .getByRole("listitem")
    .filter({ hasText: "pushTAN-App auf neues Smartphone umziehen" });
  await expect(suggestion).toBeVisible();
  await expect(suggestion).toContainText("gelöst");
  await expect(suggestion).toContainText("Gerät wechseln");
  await screenshot(page, "community-suggestion");

  await thread(page).click();
  await page.keyboard.press("c");
  await expect(replyBox(page)).toHaveValue(/Community-Forum.*pushTAN-App auf neues Smartphone umziehen/s);
  await expect(replyBox(page)).toHaveValue(/https:\/\/community\.emma-bank\.de\/t\//);
  await screenshot(page, "community-link-inserted");
});

test("an agent answers a forum topic under her own forum name, the thread shows the answer once, and a member's accepted answer solves it", async ({
  page,
}) => {
  const fritzi = forum.createUser({ username: "fritzi_f", name: "Fritzi Forumsfrau" });
  const gustav = forum.createUser({ username: "gustav_g", name: "Gustav Gutrat" });
  const { topic } = forum.createTopic(fritzi, {
    title: "Wie lange dauert der Kontowechselservice?",
    raw: "Ich habe den Kontowechselservice beauftragt. Wie lange dauert es, bis alle Daueraufträge umgezogen sind?",
  });
  await forum.settled();
  await signIn(page);
  await openCustomerConversation(page, "Fritzi Forumsfrau");
  await expect(page.locator(".conversation-header")).toContainText("Öffentliches Thema");

  await replyBox(page).fill(
    "Das dauert in der Regel zwölf Geschäftstage; Sie bekommen dann eine Bestätigung.",
  );
  await page.getByRole("button", { name: "Senden" }).click();
  await expect
    .poll(() => forum.requests.find((request) => request.endpoint === "create_post")?.apiUsername)
    .toBe(AGENT_FORUM_NAME);
  await forum.settled();
  const ours = thread(page).locator(".entry.outbound", { hasText: "zwölf Geschäftstage" });
  await expect(ours).toHaveCount(1);
  // The webhook's echo of the post has arrived and was met by our item: still one.
  await expect
    .poll(() => forum.deliveries.filter((d) => d.body.includes("zwölf Geschäftstage")).length)
    .toBe(1);
  await page.waitForTimeout(500);
  await expect(ours).toHaveCount(1);

  const answer = forum.reply(gustav, topic.id, "Bei mir waren es genau zwölf Tage, alles lief automatisch.");
  forum.accept(answer.id, fritzi);
  await forum.settled();
  await expect(page.getByText("Von der Community gelöst")).toBeVisible();
  await expect(page.getByText(/Antwort von Gustav Gutrat|Antwort von gustav_g/)).toBeVisible();
  await screenshot(page, "forum-solved-by-community");
});
