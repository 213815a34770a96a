import { sourceSystemSchema } from "@emma/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import { ErrorNote } from "../../ui/error-note.tsx";
import { AdminDialog } from "../admin-dialog.tsx";
import { KeyShownOnce } from "./key-shown-once.tsx";

/**
 * Creates a key for one source system, then shows it this once: the API keeps only its hash, so
 * closing the dialog loses it for good.
 */
export function KeyCreateDialog({
  knownSources,
  onClose,
}: {
  /** Source systems with keys or a live lookup, offered as suggestions. */
  knownSources: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = { source: useId(), sourceHint: useId(), sources: useId(), name: useId(), nameHint: useId() };
  const [sourceSystem, setSourceSystem] = useState("");
  const [name, setName] = useState("");
  const [sourceRefused, setSourceRefused] = useState(false);
  const create = useMutation(
    trpc.holdings.createKey.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.holdings.keys.queryFilter()),
    }),
  );

  if (create.data)
    return (
      <KeyShownOnce
        secret={create.data.key}
        sourceSystem={create.variables.sourceSystem}
        name={create.variables.name}
        onClose={onClose}
      />
    );

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const source = sourceSystemSchema.safeParse(sourceSystem);
    setSourceRefused(!source.success);
    if (source.success) create.mutate({ sourceSystem: source.data, name });
  };

  return (
    <AdminDialog title={t("integrations.createDialog.title")} onClose={onClose}>
      <form className="admin-form" onSubmit={submit}>
        <div className="admin-field">
          <label htmlFor={ids.source}>{t("integrations.createDialog.source")}</label>
          <input
            id={ids.source}
            required
            maxLength={64}
            list={ids.sources}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={ids.sourceHint}
            aria-invalid={sourceRefused}
            value={sourceSystem}
            onChange={(event) => setSourceSystem(event.target.value)}
          />
          <datalist id={ids.sources}>
            {knownSources.map((source) => (
              <option key={source} value={source} />
            ))}
          </datalist>
          <p id={ids.sourceHint} className={sourceRefused ? "error-note small-text" : "muted small-text"}>
            {sourceRefused
              ? t("integrations.createDialog.sourceInvalid")
              : t("integrations.createDialog.sourceHint")}
          </p>
        </div>
        <div className="admin-field">
          <label htmlFor={ids.name}>{t("integrations.createDialog.name")}</label>
          <input
            id={ids.name}
            required
            maxLength={100}
            aria-describedby={ids.nameHint}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <p id={ids.nameHint} className="muted small-text">
            {t("integrations.createDialog.nameHint")}
          </p>
        </div>
        {create.error ? <ErrorNote error={create.error} /> : null}
        <div className="button-row admin-actions">
          <button type="submit" className="primary" disabled={create.isPending}>
            {t("integrations.createDialog.submit")}
          </button>
          <button type="button" onClick={onClose}>
            {t("common.cancel")}
          </button>
        </div>
      </form>
    </AdminDialog>
  );
}
