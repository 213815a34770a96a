import { useEffect, useState } from "react";
import { setPasswordTokenOf } from "../auth/set-password-link.ts";

/** The secret of the set-password link the console was opened with, and a way to leave it. */
export function useSetPasswordToken(): { token: string | null; leave: () => void } {
  const [token, setToken] = useState(() => setPasswordTokenOf(window.location.hash));
  useEffect(() => {
    const read = () => setToken(setPasswordTokenOf(window.location.hash));
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, []);
  return {
    token,
    leave: () => {
      // Replaced, not pushed: going back must not offer the used link again.
      window.history.replaceState(null, "", `${window.location.pathname}${window.location.search}`);
      setToken(null);
    },
  };
}
