import { create } from "zustand";
import { bridge } from "../platform/bridge.ts";

type SessionStatus = "restoring" | "signed-out" | "signed-in";

interface SessionState {
  status: SessionStatus;
  token: string | null;
  /** Set when the API ended the session under the agent: the login says so, drafts stay. */
  expired: boolean;
  /** False in a browser or without an OS keychain: the token is not kept across restarts. */
  secureStorage: boolean;
  restore: () => Promise<void>;
  signIn: (token: string) => Promise<void>;
  signOut: (reason: "logout" | "expired") => Promise<void>;
}

/** The session token lives here in memory and, through the bridge, in the platform's store. */
export const useSessionStore = create<SessionState>((set, get) => ({
  status: "restoring",
  token: null,
  expired: false,
  secureStorage: false,
  restore: async () => {
    const [token, secureStorage] = await Promise.all([bridge.getToken(), bridge.secureStorageAvailable()]);
    set({ token, secureStorage, status: token ? "signed-in" : "signed-out" });
  },
  signIn: async (token) => {
    const { persisted } = await bridge.setToken(token);
    set({ token, status: "signed-in", expired: false, secureStorage: persisted });
  },
  signOut: async (reason) => {
    // Several queries fail at once when a session ends; the first one signs out, the rest are no-ops.
    if (get().status !== "signed-in") return;
    set({ token: null, status: "signed-out", expired: reason === "expired" });
    await bridge.clearToken();
  },
}));
