import { useMutation } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../api/error-code.ts";
import { useTRPC } from "../../api/trpc.ts";
import { ErrorNote } from "../../ui/error-note.tsx";
import type { ConnectorDetail, ConnectorKind } from "./connector-types.ts";
import { apiFieldErrors } from "./api-field-errors.ts";
import { wordedProblems } from "./field-problems.ts";
import { SchemaFields } from "./schema-fields.tsx";
import {
  formFieldsOf,
  labelOf,
  settingsOf,
  type FieldProblems,
  type FormField,
  type FormValues,
} from "./schema-form.ts";
import { useConnectorRefresh } from "./use-connector-refresh.ts";

/**
 * Write-only secrets: each says whether it is set, never what it is. Typing a new value and
 * replacing it sends that one field; the others stay as stored.
 */
export function ConnectorSecrets({ connector, kind }: { connector: ConnectorDetail; kind: ConnectorKind }) {
  const { t } = useTranslation();
  const fields = formFieldsOf(kind.secretsSchema);
  if (fields.length === 0) return null;
  return (
    <section className="connector-card" aria-labelledby="connector-secrets-title">
      <h3 id="connector-secrets-title">{t("admin.connectors.secrets.title")}</h3>
      <p className="small-text muted">{t("admin.connectors.secrets.writeOnly")}</p>
      {connector.secretsReadable ? null : (
        <p className="error-note" role="alert">
          {t("admin.connectors.secrets.unreadable")}
        </p>
      )}
      {fields.map((field) => (
        <SecretRow
          key={field.name}
          connectorId={connector.id}
          field={field}
          set={connector.secretsSet[field.name] === true}
        />
      ))}
    </section>
  );
}

function SecretRow({ connectorId, field, set }: { connectorId: string; field: FormField; set: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useConnectorRefresh();
  const [values, setValues] = useState<FormValues>({});
  const [own, setOwn] = useState<FieldProblems>({});
  const replace = useMutation(
    trpc.connectors.update.mutationOptions({
      onSuccess: async () => {
        setValues({});
        await refresh();
      },
    }),
  );
  // Replacing means giving a value, also for a field the kind does not require.
  const asRequired: FormField = { ...field, required: true };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const result = settingsOf([asRequired], values);
    setOwn(result.problems);
    if (Object.keys(result.problems).length > 0) return;
    replace.reset();
    replace.mutate({ connectorId, secrets: { [field.name]: result.settings[field.name] } });
  };

  return (
    <form className="connector-secret" noValidate onSubmit={submit} aria-label={labelOf(field.name)}>
      <div className="connector-secret-head">
        <strong>{labelOf(field.name)}</strong>
        <span className={set ? "connector-secret-set" : "connector-secret-unset"}>
          {set ? t("admin.connectors.secrets.set") : t("admin.connectors.secrets.unset")}
        </span>
      </div>
      <SchemaFields
        idPrefix="secret-new"
        secret
        fields={[asRequired]}
        values={values}
        onChange={setValues}
        problems={wordedProblems(own, apiFieldErrors(errorMessage(replace.error) ?? "", "secrets"), t)}
      />
      {replace.error ? <ErrorNote error={replace.error} /> : null}
      <div className="connector-actions">
        <button type="submit" disabled={replace.isPending}>
          {set ? t("admin.connectors.secrets.replace") : t("admin.connectors.secrets.store")}
        </button>
        <span role="status" className="small-text">
          {replace.isSuccess ? t("admin.connectors.secrets.replaced") : ""}
        </span>
      </div>
    </form>
  );
}
