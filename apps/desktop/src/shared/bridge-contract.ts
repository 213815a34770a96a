/** A native notification as the renderer asks for it; main parses it again before showing it. */
export interface NotifyRequest {
  title: string;
  body: string;
}

/** What `setToken` achieved: `persisted` is false when the token lives in memory only. */
export interface SetTokenResult {
  persisted: boolean;
}

/**
 * The preload's named-method bridge, exposed as `window.emma`. The renderer reaches it only through
 * `src/renderer/platform/bridge.ts`, which falls back to web APIs in a plain browser.
 */
export interface EmmaBridge {
  getToken(): Promise<string | null>;
  setToken(token: string): Promise<SetTokenResult>;
  clearToken(): Promise<void>;
  notify(request: NotifyRequest): Promise<void>;
  openExternal(url: string): Promise<boolean>;
  /** False when the OS offers no real encryption: the session then ends with the app. */
  secureStorageAvailable(): Promise<boolean>;
}
