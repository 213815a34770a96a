import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import { ErrorNote } from "../../ui/error-note.tsx";
import { AdminDialog } from "../admin-dialog.tsx";
import type { IntegrationKey } from "./integration-types.ts";

/** Asks before a key is revoked: the API refuses it from that moment and it cannot come back. */
export function KeyRevokeDialog({
  integrationKey,
  onClose,
}: {
  integrationKey: IntegrationKey;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(
    trpc.holdings.revokeKey.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.holdings.keys.queryFilter());
        onClose();
      },
    }),
  );
  return (
    <AdminDialog
      title={t("integrations.revokeDialog.title", { name: integrationKey.name })}
      onClose={onClose}
    >
      <p>{t("integrations.revokeDialog.text", { source: integrationKey.sourceSystem })}</p>
      {revoke.error ? <ErrorNote error={revoke.error} /> : null}
      <div className="button-row admin-actions">
        <button
          type="button"
          className="danger"
          disabled={revoke.isPending}
          onClick={() => revoke.mutate({ keyId: integrationKey.id })}
        >
          {t("integrations.revokeDialog.confirm")}
        </button>
        <button type="button" onClick={onClose}>
          {t("common.cancel")}
        </button>
      </div>
    </AdminDialog>
  );
}
