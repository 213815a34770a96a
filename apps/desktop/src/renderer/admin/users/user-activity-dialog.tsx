import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import { AdminDialog } from "../admin-dialog.tsx";
import type { AdminUser } from "../admin-types.ts";
import { useInvalidatePeople } from "../use-invalidate-people.ts";
import { UserError } from "./user-error.tsx";

/** Deactivating says plainly that the person's sessions end now; reactivating lets them back in. */
export function UserActivityDialog({ user, onClose }: { user: AdminUser; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidatePeople();
  const deactivating = user.active;
  const update = useMutation(
    trpc.users.update.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onClose();
      },
    }),
  );
  const name = user.displayName;
  return (
    <AdminDialog
      title={
        deactivating ? t("admin.users.deactivateTitle", { name }) : t("admin.users.reactivateTitle", { name })
      }
      onClose={onClose}
    >
      <p>
        {deactivating ? t("admin.users.deactivateText", { name }) : t("admin.users.reactivateText", { name })}
      </p>
      {update.error ? <UserError error={update.error} /> : null}
      <div className="button-row admin-actions">
        <button
          type="button"
          className={deactivating ? "danger" : "primary"}
          disabled={update.isPending}
          onClick={() => update.mutate({ userId: user.id, active: !deactivating })}
        >
          {deactivating ? t("admin.users.deactivateConfirm") : t("admin.users.reactivateConfirm")}
        </button>
        <button type="button" onClick={onClose}>
          {t("admin.users.cancel")}
        </button>
      </div>
    </AdminDialog>
  );
}
