import { expect, test, type Page } from "@playwright/test";
import { screenshot, signIn } from "../support/console.ts";

// The demo has no live phone line, so the API's stream is stood in for once with two call.incoming
// events in tRPC's SSE format (event "connected", then tracked messages); reconnects then go to the
// real API again. Everything after the stream (queries, screen pop, notification) is real.
async function customerIdOf(page: Page, name: string): Promise<string> {
  return page.evaluate(async (query) => {
    const token = sessionStorage.getItem("emma.session-token") ?? "";
    const input = encodeURIComponent(JSON.stringify({ query, limit: 1 }));
    const response = await fetch(`/trpc/customers.search?input=${input}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as { result: { data: { id: string }[] } };
    return body.result.data[0]?.id ?? "";
  }, name);
}

function sse(events: object[]): string {
  const messages = events.map(
    (event, index) => `id: ${String(900_000 + index)}\ndata: ${JSON.stringify(event)}\n\n`,
  );
  return `event: connected\ndata: {}\n\n${messages.join("")}`;
}

test("an incoming call pops the caller's screen and Alt+Enter opens the customer", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["notifications"]);
  await page.addInitScript(() => {
    const shown: string[] = [];
    (window as unknown as { shownNotifications: string[] }).shownNotifications = shown;
    // A stand-in for the Notification API that records what the console shows.
    const RecordingNotification = Object.assign(
      function record(title: string, options?: { body?: string }) {
        shown.push(`${title}: ${options?.body ?? ""}`);
      },
      { permission: "granted", requestPermission: () => Promise.resolve("granted") },
    );
    Object.defineProperty(window, "Notification", { value: RecordingNotification });
  });
  await signIn(page);
  const customerId = await customerIdOf(page, "Anna Schneider");
  expect(customerId).not.toBe("");

  const at = new Date().toISOString();
  let served = false;
  await page.route("**/trpc/events.stream**", async (route) => {
    if (served) return route.continue();
    served = true;
    await route.fulfill({
      status: 200,
      headers: { "content-type": "text/event-stream", "cache-control": "no-cache" },
      body: sse([
        {
          id: "900001",
          topic: "call.incoming",
          at,
          payload: {
            customerId: null,
            conversationId: null,
            // Item ids are UUIDs in the realtime contract; the console ignores events that break it.
            eventId: "00000000-0000-4000-8000-0000000e2e01",
            from: "+49 30 9999999",
          },
        },
        {
          id: "900000",
          topic: "call.incoming",
          at,
          payload: {
            customerId,
            conversationId: null,
            eventId: "00000000-0000-4000-8000-0000000e2e02",
            from: "+49 160 08077142",
          },
        },
      ]),
    });
  });
  await page.reload();

  const pops = page.getByRole("region", { name: "Eingehender Anruf" });
  await expect(pops).toHaveCount(2);
  const anna = pops.filter({ hasText: "Anna Schneider" });
  await expect(anna).toBeVisible();
  await expect(anna.getByText("Letzte Kontakte")).toBeVisible();
  await expect(pops.filter({ hasText: "Unbekannter Anrufer" })).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { shownNotifications: string[] }).shownNotifications.length),
    )
    .toBe(2);
  await screenshot(page, "11-screen-pop");

  // The newest call (Anna's, the later event) opens with Alt+Enter, wherever the focus is.
  await page.keyboard.press("Alt+Enter");
  await expect(page.getByRole("complementary", { name: "Kunde 360" }).locator("#customer-name")).toHaveText(
    "Anna Schneider",
  );
  await expect(pops).toHaveCount(1);
});
