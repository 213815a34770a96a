import { can } from "@emma/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useSessionStore } from "../auth/session-store.ts";
import { useMe } from "../auth/use-me.ts";
import { SectionTabs } from "../nav/section-tabs.tsx";
import { forgetRoute } from "../nav/use-route-sync.ts";
import { SearchBox } from "../search/search-box.tsx";
import { useUiStore } from "../state/ui-store.ts";
import { LanguageSwitch } from "./language-switch.tsx";
import { SettingsDialog } from "./settings-dialog.tsx";

export function TopBar({ live }: { live: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const secureStorage = useSessionStore((state) => state.secureStorage);
  const signOut = useSessionStore((state) => state.signOut);
  const setShortcutsOpen = useUiStore((state) => state.setShortcutsOpen);
  const setCannedAdminOpen = useUiStore((state) => state.setCannedAdminOpen);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      // Signed out locally even when the server cannot be reached: the agent asked to leave.
      onSettled: () => {
        useUiStore.getState().reset();
        forgetRoute();
        void signOut("logout");
      },
    }),
  );

  return (
    <header className="top-bar">
      <div className="brand">{t("app.name")}</div>
      {me ? <SectionTabs role={me.role} /> : null}
      <SearchBox />
      <div className="top-bar-end">
        <span
          className={`live-dot ${live ? "on" : "off"}`}
          role="status"
          title={live ? t("topBar.live") : t("topBar.offline")}
        >
          <span className="visually-hidden">{live ? t("topBar.live") : t("topBar.offline")}</span>
        </span>
        {!secureStorage ? (
          <span
            className="storage-hint"
            title={t("topBar.insecureStorage")}
            aria-label={t("topBar.insecureStorage")}
          >
            ⚠
          </span>
        ) : null}
        <LanguageSwitch />
        {me && can(me.role, "cannedResponse.manage") ? (
          <button type="button" className="ghost" onClick={() => setCannedAdminOpen(true)}>
            {t("canned.adminTitle")}
          </button>
        ) : null}
        {me ? (
          <button type="button" className="ghost" onClick={() => setSettingsOpen(true)}>
            {t("settings.open")}
          </button>
        ) : null}
        <button type="button" className="ghost" onClick={() => setShortcutsOpen(true)} aria-keyshortcuts="?">
          {t("topBar.shortcuts")}
        </button>
        {me ? (
          <span className="me" title={me.email}>
            {me.displayName} · {t(`roles.${me.role}`)}
          </span>
        ) : null}
        <button type="button" className="ghost" onClick={() => logout.mutate()} disabled={logout.isPending}>
          {t("topBar.logout")}
        </button>
      </div>
      {settingsOpen && me ? (
        <SettingsDialog saved={me.locale} onClose={() => setSettingsOpen(false)} />
      ) : null}
    </header>
  );
}
