import { expect, test } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { appUrl, DEMO_PASSWORD, screenshot, signIn } from "../support/console.ts";
import { DEMO_ADMIN, mutate } from "../support/trpc-mutation.ts";
import { openWritableConversation } from "../support/conversation.ts";

/**
 * A PBX set up for Zammad's generic CTI API, pointed at a CTI connector the admin made: the call
 * travels the real way (webhook, ingest, NOTIFY, the console's event stream, the screen pop).
 */
async function phoneSystem() {
  const { token } = await mutate<{ token: string }>("auth.login", {
    email: DEMO_ADMIN,
    password: DEMO_PASSWORD,
  });
  const ctiToken = randomBytes(24).toString("hex");
  const connector = await mutate<{ id: string }>(
    "connectors.create",
    { kind: "cti", name: `Telefonanlage (E2E ${Date.now()})`, config: {}, secrets: { token: ctiToken } },
    token,
  );
  const post = async (contentType: string, body: string) => {
    const response = await fetch(`${appUrl()}/webhooks/${connector.id}?token=${ctiToken}`, {
      method: "POST",
      headers: { "content-type": contentType },
      body,
    });
    expect(response.status, await response.text()).toBeLessThan(300);
  };
  const callId = () => `e2e-${randomBytes(6).toString("hex")}`;
  return {
    /** A demo customer's phone number, as the customer search shows it. */
    phoneOf: async (name: string) => {
      const input = encodeURIComponent(JSON.stringify({ query: name, limit: 1 }));
      const response = await fetch(`${appUrl()}/trpc/customers.search?input=${input}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = (await response.json()) as {
        result: { data: { identities: { kind: string; value: string }[] }[] };
      };
      const phone = body.result.data[0]?.identities.find((identity) => identity.kind === "phone");
      if (!phone) throw new Error(`${name} has no phone number in the demo data`);
      return phone.value;
    },
    /** As Zammad's generic CTI API: a form, the number as the PBX writes it. */
    ring: (from: string) =>
      post(
        "application/x-www-form-urlencoded",
        new URLSearchParams({
          event: "newCall",
          from,
          to: "4930901820",
          direction: "in",
          callId: callId(),
          "user[]": "Nina Agent",
        }).toString(),
      ),
    /** As Emma's own CTI event (JSON with the time). */
    ringJson: (from: string) =>
      post(
        "application/json",
        JSON.stringify({
          event: "newCall",
          callId: callId(),
          from,
          to: "+4930901820",
          at: new Date().toISOString(),
        }),
      ),
  };
}

test("a call ringing while the agent types never takes the keyboard; Alt+Enter opens it", async ({
  page,
}) => {
  const pbx = await phoneSystem();
  await signIn(page);
  await openWritableConversation(page);
  await expect(page.locator(".live-dot.on")).toBeVisible();
  const composer = page.getByRole("textbox", { name: "Antwort", exact: true });
  await composer.click();
  await page.keyboard.type("Guten Tag, ");

  // A demo customer calls.
  await pbx.ringJson(await pbx.phoneOf("Anna Schneider"));
  const pop = page.locator(".screen-pop").filter({ hasText: "Eingehender Anruf" });
  await expect(pop).toBeVisible();
  await expect(pop).toContainText("Anna Schneider");

  // "a" and "z" are the header's shortcuts: had the pop taken focus, they would open the pickers.
  await page.keyboard.type("anbei zwei Unterlagen.");
  await expect(composer).toHaveValue("Guten Tag, anbei zwei Unterlagen.");
  await expect(composer).toBeFocused();
  await expect(page.getByRole("combobox", { name: "Zuweisen an" })).toHaveCount(0);
  await expect(page.getByRole("menu")).toHaveCount(0);
  await screenshot(page, "30-screen-pop-while-typing");

  await page.keyboard.press("Alt+Enter");
  await expect(pop).toHaveCount(0);
  await expect(page.locator(".conversation-header h2")).toHaveText("Anruf von Anna Schneider");
  await expect(page.getByRole("complementary", { name: "Kunde 360" }).locator("#customer-name")).toHaveText(
    "Anna Schneider",
  );
  // The call item names the caller, not "Unbekannt".
  await expect(page.locator(".thread .entry.inbound .author").last()).toHaveText("Anna Schneider");
});

test("an unknown caller's call is attached to the customer it turned out to be", async ({ page }) => {
  const pbx = await phoneSystem();
  await signIn(page);
  // The call must reach a console that listens: a stream connects after the sign-in.
  await expect(page.locator(".live-dot.on")).toBeVisible();
  await pbx.ring("");
  const pop = page.locator(".screen-pop").filter({ hasText: "Unbekannter Anrufer" });
  await expect(pop).toBeVisible();
  await pop.getByRole("button", { name: "Anruf öffnen" }).click();
  await expect(page.locator(".conversation-header h2")).toHaveText("Anruf mit unterdrückter Nummer");

  await page.getByRole("searchbox", { name: "Kunde für diesen Anruf suchen" }).fill("Anna Schneider");
  await page.getByRole("button", { name: "Anruf Anna Schneider zuordnen" }).click();

  await expect(page.getByRole("complementary", { name: "Kunde 360" }).locator("#customer-name")).toHaveText(
    "Anna Schneider",
  );
  await expect(page.locator(".conversation-header h2")).toHaveText("Anruf von Anna Schneider");
  await expect(page.locator(".thread")).toContainText("Anruf Anna Schneider zugeordnet");
  // The call item names its caller now, not "Unbekannt".
  await expect(page.locator(".thread .entry.inbound .author").first()).toHaveText("Anna Schneider");
  await screenshot(page, "31-unknown-caller-attached");
});
