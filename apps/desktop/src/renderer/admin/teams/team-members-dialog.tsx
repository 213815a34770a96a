import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import { ErrorNote } from "../../ui/error-note.tsx";
import { AdminDialog } from "../admin-dialog.tsx";
import type { AdminTeam, AdminUser } from "../admin-types.ts";
import { useInvalidatePeople } from "../use-invalidate-people.ts";

/** Who is in the team: every user with a checkbox, saved at once as the team's members. */
export function TeamMembersDialog({
  team,
  users,
  onClose,
}: {
  team: AdminTeam;
  users: readonly AdminUser[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidatePeople();
  const [memberIds, setMemberIds] = useState<string[]>(team.memberIds);
  const save = useMutation(
    trpc.teams.update.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onClose();
      },
    }),
  );
  return (
    <AdminDialog title={t("admin.teams.membersTitle", { name: team.name })} onClose={onClose} wide>
      <fieldset className="admin-checks admin-members">
        <legend className="muted small-text">{t("admin.teams.membersHint")}</legend>
        {users.map((user) => (
          <label key={user.id} className="admin-choice">
            <input
              type="checkbox"
              checked={memberIds.includes(user.id)}
              onChange={(event) =>
                setMemberIds(
                  event.target.checked ? [...memberIds, user.id] : memberIds.filter((id) => id !== user.id),
                )
              }
            />
            <span>
              {user.displayName} <span className="muted small-text">{user.email}</span>
              {user.active ? null : (
                <span className="muted small-text"> {t("admin.teams.inactiveMember")}</span>
              )}
            </span>
          </label>
        ))}
      </fieldset>
      {save.error ? <ErrorNote error={save.error} /> : null}
      <div className="button-row admin-actions">
        <button
          type="button"
          className="primary"
          disabled={save.isPending}
          onClick={() => save.mutate({ teamId: team.id, memberIds })}
        >
          {t("admin.teams.save")}
        </button>
        <button type="button" onClick={onClose}>
          {t("admin.teams.cancel")}
        </button>
      </div>
    </AdminDialog>
  );
}
