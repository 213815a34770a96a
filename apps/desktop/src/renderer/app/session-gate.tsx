import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { LinkPasswordScreen } from "../auth/link-password-screen.tsx";
import { LoginScreen } from "../auth/login-screen.tsx";
import { useSessionStore } from "../auth/session-store.ts";
import { SignedIn } from "./signed-in.tsx";
import { useSetPasswordToken } from "./use-set-password-token.ts";

/**
 * Login or workspace, or the screen a one-time set-password link opens. Drafts live in their own
 * persisted store, so switching screens keeps them.
 */
export function SessionGate() {
  const { t } = useTranslation();
  const status = useSessionStore((state) => state.status);
  const restore = useSessionStore((state) => state.restore);
  const queryClient = useQueryClient();
  const setPasswordLink = useSetPasswordToken();

  useEffect(() => {
    void restore();
  }, [restore]);

  useEffect(() => {
    // No server data of the previous session may show to whoever signs in next. The view (which
    // conversation was open) is reset by an explicit logout only: after an expiry the same agent
    // usually signs straight back in and continues where the draft is.
    if (status === "signed-out") queryClient.clear();
  }, [status, queryClient]);

  if (setPasswordLink.token !== null)
    return <LinkPasswordScreen token={setPasswordLink.token} onDone={setPasswordLink.leave} />;
  switch (status) {
    case "restoring":
      return <div className="splash">{t("common.loading")}</div>;
    case "signed-out":
      return <LoginScreen />;
    case "signed-in":
      return <SignedIn />;
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}
