import type { EmmaBridge, NotifyRequest, SetTokenResult } from "../../shared/bridge-contract.ts";

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    readonly emma?: EmmaBridge;
  }
}

const TOKEN_KEY = "emma.session-token";

/**
 * The browser stand-in for the Electron bridge. The token goes to sessionStorage, which ends with
 * the tab: nothing outlives the browser session on a shared desk. It is never "secure storage".
 */
const webBridge: EmmaBridge = {
  getToken: () => Promise.resolve(sessionStorage.getItem(TOKEN_KEY)),
  setToken: (token): Promise<SetTokenResult> => {
    sessionStorage.setItem(TOKEN_KEY, token);
    return Promise.resolve({ persisted: false });
  },
  clearToken: () => {
    sessionStorage.removeItem(TOKEN_KEY);
    return Promise.resolve();
  },
  notify: async ({ title, body }: NotifyRequest) => {
    if (!("Notification" in window)) return;
    const permission =
      Notification.permission === "default"
        ? await Notification.requestPermission()
        : Notification.permission;
    if (permission === "granted") new Notification(title, { body });
  },
  openExternal: (url) => {
    // With noopener the browser returns null even on success, so there is nothing to check.
    window.open(url, "_blank", "noopener,noreferrer");
    return Promise.resolve(true);
  },
  secureStorageAvailable: () => Promise.resolve(false),
};

/** The one way the renderer talks to its host: Electron when present, the web otherwise. */
export const bridge: EmmaBridge = window.emma ?? webBridge;
export const runsInElectron = window.emma !== undefined;
