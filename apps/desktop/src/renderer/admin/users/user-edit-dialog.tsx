import type { Role } from "@emma/core";
import { useMutation } from "@tanstack/react-query";
import { useId, useState, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import type { Language } from "../../i18n/i18n.ts";
import { AdminDialog } from "../admin-dialog.tsx";
import type { AdminTeam, AdminUser } from "../admin-types.ts";
import { useInvalidatePeople } from "../use-invalidate-people.ts";
import { RoleLanguageFields } from "./role-language-fields.tsx";
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
  const ids = { name: useId(), roleNote: useId() };
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
        <RoleLanguageFields
          role={role}
          locale={locale}
          onRole={setRole}
          onLocale={setLocale}
          roleNoteId={ids.roleNote}
        />
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
