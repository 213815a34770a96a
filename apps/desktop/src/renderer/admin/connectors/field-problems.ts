import type { TFunction } from "i18next";
import type { FieldProblems } from "./schema-form.ts";

/** The form's own problems in the admin's words, then the API's for fields the form found fine. */
export function wordedProblems(
  own: FieldProblems,
  fromApi: Readonly<Record<string, string>>,
  t: TFunction,
): Record<string, string> {
  const worded = Object.fromEntries(
    Object.entries(own).map(([path, problem]) => [path, t(`admin.connectors.problems.${problem}`)]),
  );
  return { ...fromApi, ...worded };
}
