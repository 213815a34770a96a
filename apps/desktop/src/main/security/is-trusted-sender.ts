import { parseUrl } from "./parse-url.ts";

/** The facts of an IPC message's sender that decide whether to answer it. */
export interface SenderFacts {
  /** URL of the frame that sent the message; undefined when the frame is gone. */
  frameUrl: string | undefined;
  /** Only the top frame is the console; a subframe could be anything a page embedded. */
  isMainFrame: boolean;
  /** The sender belongs to the window main created, not some other webContents. */
  isAppWindow: boolean;
}

/** Answer IPC only from the console's own top frame on the app origin (Electron checklist #17). */
export function isTrustedSender(sender: SenderFacts, appOrigin: string): boolean {
  if (!sender.isAppWindow || !sender.isMainFrame || sender.frameUrl === undefined) return false;
  const parsed = parseUrl(sender.frameUrl);
  return parsed !== null && parsed.origin === appOrigin;
}
