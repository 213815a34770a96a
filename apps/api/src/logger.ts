import type { Logger } from "./services.ts";

/** One JSON line per entry on stderr: greppable by people, parseable by log shippers. */
export function createLogger(options: { quiet?: boolean } = {}): Logger {
  const write = (level: string, message: string, facts?: Record<string, unknown>) => {
    if (options.quiet && level === "info") return;
    process.stderr.write(`${JSON.stringify({ at: new Date().toISOString(), level, message, ...facts })}\n`);
  };
  return {
    info: (message, facts) => write("info", message, facts),
    warn: (message, facts) => write("warn", message, facts),
    error: (message, facts) => write("error", message, facts),
  };
}
