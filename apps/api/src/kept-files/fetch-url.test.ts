import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFileServer, type FileServer } from "../test/file-server.ts";
import { UrlFetcher } from "./fetch-url.ts";

let server: FileServer;
const limits = { maxBytes: 64 * 1024, timeoutMs: 10_000, maxRedirects: 2, allowedAddresses: ["127.0.0.1"] };

beforeAll(async () => {
  server = await startFileServer();
});
afterAll(() => server.close());

describe("fetching a file an item names by URL", () => {
  it("follows a redirect and gives the bytes with the server's media type", async () => {
    server.route("/moved", (_request, response) => response.writeHead(302, { location: "/photo" }).end());
    server.route("/photo", (_request, response) =>
      response.writeHead(200, { "content-type": "image/jpeg; charset=binary" }).end("JPEG bytes"),
    );
    const outcome = await new UrlFetcher(limits).fetch(`${server.origin}/moved`);
    expect(outcome).toEqual({ ok: true, content: Buffer.from("JPEG bytes"), contentType: "image/jpeg" });
  });

  it("stops reading a file without a declared size as soon as it passes the limit", async () => {
    const total = 32 * 1024 * 1024;
    let written = 0;
    let closed!: Promise<unknown>;
    server.route("/endless", async (_request, response) => {
      closed = once(response, "close");
      response.writeHead(200, { "content-type": "video/mp4" });
      const chunk = Buffer.alloc(64 * 1024, 1);
      while (written < total && !response.destroyed) {
        written += chunk.length;
        if (!response.write(chunk)) await Promise.race([once(response, "drain"), closed]);
      }
      response.end();
    });
    const outcome = await new UrlFetcher(limits).fetch(`${server.origin}/endless`);
    expect(outcome).toMatchObject({
      ok: false,
      final: true,
      failure: { reason: "too_large", maxBytes: 65536 },
    });
    await closed;
    expect(written).toBeLessThan(total / 4);
  });

  it("refuses a declared size over the limit before reading any of it", async () => {
    server.route("/declared", (_request, response) => {
      response.writeHead(200, { "content-length": String(limits.maxBytes + 1) });
      response.flushHeaders();
    });
    const outcome = await new UrlFetcher(limits).fetch(`${server.origin}/declared`);
    expect(outcome).toMatchObject({ ok: false, final: true, failure: { reason: "too_large" } });
  });

  it("never connects to a private address, even by redirect, unless it is allowed", async () => {
    const strict = new UrlFetcher({ ...limits, allowedAddresses: [] });
    server.route("/private", (_request, response) => response.writeHead(200).end("secret"));
    expect(await strict.fetch(`${server.origin}/private`)).toMatchObject({
      failure: { reason: "blocked_address" },
    });
    expect(server.hits.get("/private")).toBeUndefined();
    server.route("/to-metadata", (_request, response) =>
      response.writeHead(307, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
    );
    const viaRedirect = await new UrlFetcher({ ...limits, timeoutMs: 2_000 }).fetch(
      `${server.origin}/to-metadata`,
    );
    expect(viaRedirect).toMatchObject({ failure: { reason: "blocked_address" } });
  });

  it("follows only http(s) and only so many redirects", async () => {
    server.route("/to-file", (_request, response) =>
      response.writeHead(301, { location: "file:///etc/passwd" }).end(),
    );
    expect(await new UrlFetcher(limits).fetch(`${server.origin}/to-file`)).toMatchObject({
      failure: { reason: "unsupported_link" },
    });
    server.route("/loop", (_request, response) => response.writeHead(302, { location: "/loop" }).end());
    expect(await new UrlFetcher(limits).fetch(`${server.origin}/loop`)).toMatchObject({
      failure: { reason: "too_many_redirects" },
    });
    expect(server.hits.get("/loop")).toBe(3);
  });

  it("tells an expired link from a server that is down for now", async () => {
    server.route("/expired", (_request, response) => response.writeHead(403).end("URL signature expired"));
    server.route("/busy", (_request, response) => response.writeHead(503).end());
    const fetcher = new UrlFetcher(limits);
    expect(await fetcher.fetch(`${server.origin}/expired`)).toEqual({
      ok: false,
      final: true,
      failure: {
        reason: "expired",
        httpStatus: 403,
        message: "The link had expired when Emma fetched it (HTTP 403)",
      },
    });
    expect(await fetcher.fetch(`${server.origin}/busy`)).toEqual({
      ok: false,
      final: false,
      error: "The provider answered HTTP 503",
    });
  });
});
