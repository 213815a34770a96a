import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { MacroActionsLine } from "./macro-actions-line.tsx";
import { MacroForm } from "./macro-form.tsx";

/** The macros tab of the canned-response dialog: every team's macros and a form for one. */
export function MacroAdmin() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const list = useQuery(trpc.macros.list.queryOptions({ scope: "all" }));
  // "new", or the id of the macro being edited.
  const [selected, setSelected] = useState<string>("new");
  const editing = list.data?.find((macro) => macro.id === selected) ?? null;
  return (
    <div className="canned-admin-body">
      <nav className="canned-list" aria-label={t("macros.list")}>
        <button type="button" className="primary small" onClick={() => setSelected("new")}>
          + {t("macros.new")}
        </button>
        {list.isError ? <ErrorNote error={list.error} /> : null}
        <ul>
          {(list.data ?? []).map((macro) => (
            <li key={macro.id}>
              <button
                type="button"
                className="link-row"
                aria-current={macro.id === selected ? "true" : undefined}
                onClick={() => setSelected(macro.id)}
              >
                {macro.key ? <kbd>{macro.key}</kbd> : null}
                <span className="subject">{macro.title}</span>
              </button>
              <MacroActionsLine macro={macro} />
              <span className="muted small-text canned-team">{macro.teamName ?? t("canned.teamAny")}</span>
            </li>
          ))}
        </ul>
      </nav>
      <MacroForm key={editing?.id ?? "new"} editing={editing} onDone={(id) => setSelected(id ?? "new")} />
    </div>
  );
}
