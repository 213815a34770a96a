import { facebookEvents, type FakeXApi } from "@emma/connectors/simulators";
import { expect, test, type Page } from "@playwright/test";
import { screenshot, signIn } from "../support/console.ts";
import { openCustomerConversation } from "../support/conversation.ts";
import { connectFacebookPage, connectXAccount, type FacebookPage } from "../support/social-channels.ts";

/**
 * An agent answers Facebook Messenger, a Page comment (in public and privately), an X mention and an
 * X DM from the console; each answer reaches the fake provider with the right payload and shows its
 * state in the thread. The Page token expiring last, since it breaks the Page for what follows.
 */
const PAGE_NAME = "Facebook Emma Bank (E2E)";
const PSID = { mara: "6700000000000701", tobias: "6700000000000702" };
const KONRAD = { id: "7000000000000701", name: "Konrad Kommentarius" };
const XAVER = { id: "9007199254740993701", username: "xaver_x", name: "Xaver Xantener" };
const DORIS = { id: "9007199254740993702", username: "doris_dm", name: "Doris Direktberg" };

let facebook: FacebookPage;
let x: FakeXApi;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  facebook = await connectFacebookPage(PAGE_NAME, {
    [PSID.mara]: { first_name: "Mara", last_name: "Messingerova" },
    [PSID.tobias]: { first_name: "Tobias", last_name: "Tokenhagen" },
  });
  x = await connectXAccount("X @emma_bank (E2E)");
});
test.afterAll(async () => {
  await facebook.graph.close();
  await x.close();
});

const thread = (page: Page) => page.getByRole("region", { name: "Verlauf der Konversation" });
const ourReply = (page: Page, text: string) => thread(page).locator(".entry.outbound", { hasText: text });
const replyBox = (page: Page) => page.getByRole("textbox", { name: "Antwort" });

async function messengerMessage(psid: string, text: string): Promise<void> {
  const { pageId, meta } = facebook;
  await meta.deliver(
    facebookEvents.pageWebhook(pageId, { messaging: [facebookEvents.textMessage({ pageId, psid, text })] }),
  );
}

test("a Messenger chat is answered inside Meta's window, and the read receipt shows in the thread", async ({
  page,
}) => {
  await messengerMessage(PSID.mara, "Ist meine Karte gesperrt?");
  await signIn(page);
  await openCustomerConversation(page, "Mara Messingerova");
  await expect(page.getByText(/Messenger: Antworten möglich bis/)).toBeVisible();
  // A chat is private by nature: no choice to make.
  await expect(page.getByRole("radio")).toHaveCount(0);

  await replyBox(page).fill("Nein, Ihre Karte ist aktiv.");
  await page.getByRole("button", { name: "Senden" }).click();
  await expect
    .poll(() => facebook.graph.requests.find((r) => r.path === "me/messages")?.body)
    .toMatchObject({
      recipient: { id: PSID.mara },
      messaging_type: "RESPONSE",
      message: { text: "Nein, Ihre Karte ist aktiv." },
    });
  const status = ourReply(page, "Nein, Ihre Karte ist aktiv.").getByRole("status");
  await expect(status).toHaveText("Gesendet");
  await expect(ourReply(page, "Nein, Ihre Karte ist aktiv.").locator(".visibility-badge")).toHaveText(
    "privat",
  );

  const { pageId, meta } = facebook;
  await meta.deliver(
    facebookEvents.pageWebhook(pageId, {
      messaging: [facebookEvents.read({ pageId, psid: PSID.mara, watermark: Date.now() + 1000 })],
    }),
  );
  await expect(status).toHaveText(/^Gelesen \d/);
});

test("a Page comment is answered privately after the personal-data question, then in public", async ({
  page,
}) => {
  const { pageId, meta } = facebook;
  const postId = `${pageId}_555000701`;
  const commentId = "555000701_901";
  await meta.deliver(
    facebookEvents.pageWebhook(pageId, {
      changes: [
        facebookEvents.commentChange({
          postId,
          commentId,
          from: KONRAD,
          message: "Ist die App gerade down?",
        }),
      ],
    }),
  );
  await signIn(page);
  await openCustomerConversation(page, KONRAD.name);
  await expect(thread(page).getByRole("link", { name: "Beitrag auf Facebook öffnen" })).toHaveAttribute(
    "href",
    "https://www.facebook.com/104000000000777/posts/555000701",
  );
  const publicChoice = page.getByRole("radio", { name: "Öffentlich antworten" });
  await expect(publicChoice).toBeChecked();
  await expect(page.getByText(/Öffentlich: Alle, die den Beitrag der Seite sehen/)).toBeVisible();

  const withIban = "Bitte überweisen Sie an DE89 3704 0044 0532 0130 00.";
  await replyBox(page).fill(withIban);
  await screenshot(page, "60-comment-composer");
  await page.getByRole("button", { name: "Senden" }).click();
  const question = page.getByRole("alertdialog", { name: "Enthält eine IBAN – wirklich öffentlich senden?" });
  await expect(question).toBeVisible();
  await screenshot(page, "61-comment-personal-data");
  await question.getByRole("button", { name: "Stattdessen privat senden" }).click();
  await expect
    .poll(() =>
      facebook.graph.requests.find(
        (r) => r.path === "me/messages" && JSON.stringify(r.body).includes(commentId),
      ),
    )
    .toMatchObject({ body: { recipient: { comment_id: commentId }, message: { text: withIban } } });
  await expect(ourReply(page, withIban).locator(".visibility-badge")).toHaveText("privat");
  await expect(ourReply(page, withIban).getByRole("status")).toHaveText("Gesendet");

  await publicChoice.check();
  await replyBox(page).fill("Wir sind dran – danke für den Hinweis!");
  await page.getByRole("button", { name: "Senden" }).click();
  await expect
    .poll(() => facebook.graph.requests.find((r) => r.path === `${commentId}/comments`)?.body)
    .toEqual({ message: "Wir sind dran – danke für den Hinweis!" });
  const publicReply = ourReply(page, "Wir sind dran – danke für den Hinweis!");
  await expect(publicReply.locator(".visibility-badge")).toHaveText("öffentlich");
  await expect(publicReply.getByRole("status")).toHaveText("Gesendet");

  // The customer edits the comment: the thread shows the new text, and the old one on request.
  await meta.deliver(
    facebookEvents.pageWebhook(pageId, {
      changes: [
        facebookEvents.commentChange({
          postId,
          commentId,
          from: KONRAD,
          message: "Ist die App seit heute früh down?",
          verb: "edited",
        }),
      ],
    }),
  );
  const comment = thread(page).locator(".entry.inbound", { hasText: "Ist die App seit heute früh down?" });
  await comment.getByText("bearbeitet").click();
  await expect(comment.getByRole("list", { name: "Frühere Fassungen" })).toContainText(
    "Ist die App gerade down?",
  );
  await screenshot(page, "65-comment-edited");
});

test("an X mention is answered in public within X's 280 and an X DM by direct message", async ({ page }) => {
  const mention = x.customerPosts(XAVER, "@emma_bank warum sind die Gebühren so hoch?");
  await mention.delivered;
  await signIn(page);
  await openCustomerConversation(page, XAVER.name);
  await expect(page.getByRole("radio", { name: "Öffentlich antworten" })).toBeChecked();
  await expect(page.getByText("Öffentlich: Diese Antwort ist auf X für alle sichtbar.")).toBeVisible();

  // 141 emoji: 141 characters, but 282 by X's count.
  await replyBox(page).fill("😀".repeat(141));
  await expect(page.locator(".x-count")).toContainText("282 / 280");
  await expect(page.locator(".x-count")).toHaveClass(/over/);
  await expect(page.getByRole("button", { name: "Senden" })).toBeDisabled();
  await screenshot(page, "62-x-mention-too-long");

  const answer = "Das schauen wir uns an – schreiben Sie uns gern eine DM.";
  await replyBox(page).fill(answer);
  await expect(page.locator(".x-count")).toContainText(`${answer.length} / 280`);
  await screenshot(page, "63-x-mention-composer");
  await page.getByRole("button", { name: "Senden" }).click();
  await expect
    .poll(() => x.sent.find((s) => s.kind === "post"))
    .toMatchObject({ kind: "post", text: answer, inReplyTo: mention.post.id });
  await expect(ourReply(page, answer).getByRole("status")).toHaveText("Gesendet");
  await expect(ourReply(page, answer).locator(".visibility-badge")).toHaveText("öffentlich");

  // Xaver deletes the mention: X requires its content gone, and the thread says so.
  await x.deletePost(mention.post.id);
  await expect(thread(page).locator(".entry.inbound .removal-note")).toHaveText(
    /^Vom Kunden gelöscht \(.+\) Der Inhalt wurde gelöscht, wie es X\/Twitter verlangt\.$/,
  );
  await expect(thread(page).getByText("@emma_bank warum sind die Gebühren so hoch?")).toHaveCount(0);

  const dm = x.customerDms(DORIS, "Meine Karte wurde eingezogen.");
  await dm.delivered;
  await openCustomerConversation(page, DORIS.name);
  await expect(page.getByRole("radio")).toHaveCount(0);
  await replyBox(page).fill("Wir schicken Ihnen eine neue Karte.");
  await page.getByRole("button", { name: "Senden" }).click();
  await expect
    .poll(() => x.sent.find((s) => s.kind === "dm"))
    .toMatchObject({ kind: "dm", to: DORIS.id, text: "Wir schicken Ihnen eine neue Karte." });
  await expect(ourReply(page, "Wir schicken Ihnen eine neue Karte.").getByRole("status")).toHaveText(
    "Gesendet",
  );
});

test("an expired Page token shows in the thread's banner, and the reply waits in the queue", async ({
  page,
}) => {
  await messengerMessage(PSID.tobias, "Hallo, jemand da?");
  await signIn(page);
  await openCustomerConversation(page, "Tobias Tokenhagen");
  facebook.graph.expireToken();
  await replyBox(page).fill("Ja, wir sind da.");
  await page.getByRole("button", { name: "Senden" }).click();
  const banner = page.getByRole("alert").filter({ hasText: "muss neu verbunden werden" });
  await expect(banner).toContainText(`Die Verbindung „${PAGE_NAME}“ muss neu verbunden werden (seit `);
  await expect(banner).toContainText("Antworten darüber gehen erst danach wieder hinaus");
  await screenshot(page, "64-facebook-reconnect-banner");
});
