import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import { ErrorNote } from "../../ui/error-note.tsx";
import { AdminDialog } from "../admin-dialog.tsx";
import type { AdminTeam } from "../admin-types.ts";
import { useInvalidatePeople } from "../use-invalidate-people.ts";

/** Says what deleting does: its conversations stay, without a team (the API's deleteTeam). */
export function TeamDeleteDialog({ team, onClose }: { team: AdminTeam; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidatePeople();
  const remove = useMutation(
    trpc.teams.delete.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onClose();
      },
    }),
  );
  return (
    <AdminDialog title={t("admin.teams.deleteTitle", { name: team.name })} onClose={onClose}>
      <p>
        {team.conversationCount === 0
          ? t("admin.teams.deleteTextNone")
          : t("admin.teams.deleteText", { count: team.conversationCount })}
      </p>
      {remove.error ? <ErrorNote error={remove.error} /> : null}
      <div className="button-row admin-actions">
        <button
          type="button"
          className="danger"
          disabled={remove.isPending}
          onClick={() => remove.mutate({ teamId: team.id })}
        >
          {t("admin.teams.deleteConfirm")}
        </button>
        <button type="button" onClick={onClose}>
          {t("admin.teams.cancel")}
        </button>
      </div>
    </AdminDialog>
  );
}
