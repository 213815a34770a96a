import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/test-app.ts";

let t: TestApp;
let url: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ url } = await t.app.listen(0));
});
afterAll(() => t.close());

/** Holds the event loop, as a long synchronous stretch (a matcher sweep on PGlite) does. */
function holdEventLoop(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // busy: no timer runs and no socket is read meanwhile
  }
}

/**
 * A client in a process of its own, as a browser or a test runner is: it asks twice over one
 * kept-alive connection, the second time a second after the first answer.
 */
const CLIENT = `
const url = process.argv[1];
const first = await fetch(url + "/health");
await first.text();
console.log("answered");
await new Promise((resolve) => setTimeout(resolve, 1000));
try {
  const second = await fetch(url + "/health");
  console.log("second " + second.status);
} catch (error) {
  console.log("second failed " + (error.cause?.code ?? String(error)));
}
`;

describe("kept-alive connections", () => {
  it("answer a client's next request when the server was busy for longer than Node's 5 s idle limit", async () => {
    const client = spawn(process.execPath, ["--input-type=module", "-e", CLIENT, url], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const lines = createInterface({ input: client.stdout });
    const said: string[] = [];
    const done = new Promise<void>((resolve) => client.on("exit", () => resolve()));
    lines.on("line", (line) => {
      said.push(line);
      // Held from the check phase: the loop's next turn runs due timers before it reads the
      // request that arrived meanwhile. The idle timer must not be due by then.
      if (line === "answered") setImmediate(() => holdEventLoop(6_000));
    });
    await done;
    expect(said).toEqual(["answered", "second 200"]);
  }, 30_000);
});
