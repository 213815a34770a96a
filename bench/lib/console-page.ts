import type { CDPSession, Page } from "playwright-core";

/** Chromium as the e2e tests run it: Debian's build, headless, nothing phoning home. */
export const CHROMIUM = process.env.EMMA_CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface OpenTiming {
  /** Click on the search hit → the frame that paints the first timeline item. */
  firstPaintMs: number;
  /** The same two API calls the console makes (customers.get, then timeline.list), fetched by the page. */
  apiOnlyMs: number;
}

/**
 * Opens the customer from the search box and times it inside the page: from the click on the hit
 * (pointerdown) to the animation frame in which the first timeline item is in the DOM, i.e. the
 * frame that paints it.
 */
export async function openCustomerTimed(page: Page, name: string, customerId: string): Promise<OpenTiming> {
  await page.getByRole("combobox", { name: /Kunden suchen|Search customers/ }).fill(name);
  const hit = page.locator(`#hit-${customerId}`);
  await hit.waitFor();
  await page.evaluate(() => {
    const marks = { start: 0, painted: 0 };
    Object.assign(window, { benchMarks: marks });
    document.addEventListener("pointerdown", () => (marks.start = performance.now()), {
      capture: true,
      once: true,
    });
    const observer = new MutationObserver(() => {
      if (!document.querySelector(".timeline-scroll .entry")) return;
      observer.disconnect();
      requestAnimationFrame(() => (marks.painted = performance.now()));
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  await hit.click();
  await page.waitForFunction(
    () => (window as unknown as { benchMarks: { painted: number } }).benchMarks.painted > 0,
  );
  const firstPaintMs = await page.evaluate(() => {
    const marks = (window as unknown as { benchMarks: { start: number; painted: number } }).benchMarks;
    return marks.painted - marks.start;
  });
  const apiOnlyMs = await page.evaluate(async (id) => {
    const token = sessionStorage.getItem("emma.session-token") ?? "";
    const get = (path: string, input: unknown) =>
      fetch(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, {
        headers: { Authorization: `Bearer ${token}` },
      }).then((response) => response.json());
    const started = performance.now();
    await get("customers.get", { customerId: id });
    await get("timeline.list", { customerId: id, limit: 50 });
    return performance.now() - started;
  }, customerId);
  return { firstPaintMs, apiOnlyMs };
}

export interface ScrollSample {
  domNodes: number;
  rows: number;
}

/**
 * Scrolls the timeline to its very first item, page by page as an agent would (each time at the
 * bottom, the next older page loads), sampling the DOM size at every step. Returns the samples and
 * whether the "first contact" end was reached.
 */
export async function scrollToFirstContact(
  page: Page,
  timeoutMs: number,
): Promise<{ samples: ScrollSample[]; reachedEnd: boolean; ms: number }> {
  return page.evaluate(async (limit) => {
    const scroller = document.querySelector<HTMLElement>(".timeline-scroll");
    if (!scroller) throw new Error("no timeline on the page");
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const samples: { domNodes: number; rows: number }[] = [];
    const sample = () =>
      samples.push({
        domNodes: document.getElementsByTagName("*").length,
        rows: scroller.querySelectorAll(".timeline-row").length,
      });
    const atEnd = () =>
      /Erster Kontakt|First contact/.test(scroller.querySelector(".timeline-end")?.textContent ?? "");
    const started = performance.now();
    while (!atEnd() && performance.now() - started < limit) {
      // Two screens a frame: every stretch of the list passes through the virtualizer on the way.
      scroller.scrollTop += scroller.clientHeight * 2;
      await frame();
      sample();
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2) {
        // At the bottom: wait for the next page (or the end) to arrive.
        const height = scroller.scrollHeight;
        const waitStarted = performance.now();
        while (scroller.scrollHeight === height && !atEnd() && performance.now() - waitStarted < 10_000)
          await frame();
      }
    }
    sample();
    return { samples, reachedEnd: atEnd(), ms: performance.now() - started };
  }, timeoutMs);
}

/** Used JS heap in MB, from CDP's Performance domain; with `collect`, after a full garbage collection. */
export async function jsHeapMb(cdp: CDPSession, collect: boolean): Promise<number> {
  if (collect) await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const used = metrics.find((metric) => metric.name === "JSHeapUsedSize")?.value ?? Number.NaN;
  return used / (1024 * 1024);
}
