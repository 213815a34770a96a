import { z } from "zod";

/*
 * A connector kind's settings arrive as JSON Schema (connectors.kinds); this turns the part of JSON
 * Schema Emma's kinds use into form fields, form state and back into settings, so the admin screen
 * knows no kind by name. Free of React, so it is tested on its own.
 */

interface JsonSchemaNode {
  type?: string | string[] | undefined;
  description?: string | undefined;
  default?: unknown;
  enum?: unknown[] | undefined;
  format?: string | undefined;
  minimum?: number | undefined;
  maximum?: number | undefined;
  minLength?: number | undefined;
  maxLength?: number | undefined;
  properties?: Record<string, JsonSchemaNode> | undefined;
  additionalProperties?: boolean | JsonSchemaNode | undefined;
  required?: string[] | undefined;
  items?: JsonSchemaNode | undefined;
}

// Only the keywords the form uses are read; everything else a schema says is left to the API's check.
const nodeSchema: z.ZodType<JsonSchemaNode> = z.lazy(() =>
  z.object({
    type: z.union([z.string(), z.array(z.string())]).optional(),
    description: z.string().optional(),
    default: z.unknown().optional(),
    enum: z.array(z.unknown()).optional(),
    format: z.string().optional(),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
    minLength: z.number().optional(),
    maxLength: z.number().optional(),
    properties: z.record(z.string(), nodeSchema).optional(),
    additionalProperties: z.union([z.boolean(), nodeSchema]).optional(),
    required: z.array(z.string()).optional(),
    items: nodeSchema.optional(),
  }),
);

interface FieldBase {
  /** The property's name; `path` is where it sits in the settings (nested objects). */
  name: string;
  path: string[];
  help: string | null;
  required: boolean;
}

export type FormField =
  | (FieldBase & {
      kind: "text";
      inputType: "text" | "url" | "email";
      minLength?: number;
      maxLength?: number;
    })
  | (FieldBase & { kind: "number"; integer: boolean; minimum?: number; maximum?: number })
  | (FieldBase & { kind: "boolean" })
  | (FieldBase & { kind: "choice"; options: string[] })
  | (FieldBase & { kind: "list" })
  | (FieldBase & { kind: "group"; fields: FormField[] })
  /** A map of names to names (agent e-mail → forum username): a line each, "name = value". */
  | (FieldBase & { kind: "pairs" })
  /** What a form cannot show as inputs: edited as JSON text. */
  | (FieldBase & { kind: "json" });

/** Form state: text as typed (numbers too), switches, list and pair lines, nested groups. */
export type FormValue = string | boolean | string[] | FormValues;
export interface FormValues {
  [name: string]: FormValue;
}

/** A field the form cannot turn into settings, by its dotted path. */
export type FieldProblem = "required" | "notANumber" | "notJson" | "notAPair";
export type FieldProblems = Record<string, FieldProblem>;

/** The fields of an object schema, in the schema's order; none for anything else. */
export function formFieldsOf(schema: unknown): FormField[] {
  const parsed = nodeSchema.safeParse(schema);
  return parsed.success ? fieldsOfNode(parsed.data, []) : [];
}

function fieldsOfNode(node: JsonSchemaNode, path: string[]): FormField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, child]) =>
    fieldOf(child, {
      name,
      path: [...path, name],
      help: child.description ?? null,
      required: required.has(name),
    }),
  );
}

function fieldOf(node: JsonSchemaNode, base: FieldBase): FormField {
  if (node.enum && node.enum.every((option) => typeof option === "string"))
    return { ...base, kind: "choice", options: node.enum.filter((option) => typeof option === "string") };
  switch (typeOf(node)) {
    case "string":
      return {
        ...base,
        kind: "text",
        inputType: node.format === "uri" ? "url" : node.format === "email" ? "email" : "text",
        ...(node.minLength === undefined ? {} : { minLength: node.minLength }),
        ...(node.maxLength === undefined ? {} : { maxLength: node.maxLength }),
      };
    case "integer":
    case "number":
      return {
        ...base,
        kind: "number",
        integer: typeOf(node) === "integer",
        ...(node.minimum === undefined ? {} : { minimum: node.minimum }),
        ...(node.maximum === undefined ? {} : { maximum: node.maximum }),
      };
    case "boolean":
      return { ...base, kind: "boolean" };
    case "array":
      return node.items && typeOf(node.items) === "string"
        ? { ...base, kind: "list" }
        : { ...base, kind: "json" };
    case "object":
      if (node.properties) return { ...base, kind: "group", fields: fieldsOfNode(node, base.path) };
      return typeof node.additionalProperties === "object" && typeOf(node.additionalProperties) === "string"
        ? { ...base, kind: "pairs" }
        : { ...base, kind: "json" };
    // No type at all (a date the API coerces from text): typed as text.
    case undefined:
      return { ...base, kind: "text", inputType: "text" };
    default:
      return { ...base, kind: "json" };
  }
}

function typeOf(node: JsonSchemaNode): string | undefined {
  return Array.isArray(node.type) ? node.type.find((type) => type !== "null") : node.type;
}

/** Form state for settings: the stored ones when editing, else each field's default. */
export function formValuesOf(
  fields: readonly FormField[],
  settings: unknown,
  defaults: unknown = {},
): FormValues {
  const stored = asRecord(settings);
  const fallback = asRecord(defaults);
  return Object.fromEntries(
    fields.map((field) => [field.name, valueOf(field, stored[field.name], fallback[field.name])]),
  );
}

/** Each field's default from the schema, as settings; what `formValuesOf` fills a new form with. */
export function schemaDefaults(schema: unknown): Record<string, unknown> {
  const parsed = nodeSchema.safeParse(schema);
  return parsed.success ? defaultsOfNode(parsed.data) : {};
}

function defaultsOfNode(node: JsonSchemaNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    if (child.default !== undefined) out[name] = child.default;
    else if (child.properties) out[name] = defaultsOfNode(child);
  }
  return out;
}

function valueOf(field: FormField, stored: unknown, fallback: unknown): FormValue {
  const value = stored === undefined ? fallback : stored;
  switch (field.kind) {
    case "text":
    case "choice":
      return typeof value === "string" ? value : "";
    case "number":
      return typeof value === "number" ? String(value) : "";
    case "boolean":
      return value === true;
    case "list":
      return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
    case "pairs":
      return Object.entries(asRecord(value))
        .filter((entry): entry is [string, string] => typeof entry[1] === "string")
        .map(([name, text]) => `${name} ${PAIR_MARK} ${text}`);
    case "group": {
      const merged = { ...asRecord(fallback), ...asRecord(stored) };
      return formValuesOf(field.fields, merged);
    }
    case "json":
      return value === undefined ? "" : JSON.stringify(value, null, 2);
    default:
      return exhaustive(field);
  }
}

/**
 * Settings from form state: empty optional fields are left out (the kind's default applies),
 * numbers and JSON parsed. Problems name the fields by dotted path; the API checks the rest.
 */
export function settingsOf(
  fields: readonly FormField[],
  values: FormValues,
): { settings: Record<string, unknown>; problems: FieldProblems } {
  const settings: Record<string, unknown> = {};
  const problems: FieldProblems = {};
  for (const field of fields) {
    const result = settingOf(field, values[field.name]);
    if ("problem" in result) problems[field.path.join(".")] = result.problem;
    else if ("nested" in result) Object.assign(problems, result.nested);
    if ("value" in result && result.value !== undefined) settings[field.name] = result.value;
  }
  return { settings, problems };
}

type SettingResult = { value: unknown; nested?: FieldProblems } | { problem: FieldProblem };

function settingOf(field: FormField, value: FormValue | undefined): SettingResult {
  const missing = (): SettingResult => (field.required ? { problem: "required" } : { value: undefined });
  switch (field.kind) {
    case "text":
    case "choice": {
      const text = typeof value === "string" ? value.trim() : "";
      return text === "" ? missing() : { value: text };
    }
    case "number": {
      const text = typeof value === "string" ? value.trim() : "";
      if (text === "") return missing();
      const number = Number(text.replace(",", "."));
      return Number.isFinite(number) ? { value: number } : { problem: "notANumber" };
    }
    case "boolean":
      return { value: value === true };
    case "list": {
      const items = Array.isArray(value) ? value.map((item) => item.trim()).filter(Boolean) : [];
      return items.length === 0 && field.required ? { problem: "required" } : { value: items };
    }
    case "pairs": {
      const lines = Array.isArray(value) ? value.map((line) => line.trim()).filter(Boolean) : [];
      const pairs = lines.map(pairOf);
      if (pairs.some((pair) => pair === null)) return { problem: "notAPair" };
      if (pairs.length === 0) return missing();
      return { value: Object.fromEntries(pairs.filter((pair) => pair !== null)) };
    }
    case "group": {
      const nested = isValues(value) ? value : {};
      const inner = settingsOf(field.fields, nested);
      // An optional group left empty stays out, so "all of it or none" groups are not half sent.
      if (!field.required && !anyEntered(field.fields, nested)) return { value: undefined };
      return { value: inner.settings, nested: inner.problems };
    }
    case "json": {
      const text = typeof value === "string" ? value.trim() : "";
      if (text === "") return missing();
      try {
        return { value: JSON.parse(text) as unknown };
      } catch {
        return { problem: "notJson" };
      }
    }
    default:
      return exhaustive(field);
  }
}

/** What separates a pair's name from its value on its line. */
const PAIR_MARK = "=";

/** "anna@bank.example = anna" → its name and value; null unless both are there. */
function pairOf(line: string): [string, string] | null {
  const at = line.indexOf(PAIR_MARK);
  if (at < 0) return null;
  const name = line.slice(0, at).trim();
  const value = line.slice(at + PAIR_MARK.length).trim();
  return name && value ? [name, value] : null;
}

/** Whether the admin typed anything into these fields (a switch counts only when turned on). */
function anyEntered(fields: readonly FormField[], values: FormValues): boolean {
  return fields.some((field) => {
    const value = values[field.name];
    if (typeof value === "string") return value.trim() !== "";
    if (typeof value === "boolean") return value;
    if (Array.isArray(value)) return value.some((item) => item.trim() !== "");
    return value !== undefined && field.kind === "group" && anyEntered(field.fields, value);
  });
}

/** A field's value inside nested form state, by its path. */
export function valueAt(values: FormValues, path: readonly string[]): FormValue | undefined {
  let current: FormValue | undefined = values;
  for (const name of path) current = isValues(current) ? current[name] : undefined;
  return current;
}

/** Form state with one field's value replaced, by its path; the rest is shared, not copied deep. */
export function withValueAt(values: FormValues, path: readonly string[], value: FormValue): FormValues {
  const [head, ...rest] = path;
  if (head === undefined) return values;
  if (rest.length === 0) return { ...values, [head]: value };
  const inner = values[head];
  return { ...values, [head]: withValueAt(isValues(inner) ? inner : {}, rest, value) };
}

/** "siteUrl" → "Site url", "imapPassword" → "Imap password": a readable label from a property name. */
export function labelOf(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isValues(value: FormValue | undefined): value is FormValues {
  return typeof value === "object" && !Array.isArray(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value))
    : {};
}

function exhaustive(value: never): never {
  throw new Error(`unhandled form field ${JSON.stringify(value)}`);
}
