import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import { ErrorNote } from "../../ui/error-note.tsx";
import type { AdminTeam, AdminUser } from "../admin-types.ts";
import { useInvalidatePeople } from "../use-invalidate-people.ts";
import { HandoverLinkDialog } from "./handover-link-dialog.tsx";
import { UserActivityDialog } from "./user-activity-dialog.tsx";
import { UserCreateDialog } from "./user-create-dialog.tsx";
import type { UserDialog } from "./user-dialog.ts";
import { UserEditDialog } from "./user-edit-dialog.tsx";
import { userMatches } from "./user-filter.ts";
import { UserResetDialog } from "./user-reset-dialog.tsx";
import { UsersTable } from "./users-table.tsx";

/** The admin's users: who they are, their role, teams and sign-in state, and every change to them. */
export function UsersPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidatePeople();
  const filterId = useId();
  const users = useQuery(trpc.users.list.queryOptions());
  const teams = useQuery(trpc.teams.list.queryOptions());
  const [query, setQuery] = useState("");
  const [dialog, setDialog] = useState<UserDialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const liftDelay = useMutation(trpc.users.liftLoginDelay.mutationOptions({ onSuccess: () => invalidate() }));

  const teamList: readonly AdminTeam[] = teams.data ?? [];
  const teamNames = new Map(teamList.map((team) => [team.id, team.name]));
  const namesOf = (user: AdminUser) => user.teamIds.flatMap((id) => teamNames.get(id) ?? []);
  const visible = (users.data ?? []).filter((user) =>
    userMatches(query, { ...user, roleLabel: t(`roles.${user.role}`), teamNames: namesOf(user) }),
  );
  const close = () => setDialog(null);

  return (
    <div className="admin-users">
      <header className="admin-page-head">
        <div>
          <h2>{t("admin.pages.users")}</h2>
          <p className="muted">{t("admin.users.intro")}</p>
        </div>
        <button type="button" className="primary" onClick={() => setDialog({ kind: "create" })}>
          {t("admin.users.create")}
        </button>
      </header>
      <div className="admin-toolbar">
        <label htmlFor={filterId} className="visually-hidden">
          {t("admin.users.filter")}
        </label>
        <input
          id={filterId}
          type="search"
          placeholder={t("admin.users.filterPlaceholder")}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        {users.data ? (
          <span className="muted small-text" role="status">
            {t("admin.users.count", { count: visible.length })}
          </span>
        ) : null}
      </div>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {users.error ? <ErrorNote error={users.error} /> : null}
      {liftDelay.error ? <ErrorNote error={liftDelay.error} /> : null}
      {users.isPending ? <p className="muted">{t("common.loading")}</p> : null}
      {users.data && visible.length === 0 ? <p className="muted">{t("admin.users.empty")}</p> : null}
      {visible.length > 0 ? (
        <UsersTable
          users={visible}
          teamNamesOf={namesOf}
          onOpen={(next) => {
            setNotice(null);
            setDialog(next);
          }}
          onLiftDelay={(user) =>
            liftDelay.mutate(
              { userId: user.id },
              { onSuccess: () => setNotice(t("admin.users.delayLifted", { name: user.displayName })) },
            )
          }
        />
      ) : null}
      {dialog?.kind === "create" ? (
        <UserCreateDialog
          teams={teamList}
          onClose={close}
          onCreated={(name, link) => {
            setNotice(t("admin.users.created", { name }));
            setDialog(link ? { kind: "link", name, link } : null);
          }}
        />
      ) : null}
      {dialog?.kind === "edit" ? (
        <UserEditDialog
          user={dialog.user}
          teams={teamList}
          onClose={close}
          onSaved={() => {
            setNotice(t("admin.users.saved"));
            close();
          }}
        />
      ) : null}
      {dialog?.kind === "activity" ? <UserActivityDialog user={dialog.user} onClose={close} /> : null}
      {dialog?.kind === "reset" ? (
        <UserResetDialog
          user={dialog.user}
          onClose={close}
          onReset={(link) => {
            const name = dialog.user.displayName;
            if (link) {
              setDialog({ kind: "link", name, link });
            } else {
              setNotice(t("admin.users.resetDone"));
              close();
            }
          }}
        />
      ) : null}
      {dialog?.kind === "link" ? (
        <HandoverLinkDialog name={dialog.name} link={dialog.link} onClose={close} />
      ) : null}
    </div>
  );
}
