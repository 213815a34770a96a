import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { AdminDialog } from "../admin/admin-dialog.tsx";
import { useTRPC } from "../api/trpc.ts";
import { ErasureError } from "./erasure-error.tsx";

export type LegalHoldDialogMode =
  { kind: "place"; customerId: string; customerName: string } | { kind: "lift"; holdId: string };

/** An admin places a legal hold with its matter, or lifts one saying why it ends. */
export function LegalHoldDialog({ mode, onClose }: { mode: LegalHoldDialogMode; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const textId = useId();
  const [text, setText] = useState("");
  const done = {
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries(trpc.legalHolds.pathFilter()),
        queryClient.invalidateQueries(trpc.erasure.pathFilter()),
      ]);
      onClose();
    },
  };
  const place = useMutation(trpc.legalHolds.place.mutationOptions(done));
  const lift = useMutation(trpc.legalHolds.lift.mutationOptions(done));
  const error = place.error ?? lift.error;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (mode.kind === "place") place.mutate({ customerId: mode.customerId, reason: text });
    else lift.mutate({ holdId: mode.holdId, note: text });
  };
  return (
    <AdminDialog
      title={
        mode.kind === "place"
          ? t("erasure.holds.placeTitle", { name: mode.customerName })
          : t("erasure.holds.liftTitle")
      }
      onClose={onClose}
    >
      <form className="admin-form" onSubmit={submit}>
        {mode.kind === "place" ? <p className="muted">{t("erasure.holds.placeIntro")}</p> : null}
        <div className="admin-field">
          <label htmlFor={textId}>
            {mode.kind === "place" ? t("erasure.holds.reason") : t("erasure.holds.liftNote")}
          </label>
          <textarea
            id={textId}
            required
            minLength={3}
            maxLength={1000}
            rows={3}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        {error ? <ErasureError error={error} /> : null}
        <div className="button-row admin-actions">
          <button type="submit" className="primary" disabled={place.isPending || lift.isPending}>
            {t("erasure.holds.save")}
          </button>
          <button type="button" onClick={onClose}>
            {t("erasure.holds.cancel")}
          </button>
        </div>
      </form>
    </AdminDialog>
  );
}
