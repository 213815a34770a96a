import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import type { BenchOptions } from "./lib/args.ts";
import { buildConsole } from "./lib/build-console.ts";
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  jsHeapMb,
  openCustomerTimed,
  scrollToFirstContact,
  type OpenTiming,
} from "./lib/console-page.ts";
import { summarize } from "./lib/percentiles.ts";
import type { FigureResult, Row } from "./lib/report.ts";
import { isMain, log, runAlone } from "./lib/run-alone.ts";
import { createSession, openBenchDatabase, PGLITE_NOTE, startApp } from "./lib/setup-app.ts";
import { bulkLoad } from "./bulk-load.ts";

/**
 * Figure 5: the console itself, in Debian's Chromium, against the API on a fresh embedded database
 * with one customer of --big-customer-events timeline items: how fast opening the customer paints
 * the first timeline page, whether the DOM stays bounded while scrolling all the way to the first
 * contact (the timeline is virtualized), and the JS heap afterwards.
 */
const OPENS = 6;
const SCROLL_TIMEOUT_MS = 420_000;

export async function runConsoleTimeline(options: BenchOptions): Promise<FigureResult> {
  const figure: FigureResult = {
    figure: "console-timeline",
    rows: [],
    sizes: { events: options.bigCustomerEvents, opens: OPENS, browser: CHROMIUM },
    notes: [],
    details: {},
  };
  if (!existsSync(CHROMIUM)) {
    figure.notes.push(`skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set EMMA_CHROMIUM)`);
    return figure;
  }
  console.log(`\n5 console timeline in Chromium (${CHROMIUM}) on a fresh PGlite\n  ${PGLITE_NOTE}`);
  const consoleDir = buildConsole();
  const bench = await openBenchDatabase("pglite", options.url);
  try {
    // Two customers because the loader spreads the rest over customers 2…n; every event is #1's.
    const load = await bulkLoad(
      bench.database.db,
      { events: options.bigCustomerEvents, customers: 2, bigCustomerEvents: options.bigCustomerEvents },
      (line) => log("pglite", line),
    );
    const customer = await bench.database.db
      .selectFrom("customers")
      .select("display_name")
      .where("id", "=", load.bigCustomerId)
      .executeTakeFirstOrThrow();
    const session = await createSession(bench.database);
    const running = await startApp(bench.database, { consoleDir });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "de-DE" });
      // tsx compiles with keepNames: functions passed to page.evaluate call its __name helper.
      await context.addInitScript({ content: "globalThis.__name = (fn) => fn;" });
      await context.addInitScript(
        (token) => sessionStorage.setItem("emma.session-token", token),
        session.token,
      );
      const page = await context.newPage();
      let timelinePages = 0;
      page.on("request", (request) => {
        if (request.url().includes("/trpc/timeline.list")) timelinePages += 1;
      });
      const opens: OpenTiming[] = [];
      for (let i = 0; i < OPENS; i++) {
        // A fresh page each time: nothing cached in react-query, nothing remembered of the view.
        await page.goto(running.url);
        await page.evaluate(() => sessionStorage.removeItem("emma.view"));
        await page.reload();
        await page.getByRole("navigation", { name: /Warteschlangen|Queues/ }).waitFor();
        opens.push(await openCustomerTimed(page, customer.display_name, load.bigCustomerId));
      }
      const [cold, ...warm] = opens;
      const paint = summarize(warm.map((o) => o.firstPaintMs));
      const api = summarize(warm.map((o) => o.apiOnlyMs));
      log(
        "pglite",
        `open → first timeline paint: cold ${cold?.firstPaintMs.toFixed(1)} ms, then p50 ${paint.p50.toFixed(1)} max ${paint.max.toFixed(1)} ms (API calls alone p50 ${api.p50.toFixed(1)} ms)`,
      );

      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable");
      const domAtFirstPage = await page.evaluate(() => document.getElementsByTagName("*").length);
      const heapAtFirstPage = await jsHeapMb(cdp, true);
      timelinePages = 0;
      const scroll = await scrollToFirstContact(page, SCROLL_TIMEOUT_MS);
      const heapAfter = await jsHeapMb(cdp, false);
      const heapAfterGc = await jsHeapMb(cdp, true);
      const dom = summarize(scroll.samples.map((s) => s.domNodes));
      const rows = summarize(scroll.samples.map((s) => s.rows));
      log(
        "pglite",
        `scrolled to the first contact: ${scroll.reachedEnd ? "reached" : "NOT reached"} in ${(scroll.ms / 1000).toFixed(1)} s, ${timelinePages} more timeline pages, ${scroll.samples.length} samples`,
      );
      log(
        "pglite",
        `DOM nodes: first page ${domAtFirstPage}, while scrolling p50 ${dom.p50} max ${dom.max}; rendered rows max ${rows.max}`,
      );
      log(
        "pglite",
        `JS heap: first page ${heapAtFirstPage.toFixed(1)} MB, after scrolling ${heapAfter.toFixed(1)} MB, after GC ${heapAfterGc.toFixed(1)} MB`,
      );

      const rowsOut: Row[] = [
        {
          label: "5 console open → 1st timeline paint",
          kind: "latency",
          values: { pglite: { api: paint.p50, raw: api.p50 } },
          target: "≤ 300 ms",
          met: { pglite: paint.p50 <= 300 },
        },
        {
          label: "5 console same, first (cold) open",
          kind: "latency",
          values: { pglite: { api: cold?.firstPaintMs ?? Number.NaN, raw: cold?.apiOnlyMs ?? Number.NaN } },
          target: "≤ 300 ms",
          met: { pglite: (cold?.firstPaintMs ?? Infinity) <= 300 },
        },
        {
          label: "5 console DOM nodes scrolling, max",
          kind: "count",
          values: { pglite: { api: dom.max, raw: domAtFirstPage } },
          target: "bounded: ≤ 2× first page",
          met: { pglite: scroll.reachedEnd && dom.max <= 2 * domAtFirstPage },
        },
        {
          label: "5 console JS heap after scroll (MB)",
          kind: "latency",
          values: { pglite: { api: heapAfter, raw: heapAtFirstPage } },
          target: "< 150 MB",
          met: { pglite: heapAfter < 150 },
        },
        {
          label: "5 console JS heap after GC (MB)",
          kind: "latency",
          values: { pglite: { api: heapAfterGc, raw: heapAtFirstPage } },
          target: "< 150 MB",
          met: { pglite: heapAfterGc < 150 },
        },
      ];
      figure.rows = rowsOut;
      figure.notes.push(
        "5: Debian Chromium headless; paint = pointerdown on the search hit → requestAnimationFrame after the first .entry is in the DOM; raw = customers.get + timeline.list fetched by the page; p50 over the warm opens",
        "5: DOM raw = nodes with the first page shown; heap raw = at the first page after a forced GC; 10,000 events bulk-loaded (not through ingest)",
      );
      figure.details = {
        opens,
        dom,
        rows,
        domAtFirstPage,
        heapAtFirstPage,
        heapAfter,
        heapAfterGc,
        scroll: { ...scroll, samples: scroll.samples.length },
        timelinePages,
        load,
      };
    } finally {
      await browser.close();
      await running.app.close();
    }
  } finally {
    await bench.close();
  }
  return figure;
}

if (isMain(import.meta.url)) await runAlone(runConsoleTimeline);
