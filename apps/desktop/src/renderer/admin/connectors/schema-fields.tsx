import { useTranslation } from "react-i18next";
import { labelOf, valueAt, withValueAt, type FormField, type FormValues } from "./schema-form.ts";

interface SchemaFieldsProps {
  fields: readonly FormField[];
  values: FormValues;
  onChange: (values: FormValues) => void;
  /** Worded problems by dotted field path (the form's own and the API's). */
  problems: Readonly<Record<string, string>>;
  /** Secret settings: typed into password fields, never filled from what is stored. */
  secret?: boolean;
  /** Makes ids unique when two forms are on one page. */
  idPrefix: string;
}

/** The inputs for a kind's settings, as its JSON Schema describes them. */
export function SchemaFields(props: SchemaFieldsProps) {
  return (
    <>
      {props.fields.map((field) => (
        <SchemaField key={field.name} field={field} {...props} />
      ))}
    </>
  );
}

function SchemaField(props: SchemaFieldsProps & { field: FormField }) {
  const { t } = useTranslation();
  const { field, values, onChange, problems, secret = false, idPrefix } = props;
  const key = field.path.join(".");
  const id = `${idPrefix}-${field.path.join("-")}`;
  const problem = problems[key];
  const describedBy = [field.help ? `${id}-help` : null, problem ? `${id}-problem` : null]
    .filter(Boolean)
    .join(" ");
  const value = valueAt(values, field.path);
  const set = (next: FormValues[string]) => onChange(withValueAt(values, field.path, next));
  const common = {
    id,
    "aria-describedby": describedBy || undefined,
    "aria-invalid": problem ? true : undefined,
    "aria-required": field.required || undefined,
  };
  const label = (
    <label htmlFor={id}>
      {labelOf(field.name)}
      {field.required ? (
        <span className="connector-required" title={t("admin.connectors.form.required")}>
          {" *"}
        </span>
      ) : null}
    </label>
  );
  const notes = (
    <>
      {field.help ? (
        <p id={`${id}-help`} className="connector-help small-text muted">
          {field.help}
        </p>
      ) : null}
      {problem ? (
        <p id={`${id}-problem`} className="field-error small-text">
          {problem}
        </p>
      ) : null}
    </>
  );

  switch (field.kind) {
    case "group":
      return (
        <fieldset className="connector-group" aria-describedby={describedBy || undefined}>
          <legend>
            {labelOf(field.name)}
            {field.required ? <span className="connector-required"> *</span> : null}
          </legend>
          {notes}
          <SchemaFields {...props} fields={field.fields} />
        </fieldset>
      );
    case "boolean":
      return (
        <div className="connector-field connector-check">
          <input
            {...common}
            type="checkbox"
            checked={value === true}
            onChange={(e) => set(e.target.checked)}
          />
          {label}
          {notes}
        </div>
      );
    case "choice":
      return (
        <div className="connector-field">
          {label}
          <select
            {...common}
            value={typeof value === "string" ? value : ""}
            onChange={(e) => set(e.target.value)}
          >
            {field.required ? null : <option value="">{t("admin.connectors.form.noChoice")}</option>}
            {field.options.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
          {notes}
        </div>
      );
    case "list":
    case "pairs":
      // A line each: list items, or "name = value" pairs in a fixed-width face so the names line up.
      return (
        <div className="connector-field">
          {label}
          <textarea
            {...common}
            className={field.kind === "pairs" ? "connector-json" : undefined}
            rows={field.kind === "pairs" ? 4 : 3}
            spellCheck={false}
            value={Array.isArray(value) ? value.join("\n") : ""}
            onChange={(e) => set(e.target.value.split("\n"))}
          />
          <p className="small-text muted">
            {field.kind === "pairs"
              ? t("admin.connectors.form.pairs")
              : t("admin.connectors.form.onePerLine")}
          </p>
          {notes}
        </div>
      );
    case "json":
      return (
        <div className="connector-field">
          {label}
          <textarea
            {...common}
            className="connector-json"
            rows={4}
            spellCheck={false}
            value={typeof value === "string" ? value : ""}
            onChange={(e) => set(e.target.value)}
          />
          <p className="small-text muted">{t("admin.connectors.form.json")}</p>
          {notes}
        </div>
      );
    case "number":
      return (
        <div className="connector-field">
          {label}
          <input
            {...common}
            type="text"
            inputMode={field.integer ? "numeric" : "decimal"}
            value={typeof value === "string" ? value : ""}
            onChange={(e) => set(e.target.value)}
          />
          {notes}
        </div>
      );
    case "text":
      return (
        <div className="connector-field">
          {label}
          <input
            {...common}
            type={secret ? "password" : field.inputType}
            autoComplete={secret ? "new-password" : "off"}
            spellCheck={false}
            value={typeof value === "string" ? value : ""}
            onChange={(e) => set(e.target.value)}
          />
          {notes}
        </div>
      );
    default:
      return exhaustive(field);
  }
}

function exhaustive(value: never): never {
  throw new Error(`unhandled form field ${JSON.stringify(value)}`);
}
