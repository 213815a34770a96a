import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../ui/format.ts";
import type { AdminUser } from "../admin-types.ts";
import type { UserDialog } from "./user-dialog.ts";
import { UserStatus } from "./user-status.tsx";

export function UsersTable({
  users,
  teamNamesOf,
  onOpen,
  onLiftDelay,
}: {
  users: readonly AdminUser[];
  teamNamesOf: (user: AdminUser) => string[];
  onOpen: (dialog: UserDialog) => void;
  onLiftDelay: (user: AdminUser) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <table className="admin-table">
      <thead>
        <tr>
          <th scope="col">{t("admin.users.columns.name")}</th>
          <th scope="col">{t("admin.users.columns.email")}</th>
          <th scope="col">{t("admin.users.columns.role")}</th>
          <th scope="col">{t("admin.users.columns.teams")}</th>
          <th scope="col">{t("admin.users.columns.status")}</th>
          <th scope="col">{t("admin.users.columns.lastLogin")}</th>
          <th scope="col">{t("admin.users.columns.actions")}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => {
          const teams = teamNamesOf(user);
          return (
            <tr key={user.id} className={user.active ? undefined : "admin-row-inactive"}>
              <th scope="row">{user.displayName}</th>
              <td>{user.email}</td>
              <td>{t(`roles.${user.role}`)}</td>
              <td>
                {teams.length > 0 ? (
                  teams.join(", ")
                ) : (
                  <span className="muted">{t("admin.users.noTeams")}</span>
                )}
              </td>
              <td>
                <UserStatus user={user} />
              </td>
              <td>
                {user.lastLoginAt ? (
                  formatDateTime(user.lastLoginAt, i18n.language)
                ) : (
                  <span className="muted">{t("admin.users.never")}</span>
                )}
              </td>
              <td>
                <div
                  className="admin-row-actions"
                  role="group"
                  aria-label={t("admin.users.actionsFor", { name: user.displayName })}
                >
                  <button type="button" onClick={() => onOpen({ kind: "edit", user })}>
                    {t("admin.users.edit")}
                  </button>
                  <button type="button" onClick={() => onOpen({ kind: "reset", user })}>
                    {t("admin.users.resetPassword")}
                  </button>
                  <button type="button" onClick={() => onOpen({ kind: "activity", user })}>
                    {user.active ? t("admin.users.deactivate") : t("admin.users.reactivate")}
                  </button>
                  {user.signInDelay ? (
                    <button type="button" onClick={() => onLiftDelay(user)}>
                      {t("admin.users.liftDelay")}
                    </button>
                  ) : null}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
