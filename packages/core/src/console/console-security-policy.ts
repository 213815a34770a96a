interface CspOptions {
  /** The vite dev server injects styles inline and talks HMR over a websocket. */
  dev: boolean;
  /** Origin of the HMR websocket in development, e.g. ws://localhost:5173. */
  devSocketOrigin?: string;
}

/**
 * The console's Content-Security-Policy, the one source for the API's header, the built page's meta
 * tag and Electron main's header. Scripts only from the app itself, so injected markup can never
 * run; no frames, objects or form posts anywhere, and no page may frame the console (clickjacking).
 * Images may come from https because mail shows remote images once the agent clicks "Bilder laden"
 * (until then the renderer strips them).
 */
export function consoleContentSecurityPolicy(options: CspOptions): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src-elem": options.dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    "style-src": options.dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    // Mail keeps its inline style attributes (the server allows only values that load nothing, and
    // no position or z-index); <style> elements stay forbidden by style-src above.
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", "https:"],
    "font-src": ["'self'"],
    // Call recordings are fetched with the session token and played from a blob: URL.
    "media-src": ["'self'", "blob:"],
    "connect-src": options.dev && options.devSocketOrigin ? ["'self'", options.devSocketOrigin] : ["'self'"],
    "frame-src": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/**
 * The same policy for a `<meta>` tag: browsers ignore frame-ancestors there (and warn about it), so
 * it stays in the HTTP header only.
 */
export function consoleMetaContentSecurityPolicy(): string {
  return consoleContentSecurityPolicy({ dev: false })
    .split("; ")
    .filter((directive) => !directive.startsWith("frame-ancestors "))
    .join("; ");
}

/**
 * Headers on every response of the API's origin, which serves the console: the policy above; no
 * framing, also for browsers that predate frame-ancestors; no MIME sniffing of JSON or downloads
 * into HTML; and no console URL (with its conversation ids) in the Referer of a remote mail image.
 */
export function consoleSecurityHeaders(): Record<string, string> {
  return {
    "content-security-policy": consoleContentSecurityPolicy({ dev: false }),
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  };
}
