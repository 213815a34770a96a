import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { LoginScreen } from "../auth/login-screen.tsx";
import { useSessionStore } from "../auth/session-store.ts";
import { Workspace } from "../layout/workspace.tsx";

/** Login or workspace. Drafts live in their own persisted store, so switching screens keeps them. */
export function SessionGate() {
  const { t } = useTranslation();
  const status = useSessionStore((state) => state.status);
  const restore = useSessionStore((state) => state.restore);
  const queryClient = useQueryClient();

  useEffect(() => {
    void restore();
  }, [restore]);

  useEffect(() => {
    // No server data of the previous session may show to whoever signs in next. The view (which
    // conversation was open) is reset by an explicit logout only: after an expiry the same agent
    // usually signs straight back in and continues where the draft is.
    if (status === "signed-out") queryClient.clear();
  }, [status, queryClient]);

  switch (status) {
    case "restoring":
      return <div className="splash">{t("common.loading")}</div>;
    case "signed-out":
      return <LoginScreen />;
    case "signed-in":
      return <Workspace />;
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}
