import type { IncomingMessage, ServerResponse } from "node:http";
import {
  callTRPCProcedure,
  getTRPCErrorFromUnknown,
  getTRPCErrorShape,
  transformTRPCResponse,
  TRPCError,
} from "@trpc/server";
import { getHTTPStatusCode } from "@trpc/server/http";
import type { AppRouter } from "../trpc/app-router.ts";
import type { Context } from "../trpc/context.ts";
import { BodyTooLargeError, readRawBody } from "./read-body.ts";

type ProcedureType = "query" | "mutation";
type CallResponse = { result: { data: unknown } } | { error: ReturnType<typeof getTRPCErrorShape> };

interface BatchCallOptions {
  router: AppRouter;
  createContext: (request: IncomingMessage) => Promise<Context>;
  onError: (failure: { error: TRPCError; path: string }) => void;
  maxBodySize: number;
  /** Larger batches are left to tRPC's handler, which refuses them with its own 400. */
  maxBatchSize: number;
}

/**
 * Serves the calls the console makes all day — httpBatchLink's batched queries (GET) and mutations
 * (POST), JSON in and out — in tRPC's wire format, straight on Node's request and response.
 * tRPC's own node adapter first turns each request into a Fetch `Request` (headers, AbortController,
 * body stream) and writes a Fetch `Response` back through web streams; at the console's call rates
 * that wrapping cost more CPU than most procedures (measured with bench/timeline-latency.ts). The
 * procedures, their middlewares (roles), input validation and error shapes are tRPC's own: each call
 * goes through `callTRPCProcedure`, each error through `getTRPCErrorShape`. Answers `false`, touching
 * nothing, for anything else (subscriptions, streaming, non-batched or malformed calls), which
 * tRPC's handler then serves as before.
 */
export function createBatchCallHandler(options: BatchCallOptions) {
  const config = options.router._def._config;
  // Keyed by full path ("timeline.list") at runtime, though typed as the nested router record.
  const procedures: Record<string, unknown> = options.router._def.procedures;
  const procedureType = (path: string): unknown => {
    const procedure = Object.hasOwn(procedures, path) ? procedures[path] : undefined;
    if (typeof procedure !== "function" || !("_def" in procedure)) return undefined;
    const def: unknown = procedure._def;
    return typeof def === "object" && def !== null && "type" in def ? def.type : undefined;
  };

  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> => {
    const type: ProcedureType | undefined =
      request.method === "GET" ? "query" : request.method === "POST" ? "mutation" : undefined;
    if (
      !type ||
      url.searchParams.get("batch") !== "1" ||
      request.headers["trpc-accept"] !== undefined ||
      (type === "mutation" && !request.headers["content-type"]?.startsWith("application/json"))
    )
      return false;
    const paths = decodePaths(url.pathname.slice("/trpc/".length));
    if (!paths || paths.length > options.maxBatchSize) return false;
    if (!paths.every((path) => procedureType(path) === type)) return false;

    const errorResponse = (error: TRPCError, path: string, input?: unknown, ctx?: Context): CallResponse => {
      options.onError({ error, path });
      return { error: getTRPCErrorShape({ config, error, type, path, input, ctx }) };
    };
    let inputs: Record<string, unknown>;
    if (type === "query") {
      const parsed = parseInputs(url.searchParams.get("input"));
      if (!parsed) return false;
      inputs = parsed;
    } else {
      let body: Buffer;
      try {
        body = await readRawBody(request, options.maxBodySize);
      } catch (error) {
        const tooLarge = error instanceof BodyTooLargeError;
        const refusal = new TRPCError({
          code: tooLarge ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST",
          message: tooLarge ? error.message : "The request body could not be read",
        });
        send(
          response,
          paths.map((path) => errorResponse(refusal, path)),
        );
        return true;
      }
      const parsed = parseInputs(body.length === 0 ? null : body.toString("utf8"));
      if (!parsed) {
        const refusal = new TRPCError({
          code: "PARSE_ERROR",
          message: "The request body is not a JSON object",
        });
        // One answer per call of the batch, as the client matches them by position.
        send(
          response,
          paths.map((path) => errorResponse(refusal, path)),
        );
        return true;
      }
      inputs = parsed;
    }

    let ctx: Context | undefined;
    let contextError: unknown;
    try {
      ctx = await options.createContext(request);
    } catch (error) {
      contextError = error;
    }
    const answers = await Promise.all(
      paths.map(async (path, index): Promise<CallResponse> => {
        const input = inputs[String(index)];
        try {
          if (contextError !== undefined) throw getTRPCErrorFromUnknown(contextError);
          const data: unknown = await callTRPCProcedure({
            router: options.router,
            path,
            getRawInput: () => Promise.resolve(input),
            ctx,
            type,
            signal: undefined,
            batchIndex: index,
          });
          return { result: { data } };
        } catch (cause) {
          return errorResponse(getTRPCErrorFromUnknown(cause), path, input, ctx);
        }
      }),
    );
    send(response, answers);
    return true;
  };

  function send(response: ServerResponse, answers: CallResponse[]): void {
    // Encoded once: its length for the header and the bytes for the socket.
    const body = Buffer.from(JSON.stringify(transformTRPCResponse(config, answers)));
    const vary = response.getHeader("vary");
    response.writeHead(getHTTPStatusCode(answers), {
      "content-type": "application/json",
      vary: vary ? `${String(vary)}, trpc-accept, accept` : "trpc-accept, accept",
      "content-length": body.length,
    });
    response.end(body);
  }
}

function decodePaths(joined: string): string[] | undefined {
  try {
    return joined.split(",").map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

/** A batch's inputs: `{"0": …, "1": …}`; none at all for calls without input. Undefined if malformed. */
function parseInputs(text: string | null): Record<string, unknown> | undefined {
  if (text === null) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
