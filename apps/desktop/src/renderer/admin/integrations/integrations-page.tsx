import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import { ErrorNote } from "../../ui/error-note.tsx";
import { ImportHowTo } from "./import-how-to.tsx";
import type { IntegrationKey } from "./integration-types.ts";
import { KeyCreateDialog } from "./key-create-dialog.tsx";
import { keyGroups } from "./key-groups.ts";
import { KeyRevokeDialog } from "./key-revoke-dialog.tsx";
import { KeyTable } from "./key-table.tsx";
import { LiveSources } from "./live-sources.tsx";

type KeyDialog = { kind: "create" } | { kind: "revoke"; integrationKey: IntegrationKey };

/** The keys systems of record import holdings with (POST /import/holdings), and how to connect one. */
export function IntegrationsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const keys = useQuery(trpc.holdings.keys.queryOptions());
  const live = useQuery(trpc.holdings.liveSources.queryOptions());
  const [dialog, setDialog] = useState<KeyDialog | null>(null);
  const close = () => setDialog(null);
  const groups = keyGroups(keys.data ?? []);
  const knownSources = [
    ...new Set([...groups.map((group) => group.sourceSystem), ...(live.data?.sources ?? [])]),
  ];
  // The examples speak of the system whose key was made last, so IT can paste them as they are.
  const exampleSource = keys.data?.find((key) => key.revokedAt === null)?.sourceSystem ?? "core-banking";

  return (
    <div className="admin-integrations">
      <header className="admin-page-head">
        <div>
          <h2>{t("admin.pages.integrations")}</h2>
          <p className="muted">{t("integrations.intro")}</p>
        </div>
        <button type="button" className="primary" onClick={() => setDialog({ kind: "create" })}>
          {t("integrations.create")}
        </button>
      </header>
      {keys.error ? <ErrorNote error={keys.error} /> : null}
      {keys.isPending ? <p className="muted">{t("common.loading")}</p> : null}
      {keys.data?.length === 0 ? <p className="muted">{t("integrations.empty")}</p> : null}
      {groups.map((group) => (
        <KeyTable
          key={group.sourceSystem}
          group={group}
          onRevoke={(integrationKey) => setDialog({ kind: "revoke", integrationKey })}
        />
      ))}
      <LiveSources />
      <ImportHowTo sourceSystem={exampleSource} />
      {dialog?.kind === "create" ? <KeyCreateDialog knownSources={knownSources} onClose={close} /> : null}
      {dialog?.kind === "revoke" ? (
        <KeyRevokeDialog integrationKey={dialog.integrationKey} onClose={close} />
      ) : null}
    </div>
  );
}
