import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import { ErrorNote } from "../../ui/error-note.tsx";
import type { AdminTeam } from "../admin-types.ts";
import { TeamDeleteDialog } from "./team-delete-dialog.tsx";
import { TeamMembersDialog } from "./team-members-dialog.tsx";
import { TeamNameDialog } from "./team-name-dialog.tsx";

type TeamDialog =
  | { kind: "create" }
  | { kind: "rename"; team: AdminTeam }
  | { kind: "members"; team: AdminTeam }
  | { kind: "delete"; team: AdminTeam };

/** The teams with their members and conversations; create, rename, members, delete. */
export function TeamsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const teams = useQuery(trpc.teams.list.queryOptions());
  const users = useQuery(trpc.users.list.queryOptions());
  const [dialog, setDialog] = useState<TeamDialog | null>(null);
  const close = () => setDialog(null);
  const nameOf = new Map((users.data ?? []).map((user) => [user.id, user.displayName]));

  return (
    <div className="admin-teams">
      <header className="admin-page-head">
        <div>
          <h2>{t("admin.pages.teams")}</h2>
          <p className="muted">{t("admin.teams.intro")}</p>
        </div>
        <button type="button" className="primary" onClick={() => setDialog({ kind: "create" })}>
          {t("admin.teams.create")}
        </button>
      </header>
      {teams.error ? <ErrorNote error={teams.error} /> : null}
      {teams.isPending ? <p className="muted">{t("common.loading")}</p> : null}
      {teams.data?.length === 0 ? <p className="muted">{t("admin.teams.empty")}</p> : null}
      {teams.data && teams.data.length > 0 ? (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t("admin.teams.columns.name")}</th>
              <th scope="col">{t("admin.teams.columns.members")}</th>
              <th scope="col">{t("admin.teams.columns.conversations")}</th>
              <th scope="col">{t("admin.teams.columns.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {teams.data.map((team) => (
              <tr key={team.id}>
                <th scope="row">{team.name}</th>
                <td>
                  <div>{t("admin.teams.memberCount", { count: team.memberIds.length })}</div>
                  <div className="muted small-text">
                    {team.memberIds.flatMap((id) => nameOf.get(id) ?? []).join(", ")}
                  </div>
                </td>
                <td>{team.conversationCount}</td>
                <td>
                  <div
                    className="admin-row-actions"
                    role="group"
                    aria-label={t("admin.teams.actionsFor", { name: team.name })}
                  >
                    <button type="button" onClick={() => setDialog({ kind: "members", team })}>
                      {t("admin.teams.members")}
                    </button>
                    <button type="button" onClick={() => setDialog({ kind: "rename", team })}>
                      {t("admin.teams.rename")}
                    </button>
                    <button type="button" onClick={() => setDialog({ kind: "delete", team })}>
                      {t("admin.teams.delete")}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {dialog?.kind === "create" ? <TeamNameDialog team={null} onClose={close} /> : null}
      {dialog?.kind === "rename" ? <TeamNameDialog team={dialog.team} onClose={close} /> : null}
      {dialog?.kind === "members" ? (
        <TeamMembersDialog team={dialog.team} users={users.data ?? []} onClose={close} />
      ) : null}
      {dialog?.kind === "delete" ? <TeamDeleteDialog team={dialog.team} onClose={close} /> : null}
    </div>
  );
}
