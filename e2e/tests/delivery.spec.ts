import { expect, test } from "@playwright/test";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { screenshot, signIn } from "../support/console.ts";
import { connectIntegration } from "../support/integration.ts";

/**
 * The receiving end of a customer's own integration (a CRM behind an emma-inbound connector):
 * it refuses replies until `accept` is set, as an endpoint would before someone fixes its mapping.
 */
async function startIntegration() {
  const state = { accept: false, received: [] as { text: string }[] };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (!state.accept) {
        response.writeHead(422, { "content-type": "text/plain" });
        response.end("Kundennummer im CRM unbekannt");
        return;
      }
      state.received.push(JSON.parse(Buffer.concat(chunks).toString("utf8")) as { text: string });
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ externalId: "crm-4711" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { state, url: `http://127.0.0.1:${String(port)}/replies`, close: () => server.close() };
}

test("a reply the integration refuses shows its words and goes out when sent again", async ({ page }) => {
  const integration = await startIntegration();
  try {
    const connector = await connectIntegration({
      name: "CRM-Integration (E2E)",
      channel: "facebook",
      outboundUrl: integration.url,
    });
    const subject = `Kartensperre ${Date.now()}`;
    await connector.post([
      {
        channel: "facebook",
        externalId: `e2e-${Date.now()}`,
        threadKey: `e2e-thread-${Date.now()}`,
        subject,
        author: { name: "Greta Gateway", identities: [{ kind: "facebook", value: "71000042" }] },
        text: "Meine Karte ist gesperrt, bitte melden Sie sich.",
      },
    ]);

    await signIn(page);
    await page.keyboard.press("/");
    await page.keyboard.type("Greta Gateway");
    // The customers group of the quick matches: the "all results" line names her too, and while the
    // search still runs it is the only option, so waiting for any option would pick it.
    await expect(
      page
        .locator("#search-results")
        .getByRole("group", { name: "Kunden" })
        .getByRole("option", { name: /Greta Gateway/ }),
    ).toBeVisible();
    // The first option is the customer; Enter on the box alone opens all results.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    // The customer's open conversations; the timeline also links the conversation once it loads.
    await page
      .locator(".open-conversations")
      .getByRole("button", { name: new RegExp(subject) })
      .click();
    await expect(page.locator(".conversation-header h2")).toHaveText(subject);

    const text = `Wir haben die Sperre aufgehoben. (${Date.now()})`;
    await page.getByRole("textbox", { name: "Antwort" }).fill(text);
    await page.getByRole("button", { name: "Senden" }).click();
    const reply = page.getByRole("region", { name: "Verlauf der Konversation" }).locator(".entry.outbound", {
      hasText: text,
    });
    const delivery = reply.getByRole("status");
    // The integration's own words, and what the agent can do about it.
    await expect(delivery).toContainText("Fehlgeschlagen", { timeout: 20_000 });
    await expect(delivery).toContainText("The integration answered 422: Kundennummer im CRM unbekannt");
    await screenshot(page, "20-delivery-failed");

    integration.state.accept = true;
    await delivery.getByRole("button", { name: "Erneut senden" }).click();
    await expect(delivery).toHaveText("Gesendet", { timeout: 20_000 });
    expect(integration.state.received.map((message) => message.text)).toEqual([text]);
    await screenshot(page, "21-delivery-sent-again");
  } finally {
    integration.close();
  }
});
