import { useMutation } from "@tanstack/react-query";
import { useId, useState, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorCode } from "../../api/error-code.ts";
import { useTRPC } from "../../api/trpc.ts";
import { ErrorNote } from "../../ui/error-note.tsx";
import { AdminDialog } from "../admin-dialog.tsx";
import type { AdminTeam } from "../admin-types.ts";
import { useInvalidatePeople } from "../use-invalidate-people.ts";

/** Creates a team, or renames `team`. */
export function TeamNameDialog({ team, onClose }: { team: AdminTeam | null; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidatePeople();
  const nameId = useId();
  const hintId = useId();
  const [name, setName] = useState(team?.name ?? "");
  const done = {
    onSuccess: async () => {
      await invalidate();
      onClose();
    },
  };
  const create = useMutation(trpc.teams.create.mutationOptions(done));
  const rename = useMutation(trpc.teams.update.mutationOptions(done));
  const error = create.error ?? rename.error;
  const pending = create.isPending || rename.isPending;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (team) rename.mutate({ teamId: team.id, name });
    else create.mutate({ name });
  };

  return (
    <AdminDialog
      title={team ? t("admin.teams.renameTitle", { name: team.name }) : t("admin.teams.createTitle")}
      onClose={onClose}
    >
      <form className="admin-form" onSubmit={submit}>
        <div className="admin-field">
          <label htmlFor={nameId}>{t("admin.teams.name")}</label>
          <input
            id={nameId}
            required
            minLength={2}
            maxLength={100}
            aria-describedby={hintId}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <p id={hintId} className="muted small-text">
            {t("admin.teams.nameHint")}
          </p>
        </div>
        {error ? (
          errorCode(error) === "CONFLICT" ? (
            <p className="error-note" role="alert">
              {t("admin.teams.nameTaken")}
            </p>
          ) : (
            <ErrorNote error={error} />
          )
        ) : null}
        <div className="button-row admin-actions">
          <button type="submit" className="primary" disabled={pending}>
            {team ? t("admin.teams.save") : t("admin.teams.createSubmit")}
          </button>
          <button type="button" onClick={onClose}>
            {t("admin.teams.cancel")}
          </button>
        </div>
      </form>
    </AdminDialog>
  );
}
