import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";

interface CdnFile {
  name: string;
  contentType: string;
  body: Buffer;
}

/**
 * Messenger's attachment URLs point at Meta's CDN and stop working after a while: the URL carries its
 * expiry as `oe=<hex epoch seconds>` and the CDN answers 403 "URL signature expired" after it. The
 * fake serves files the same way, so the API's fetch-and-keep is tested against an expiring URL.
 */
export function createFakeCdn(now: () => Date) {
  const files = new Map<string, CdnFile>();
  return {
    /** Adds a file; its URL (below `baseUrl`) works for `validForMs`. */
    add(baseUrl: string, file: CdnFile & { validForMs?: number }): string {
      const id = randomBytes(8).toString("hex");
      files.set(id, file);
      const expires = Math.floor((now().getTime() + (file.validForMs ?? 60 * 60_000)) / 1000);
      return `${baseUrl}/cdn/v/t1.15752-9/${id}/${encodeURIComponent(file.name)}?_nc_cat=1&_nc_sid=5f2048&oh=00_${id}&oe=${expires.toString(16).toUpperCase()}`;
    },
    serve(url: URL, res: ServerResponse): void {
      const [, , , , id] = url.pathname.split("/");
      const file = id === undefined ? undefined : files.get(id);
      const expires = Number.parseInt(url.searchParams.get("oe") ?? "", 16);
      if (file === undefined) {
        res.writeHead(404, { "content-type": "text/plain" }).end("Not Found");
        return;
      }
      if (Number.isNaN(expires) || now().getTime() / 1000 > expires) {
        res.writeHead(403, { "content-type": "text/plain" }).end("URL signature expired");
        return;
      }
      res
        .writeHead(200, { "content-type": file.contentType, "content-length": String(file.body.length) })
        .end(file.body);
    },
  };
}
