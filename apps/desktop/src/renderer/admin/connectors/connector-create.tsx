import { useMutation, useQuery } from "@tanstack/react-query";
import { useMemo, useState, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../api/error-code.ts";
import { useTRPC } from "../../api/trpc.ts";
import { useNavStore } from "../../nav/nav-store.ts";
import { ErrorNote } from "../../ui/error-note.tsx";
import { BackToBoard } from "./back-to-board.tsx";
import type { ConnectorKind } from "./connector-types.ts";
import { apiFieldErrors } from "./api-field-errors.ts";
import { wordedProblems } from "./field-problems.ts";
import { SchemaFields } from "./schema-fields.tsx";
import { formFieldsOf, formValuesOf, schemaDefaults, settingsOf, type FieldProblems } from "./schema-form.ts";
import { useConnectorRefresh } from "./use-connector-refresh.ts";

/** `#/admin/connectors/new`: pick a kind, then fill in the form its settings schema describes. */
export function ConnectorCreate() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const kinds = useQuery(trpc.connectors.kinds.queryOptions());
  const [kind, setKind] = useState<string | null>(null);
  const chosen = kinds.data?.find((entry) => entry.kind === kind);

  return (
    <div className="connector-create">
      <BackToBoard />
      <h2>{t("admin.connectors.create.title")}</h2>
      {kinds.error ? <ErrorNote error={kinds.error} /> : null}
      {kinds.isPending ? <p className="muted">{t("common.loading")}</p> : null}
      {kinds.data ? (
        <fieldset className="connector-kinds">
          <legend>{t("admin.connectors.create.kind")}</legend>
          {kinds.data.map((entry) => (
            <label key={entry.kind} className="connector-kind">
              <input
                type="radio"
                name="connector-kind"
                value={entry.kind}
                checked={entry.kind === kind}
                onChange={() => setKind(entry.kind)}
              />
              <span>
                <strong>{entry.title}</strong>
                <span className="small-text muted"> {entry.channels.join(", ")}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {chosen ? <CreateForm key={chosen.kind} kind={chosen} /> : null}
    </div>
  );
}

function CreateForm({ kind }: { kind: ConnectorKind }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const goTo = useNavStore((state) => state.goTo);
  const refresh = useConnectorRefresh();
  const configFields = useMemo(() => formFieldsOf(kind.configSchema), [kind]);
  const secretFields = useMemo(() => formFieldsOf(kind.secretsSchema), [kind]);
  const [name, setName] = useState("");
  const [country, setCountry] = useState("DE");
  const [enabled, setEnabled] = useState(true);
  const [config, setConfig] = useState(() =>
    formValuesOf(configFields, {}, schemaDefaults(kind.configSchema)),
  );
  const [secrets, setSecrets] = useState(() =>
    formValuesOf(secretFields, {}, schemaDefaults(kind.secretsSchema)),
  );
  const [own, setOwn] = useState<{ config: FieldProblems; secrets: FieldProblems; name: boolean }>({
    config: {},
    secrets: {},
    name: false,
  });
  const create = useMutation(
    trpc.connectors.create.mutationOptions({
      onSuccess: async (created) => {
        await refresh();
        goTo("admin", { rest: ["connectors", created.id], params: {} });
      },
    }),
  );
  const apiMessage = errorMessage(create.error) ?? "";

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const configResult = settingsOf(configFields, config);
    const secretsResult = settingsOf(secretFields, secrets);
    const problems = {
      config: configResult.problems,
      secrets: secretsResult.problems,
      name: name.trim() === "",
    };
    setOwn(problems);
    if (problems.name || Object.keys(problems.config).length > 0 || Object.keys(problems.secrets).length > 0)
      return;
    create.mutate({
      kind: kind.kind,
      name: name.trim(),
      defaultCountry: country.trim(),
      enabled,
      config: configResult.settings,
      secrets: secretsResult.settings,
    });
  };

  return (
    <form
      className="connector-form"
      noValidate
      onSubmit={submit}
      aria-label={t("admin.connectors.create.formLabel", { kind: kind.title })}
    >
      <p className="small-text muted">{t("admin.connectors.form.requiredNote")}</p>
      <div className="connector-field">
        <label htmlFor="new-connector-name">
          {t("admin.connectors.form.name")}
          <span className="connector-required"> *</span>
        </label>
        <input
          id="new-connector-name"
          value={name}
          maxLength={100}
          aria-required
          aria-invalid={own.name || undefined}
          onChange={(e) => setName(e.target.value)}
        />
        {own.name ? (
          <p className="field-error small-text">{t("admin.connectors.problems.required")}</p>
        ) : null}
      </div>
      <div className="connector-field">
        <label htmlFor="new-connector-country">{t("admin.connectors.form.defaultCountry")}</label>
        <input
          id="new-connector-country"
          value={country}
          maxLength={2}
          className="connector-country"
          aria-describedby="new-connector-country-help"
          onChange={(e) => setCountry(e.target.value.toUpperCase())}
        />
        <p id="new-connector-country-help" className="small-text muted">
          {t("admin.connectors.form.defaultCountryHelp")}
        </p>
      </div>
      <div className="connector-field connector-check">
        <input
          id="new-connector-enabled"
          type="checkbox"
          checked={enabled}
          onChange={(e) => setEnabled(e.target.checked)}
        />
        <label htmlFor="new-connector-enabled">{t("admin.connectors.form.enabledOnCreate")}</label>
      </div>
      {configFields.length > 0 ? (
        <fieldset className="connector-section">
          <legend>{t("admin.connectors.form.config")}</legend>
          <SchemaFields
            idPrefix="new-config"
            fields={configFields}
            values={config}
            onChange={setConfig}
            problems={wordedProblems(own.config, apiFieldErrors(apiMessage, "config"), t)}
          />
        </fieldset>
      ) : null}
      {secretFields.length > 0 ? (
        <fieldset className="connector-section">
          <legend>{t("admin.connectors.form.secrets")}</legend>
          <p className="small-text muted">{t("admin.connectors.secrets.writeOnly")}</p>
          <SchemaFields
            idPrefix="new-secret"
            secret
            fields={secretFields}
            values={secrets}
            onChange={setSecrets}
            problems={wordedProblems(own.secrets, apiFieldErrors(apiMessage, "secrets"), t)}
          />
        </fieldset>
      ) : null}
      {create.error ? <ErrorNote error={create.error} /> : null}
      <div className="connector-actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? t("admin.connectors.create.saving") : t("admin.connectors.create.save")}
        </button>
      </div>
    </form>
  );
}
