import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { MAX_BATCH_CALLS } from "@emma/core";
import type { TRPCError } from "@trpc/server";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { createContext } from "../trpc/context.ts";
import { appRouter } from "../trpc/app-router.ts";
import type { AppServices } from "../services.ts";
import { handleWebhook } from "../webhooks/handle-webhook.ts";
import { serveAttachment } from "../downloads/serve-attachment.ts";
import { serveRecording } from "../downloads/serve-recording.ts";
import { DownloadRefusal } from "../downloads/stored-item.ts";
import { receiveUpload } from "../uploads/receive-upload.ts";
import { serveAuditExport } from "../features/audit/serve-audit-export.ts";
import { serveExportDownload } from "../features/customer-exports/serve-export-download.ts";
import { serveHoldingsImport } from "../features/holdings/serve-holdings-import.ts";
import { serveCustomersImport } from "../features/holdings/serve-customers-import.ts";
import { applyCors } from "./cors.ts";
import { createBatchCallHandler } from "./batch-calls.ts";
import { parseRequestUrl } from "./request-url.ts";
import { answerClientError, applySecurityHeaders } from "./security-headers.ts";
import { sendError, sendJson } from "./send.ts";
import { serveStatic } from "./serve-static.ts";

/** How long an idle connection stays open: longer than clients keep theirs, so they close first. */
const KEEP_ALIVE_MS = 65_000;

export interface ServerOptions {
  /** Origins allowed to call the API from a browser (the console in development, Electron's app origin). */
  allowedOrigins: string[];
  /** The built console, served at / so the browser console needs no CORS; undefined to serve none. */
  consoleDir: string | undefined;
}

/** One HTTP server: /health, /webhooks/:connectorId, /import/holdings, /import/customers, /trpc (batch + SSE), /uploads, downloads, /customer-exports/:id, /audit/export and the console. */
export type ApiServer = Server & { settled(limitMs: number): Promise<void> };

export function createApiServer(services: AppServices, options: ServerOptions): ApiServer {
  const onError = ({ error, path }: { error: TRPCError; path: string | undefined }) => {
    if (error.code === "INTERNAL_SERVER_ERROR")
      services.log.error("trpc: procedure failed", { path, error: error.message });
  };
  const maxBodySize = 1024 * 1024;
  const requestFacts = (request: IncomingMessage, connectionToken?: string) => ({
    authorization: request.headers.authorization,
    connectionToken,
    ip: request.socket.remoteAddress ?? null,
    userAgent: request.headers["user-agent"] ?? null,
  });
  const batchCalls = createBatchCallHandler({
    router: appRouter,
    createContext: (request) => createContext(services, requestFacts(request)),
    onError,
    maxBodySize,
    maxBatchSize: MAX_BATCH_CALLS,
  });
  // Everything the batch handler leaves: the SSE subscription above all.
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    createContext: ({ req, info }) =>
      createContext(
        services,
        requestFacts(
          req,
          typeof info.connectionParams?.token === "string" ? info.connectionParams.token : undefined,
        ),
      ),
    maxBodySize,
    maxBatchSize: MAX_BATCH_CALLS,
    onError,
  });

  // Handlers go on after their socket closed (a webhook's raw event is written either way): shutting
  // down waits for them, so no write races the database closing.
  const inFlight = new Set<Promise<void>>();
  const server = createServer((request, response) => {
    applySecurityHeaders(response);
    const url = parseRequestUrl(request.url);
    if (!url) {
      services.log.warn("http: malformed URL refused", { url: request.url?.slice(0, 200) });
      return sendError(response, 400, "bad_url", "The URL is malformed (check its percent-encoding)");
    }
    const handled = route(services, options, { batchCalls, trpc }, url, request, response).catch(
      (error: unknown) => {
        services.log.error("http: request failed", { url: request.url, error: String(error) });
        if (!response.headersSent)
          sendError(response, 500, "internal", "Something went wrong on our side; it has been logged");
        else response.end();
      },
    );
    inFlight.add(handled);
    void handled.finally(() => inFlight.delete(handled));
  });
  // An idle kept-alive connection is closed by the client, not by us: Node's 5 s would close it
  // while a client's next request is already on its way whenever the event loop was held longer
  // than that (an import's matcher sweep on PGlite), and the client sees ECONNRESET. Clients and
  // proxies keep idle connections for less (undici 4 s, load balancers 60 s).
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  server.on("clientError", (error: Error & { code?: string }, socket: Socket) => {
    if (error.code !== "ECONNRESET")
      services.log.warn("http: unreadable request refused", { code: error.code });
    answerClientError(error, socket);
  });
  return Object.assign(server, {
    /** Resolves when every request handled so far has finished, or after `limitMs`. */
    settled: async (limitMs: number) => {
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, limitMs)));
      await Promise.race([Promise.allSettled([...inFlight]), limit]);
      clearTimeout(timer);
    },
  });
}

async function route(
  services: AppServices,
  options: ServerOptions,
  handlers: {
    batchCalls: (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean>;
    trpc: (request: IncomingMessage, response: ServerResponse) => void;
  },
  url: URL,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (url.pathname.startsWith("/trpc/")) {
    if (applyCors(request, response, options.allowedOrigins)) return;
    if (!(await handlers.batchCalls(request, response, url))) handlers.trpc(request, response);
    return;
  }
  const download = /^\/(attachments|recordings)\/([^/]+)(?:\/(\d{1,3}))?$/.exec(url.pathname);
  if (download?.[2] && (request.method === "GET" || request.method === "OPTIONS")) {
    if (applyCors(request, response, options.allowedOrigins)) return;
    try {
      if (download[1] === "attachments" && download[3] !== undefined)
        await serveAttachment(services, request, response, download[2], Number(download[3]));
      else if (download[1] === "recordings") await serveRecording(services, request, response, download[2]);
      else sendError(response, 404, "not_found", "Nothing here");
    } catch (error) {
      if (!(error instanceof DownloadRefusal)) throw error;
      sendError(response, error.status, error.code, error.message);
    }
    return;
  }
  if (url.pathname === "/uploads") {
    if (applyCors(request, response, options.allowedOrigins)) return;
    if (request.method !== "POST")
      return sendError(response, 405, "method_not_allowed", "Upload a file with POST");
    await receiveUpload(services, request, response);
    return;
  }
  const customerExport = /^\/customer-exports\/([^/]+)$/.exec(url.pathname);
  if (customerExport?.[1]) {
    if (applyCors(request, response, options.allowedOrigins)) return;
    if (request.method !== "GET")
      return sendError(response, 405, "method_not_allowed", "Download an export with GET");
    await serveExportDownload(services, request, response, customerExport[1]);
    return;
  }
  if (url.pathname === "/audit/export") {
    if (applyCors(request, response, options.allowedOrigins)) return;
    if (request.method !== "GET")
      return sendError(response, 405, "method_not_allowed", "Export the audit log with GET");
    await serveAuditExport(services, request, response, url);
    return;
  }
  if (url.pathname === "/import/holdings") {
    if (request.method !== "POST")
      return sendError(response, 405, "method_not_allowed", "Import holdings with POST");
    await serveHoldingsImport(services, request, response);
    return;
  }
  if (url.pathname === "/import/customers") {
    if (request.method !== "POST")
      return sendError(response, 405, "method_not_allowed", "Import customers with POST");
    await serveCustomersImport(services, request, response);
    return;
  }
  if (url.pathname === "/health") {
    const started = performance.now();
    await services.database.db.selectNoFrom((eb) => eb.val(1).as("ok")).execute();
    sendJson(response, 200, {
      status: "ok",
      database: services.database.kind,
      dbLatencyMs: Math.round((performance.now() - started) * 10) / 10,
    });
    return;
  }
  const webhook = /^\/webhooks\/([^/]+)\/?$/.exec(url.pathname);
  if (webhook?.[1]) {
    if (request.method !== "POST" && request.method !== "GET")
      return sendError(response, 405, "method_not_allowed", "Webhooks take POST (and GET to verify the URL)");
    await handleWebhook(services, webhook[1], request, response);
    return;
  }
  if (options.consoleDir && (request.method === "GET" || request.method === "HEAD")) {
    if (await serveStatic(options.consoleDir, url.pathname, response)) return;
  }
  sendError(response, 404, "not_found", "Nothing here");
}
