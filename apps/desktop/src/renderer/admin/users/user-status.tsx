import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../ui/format.ts";
import type { AdminUser } from "../admin-types.ts";

/** Active or not, and what stands between the user and signing in: a password to set, a delay. */
export function UserStatus({ user }: { user: AdminUser }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="admin-user-status">
      <span className={user.active ? "admin-badge admin-badge-ok" : "admin-badge admin-badge-off"}>
        {user.active ? t("admin.users.active") : t("admin.users.inactive")}
      </span>
      {user.mustChangePassword ? <span className="small-text">{t("admin.users.mustChange")}</span> : null}
      {user.setPasswordLinkExpiresAt ? (
        <span className="small-text">
          {t("admin.users.linkPending", {
            date: formatDateTime(user.setPasswordLinkExpiresAt, i18n.language),
          })}
        </span>
      ) : null}
      {user.signInDelay ? (
        <span className="small-text admin-user-delay">
          {t("admin.users.delayed", {
            time: formatDateTime(user.signInDelay.until, i18n.language),
            count: user.signInDelay.failures,
          })}
        </span>
      ) : null}
    </div>
  );
}
