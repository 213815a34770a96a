import { useMutation } from "@tanstack/react-query";
import { useMemo, useState, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../api/error-code.ts";
import { useTRPC } from "../../api/trpc.ts";
import { ErrorNote } from "../../ui/error-note.tsx";
import type { ConnectorDetail, ConnectorKind } from "./connector-types.ts";
import { apiFieldErrors } from "./api-field-errors.ts";
import { wordedProblems } from "./field-problems.ts";
import { SchemaFields } from "./schema-fields.tsx";
import { formFieldsOf, formValuesOf, schemaDefaults, settingsOf, type FieldProblems } from "./schema-form.ts";
import { useConnectorRefresh } from "./use-connector-refresh.ts";

/** Name, default country and the kind's settings, as stored; saved whole (the API replaces config). */
export function ConnectorSettingsForm({
  connector,
  kind,
}: {
  connector: ConnectorDetail;
  kind: ConnectorKind;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useConnectorRefresh();
  const fields = useMemo(() => formFieldsOf(kind.configSchema), [kind]);
  const [name, setName] = useState(connector.name);
  const [country, setCountry] = useState(connector.defaultCountry);
  const [config, setConfig] = useState(() =>
    formValuesOf(fields, connector.config, schemaDefaults(kind.configSchema)),
  );
  const [own, setOwn] = useState<FieldProblems>({});
  const [nameMissing, setNameMissing] = useState(false);
  const update = useMutation(trpc.connectors.update.mutationOptions({ onSuccess: refresh }));

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const result = settingsOf(fields, config);
    setOwn(result.problems);
    setNameMissing(name.trim() === "");
    if (name.trim() === "" || Object.keys(result.problems).length > 0) return;
    update.mutate({
      connectorId: connector.id,
      name: name.trim(),
      defaultCountry: country.trim(),
      config: result.settings,
    });
  };

  return (
    <form
      className="connector-card connector-form"
      noValidate
      onSubmit={submit}
      aria-labelledby="connector-settings-title"
    >
      <h3 id="connector-settings-title">{t("admin.connectors.form.settingsTitle")}</h3>
      <p className="small-text muted">{t("admin.connectors.form.requiredNote")}</p>
      <div className="connector-field">
        <label htmlFor="connector-name">
          {t("admin.connectors.form.name")}
          <span className="connector-required"> *</span>
        </label>
        <input
          id="connector-name"
          value={name}
          maxLength={100}
          aria-required
          aria-invalid={nameMissing || undefined}
          onChange={(e) => setName(e.target.value)}
        />
        {nameMissing ? (
          <p className="field-error small-text">{t("admin.connectors.problems.required")}</p>
        ) : null}
      </div>
      <div className="connector-field">
        <label htmlFor="connector-country">{t("admin.connectors.form.defaultCountry")}</label>
        <input
          id="connector-country"
          className="connector-country"
          value={country}
          maxLength={2}
          aria-describedby="connector-country-help"
          onChange={(e) => setCountry(e.target.value.toUpperCase())}
        />
        <p id="connector-country-help" className="small-text muted">
          {t("admin.connectors.form.defaultCountryHelp")}
        </p>
      </div>
      <SchemaFields
        idPrefix="config"
        fields={fields}
        values={config}
        onChange={setConfig}
        problems={wordedProblems(own, apiFieldErrors(errorMessage(update.error) ?? "", "config"), t)}
      />
      {update.error ? <ErrorNote error={update.error} /> : null}
      <div className="connector-actions">
        <button type="submit" className="primary" disabled={update.isPending}>
          {update.isPending ? t("admin.connectors.form.saving") : t("admin.connectors.form.save")}
        </button>
        <span role="status" className="small-text">
          {update.isSuccess ? t("admin.connectors.form.saved") : ""}
        </span>
      </div>
    </form>
  );
}
