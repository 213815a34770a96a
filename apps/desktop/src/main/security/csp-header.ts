interface CspOptions {
  /** The vite dev server injects styles inline and talks HMR over a websocket. */
  dev: boolean;
  /** Origin of the HMR websocket in development, e.g. ws://localhost:5173. */
  devSocketOrigin?: string;
}

/**
 * The console's Content-Security-Policy. Scripts only from the app itself, so injected markup can
 * never run; no frames, objects or form posts anywhere. Images may come from https because mail
 * shows remote images once the agent clicks "Bilder laden" (until then the renderer strips them).
 */
export function cspHeader(options: CspOptions): string {
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
