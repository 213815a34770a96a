import { ROLES, type Role } from "@emma/core";
import { useMutation } from "@tanstack/react-query";
import { useId, useState, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import { LANGUAGES, type Language } from "../../i18n/i18n.ts";
import { AdminDialog } from "../admin-dialog.tsx";
import type { AdminTeam, AdminUser } from "../admin-types.ts";
import { useInvalidatePeople } from "../use-invalidate-people.ts";
import { TeamCheckboxes } from "./team-checkboxes.tsx";
import { UserError } from "./user-error.tsx";

/** Name, role, teams and language of a user; a changed role signs them out (the API does). */
export function UserEditDialog({
  user,
  teams,
  onClose,
  onSaved,
}: {
  user: AdminUser;
  teams: readonly AdminTeam[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidatePeople();
  const ids = { name: useId(), role: useId(), language: useId(), roleNote: useId() };
  const [displayName, setDisplayName] = useState(user.displayName);
  const [role, setRole] = useState<Role>(user.role);
  const [locale, setLocale] = useState<Language>(user.locale);
  const [teamIds, setTeamIds] = useState<string[]>(user.teamIds);
  const update = useMutation(
    trpc.users.update.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onSaved();
      },
    }),
  );

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    update.mutate({
      userId: user.id,
      displayName,
      locale,
      teamIds,
      // Sent only when changed: an unchanged role must not sign the user out.
      ...(role !== user.role ? { role } : {}),
    });
  };

  return (
    <AdminDialog title={t("admin.users.editTitle", { name: user.displayName })} onClose={onClose} wide>
      <form className="admin-form" onSubmit={submit}>
        <p className="muted small-text">{user.email}</p>
        <div className="admin-field">
          <label htmlFor={ids.name}>{t("admin.users.fields.name")}</label>
          <input
            id={ids.name}
            required
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
          />
        </div>
        <div className="admin-field-row">
          <div className="admin-field">
            <label htmlFor={ids.role}>{t("admin.users.fields.role")}</label>
            <select
              id={ids.role}
              aria-describedby={ids.roleNote}
              value={role}
              onChange={(e) => setRole(ROLES.find((r) => r === e.target.value) ?? user.role)}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="admin-field">
            <label htmlFor={ids.language}>{t("admin.users.fields.language")}</label>
            <select
              id={ids.language}
              value={locale}
              onChange={(e) => setLocale(LANGUAGES.find((l) => l === e.target.value) ?? user.locale)}
            >
              {LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {t(`language.${language}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p id={ids.roleNote} className="muted small-text">
          {t("admin.users.roleChangeNote")}
        </p>
        <TeamCheckboxes teams={teams} selected={teamIds} onChange={setTeamIds} />
        {update.error ? <UserError error={update.error} /> : null}
        <div className="button-row admin-actions">
          <button type="submit" className="primary" disabled={update.isPending}>
            {t("admin.users.save")}
          </button>
          <button type="button" onClick={onClose}>
            {t("admin.users.cancel")}
          </button>
        </div>
      </form>
    </AdminDialog>
  );
}
