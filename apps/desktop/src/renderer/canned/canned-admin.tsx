import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useUiStore } from "../state/ui-store.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { MacroAdmin } from "../macros/macro-admin.tsx";
import { CannedForm } from "./canned-form.tsx";

type Tab = "canned" | "macros";

/** Supervisors' and admins' list of every team's canned responses, with a form to write and edit them. */
export function CannedAdmin() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const open = useUiStore((state) => state.cannedAdminOpen);
  const setOpen = useUiStore((state) => state.setCannedAdminOpen);
  const list = useQuery(trpc.cannedResponses.list.queryOptions({ scope: "all" }, { enabled: open }));
  // "new", or the id of the response being edited.
  const [selected, setSelected] = useState<string>("new");
  // Macros are kept here too: same people, same permission, often the same texts.
  const [tab, setTab] = useState<Tab>("canned");
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement;
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, [open]);

  if (!open) return null;
  const editing = list.data?.find((response) => response.id === selected) ?? null;
  return (
    <div className="overlay" onClick={() => setOpen(false)}>
      <div
        ref={dialogRef}
        className="dialog canned-admin"
        role="dialog"
        aria-modal="true"
        aria-labelledby="canned-admin-title"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.stopPropagation();
            setOpen(false);
          }
        }}
      >
        <header className="dialog-head">
          <h2 id="canned-admin-title">{t("canned.adminTitle")}</h2>
          <button type="button" className="ghost" onClick={() => setOpen(false)}>
            {t("common.close")}
          </button>
        </header>
        <div className="admin-tabs" role="tablist">
          {(["canned", "macros"] as const).map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={tab === name}
              onClick={() => setTab(name)}
            >
              {name === "canned" ? t("macros.tabCanned") : t("macros.tabMacros")}
            </button>
          ))}
        </div>
        {tab === "macros" ? (
          <MacroAdmin />
        ) : (
          <div className="canned-admin-body">
            <nav className="canned-list" aria-label={t("canned.list")}>
              <button type="button" className="primary small" onClick={() => setSelected("new")}>
                + {t("canned.new")}
              </button>
              {list.isError ? <ErrorNote error={list.error} /> : null}
              <ul>
                {(list.data ?? []).map((response) => (
                  <li key={response.id}>
                    <button
                      type="button"
                      className="link-row"
                      aria-current={response.id === selected ? "true" : undefined}
                      onClick={() => setSelected(response.id)}
                    >
                      <span className="subject">{response.title}</span>
                      {response.shortcut ? <kbd>/{response.shortcut}</kbd> : null}
                      {response.locale ? <span className="tag">{response.locale.toUpperCase()}</span> : null}
                    </button>
                    <span className="muted small-text canned-team">
                      {response.teamName ?? t("canned.teamAny")}
                    </span>
                  </li>
                ))}
              </ul>
            </nav>
            <CannedForm
              key={editing?.id ?? "new"}
              editing={editing}
              onDone={(id) => setSelected(id ?? "new")}
            />
          </div>
        )}
      </div>
    </div>
  );
}
