import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";
import { finalFailure, type FetchOutcome } from "./fetch-outcome.ts";

export interface FetchLimits {
  /** Larger files are refused; reading stops as soon as the limit is passed. */
  maxBytes: number;
  /** For the whole attempt, redirects and body included. */
  timeoutMs: number;
  maxRedirects: number;
  /**
   * Private or loopback addresses that may be fetched from anyway (a simulator on 127.0.0.1). Every
   * other private, loopback or link-local address is refused after DNS, so a URL in a payload cannot
   * reach the cloud metadata service or an internal host.
   */
  allowedAddresses: string[];
}

/** Fetches a file an item names by URL: only http(s), within the limits, never from a private address. */
export class UrlFetcher {
  readonly #limits: FetchLimits;
  readonly #http: RequestFilteringHttpAgent;
  readonly #https: RequestFilteringHttpsAgent;

  constructor(limits: FetchLimits) {
    this.#limits = limits;
    this.#http = new RequestFilteringHttpAgent({ allowIPAddressList: limits.allowedAddresses });
    this.#https = new RequestFilteringHttpsAgent({ allowIPAddressList: limits.allowedAddresses });
  }

  async fetch(url: string): Promise<FetchOutcome> {
    const signal = AbortSignal.timeout(this.#limits.timeoutMs);
    let current: URL;
    try {
      current = new URL(url);
    } catch {
      return finalFailure("unsupported_link");
    }
    for (let redirects = 0; ; redirects++) {
      if (current.protocol !== "http:" && current.protocol !== "https:")
        return finalFailure("unsupported_link");
      let response: IncomingMessage;
      try {
        response = await this.#get(current, signal);
      } catch (error) {
        return failureOf(error, signal);
      }
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location !== undefined) {
        response.destroy();
        if (redirects >= this.#limits.maxRedirects) return finalFailure("too_many_redirects");
        current = new URL(location, current);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.destroy();
        return statusFailure(status);
      }
      return this.#read(response, signal);
    }
  }

  #get(url: URL, signal: AbortSignal): Promise<IncomingMessage> {
    const https = url.protocol === "https:";
    return new Promise((resolve, reject) => {
      const request = (https ? httpsRequest : httpRequest)(url, {
        agent: https ? this.#https : this.#http,
        headers: { accept: "*/*", "user-agent": "Emma (keeps files sent to customer service)" },
        signal,
      });
      request.once("response", resolve);
      request.once("error", reject);
      request.end();
    });
  }

  async #read(response: IncomingMessage, signal: AbortSignal): Promise<FetchOutcome> {
    const { maxBytes } = this.#limits;
    const tooLarge = () => {
      response.destroy();
      return finalFailure("too_large", { maxBytes });
    };
    if (Number(response.headers["content-length"] ?? 0) > maxBytes) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of response) {
        if (!(chunk instanceof Buffer)) continue;
        size += chunk.length;
        if (size > maxBytes) return tooLarge();
        chunks.push(chunk);
      }
    } catch (error) {
      return failureOf(error, signal);
    }
    // A connection cut short ends the stream without an error on some Node versions.
    if (!response.complete) return { ok: false, final: false, error: "The connection closed mid-file" };
    return {
      ok: true,
      content: Buffer.concat(chunks, size),
      contentType: mediaType(response.headers["content-type"]),
    };
  }
}

function statusFailure(status: number): FetchOutcome {
  if (status === 401 || status === 403) return finalFailure("expired", { httpStatus: status });
  if (status === 404 || status === 410) return finalFailure("gone", { httpStatus: status });
  if (status === 408 || status === 425 || status === 429 || status >= 500)
    return { ok: false, final: false, error: `The provider answered HTTP ${String(status)}` };
  return finalFailure("refused", { httpStatus: status });
}

function failureOf(error: unknown, signal: AbortSignal): FetchOutcome {
  if (signal.aborted) return { ok: false, final: false, error: "The provider did not send the file in time" };
  const message = error instanceof Error ? error.message : String(error);
  // request-filtering-agent's refusal, after DNS resolved the host to a private address.
  if (/is not allowed/.test(message)) return finalFailure("blocked_address");
  return { ok: false, final: false, error: `The provider could not be reached: ${message.slice(0, 300)}` };
}

/** `image/jpeg; charset=…` → `image/jpeg`; anything that is not a plain type/subtype → null. */
function mediaType(header: string | undefined): string | null {
  const type = header?.split(";")[0]?.trim().toLowerCase();
  return type && /^[a-z0-9][\w.+-]*\/[a-z0-9][\w.+-]*$/.test(type) ? type : null;
}
