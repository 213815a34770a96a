import { z } from "zod";
import { isoDate } from "../holdings/iso-date.ts";

/**
 * What an agent asks before merging two customers by hand ("Wie ist Ihr Geburtsdatum, Ihre
 * Postleitzahl?"), as call centres verify a caller: the customer's answers are compared with what
 * the system of record holds for either customer, and the comparison, never the stored value, is
 * what the console shows and the merge records.
 */
export const IDENTITY_FACTS = ["birth-date", "postcode", "customer-number"] as const;

/**
 * Checks with answers one agent may make on one pair of customers in an hour. Enough for a typo
 * or two on each fact; far too few to guess a date of birth (some 36,000 possible) through Emma,
 * which never shows the value on file.
 */
export const IDENTITY_CHECKS_PER_HOUR = 10;
export const identityFactSchema = z.enum(IDENTITY_FACTS);
export type IdentityFact = z.infer<typeof identityFactSchema>;

export const IDENTITY_FACT_RESULTS = ["same", "different", "not-on-file"] as const;
export const identityFactResultSchema = z
  .enum(IDENTITY_FACT_RESULTS)
  .describe(
    "same: every record that holds the fact holds the answer; different: one holds another; not-on-file: neither customer's record holds it",
  );
export type IdentityFactResult = z.infer<typeof identityFactResultSchema>;

export const identityFactCheckSchema = z.object({
  fact: identityFactSchema,
  result: identityFactResultSchema,
});
export type IdentityFactCheck = z.infer<typeof identityFactCheckSchema>;

// An empty answer is no answer: the key stays, its value undefined, and the types say so.
const optionalAnswer = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value): string | undefined => (value === "" ? undefined : value));

export const identityAnswersSchema = z
  .object({
    birthDate: optionalAnswer(20)
      .refine((value) => value === undefined || birthDateOfAnswer(value) !== null, {
        message: "A date of birth is written DD.MM.YYYY (e.g. 14.02.1985)",
      })
      .describe("The date of birth the customer gave, DD.MM.YYYY or YYYY-MM-DD"),
    postcode: optionalAnswer(20).describe("The postcode the customer gave"),
    customerNumber: optionalAnswer(64).describe("The customer number the customer gave"),
  })
  .describe("What the customer answered when asked to prove who they are; empty answers are not asked");
/** The answers as parsed, or as the console holds them while the agent types (every key optional). */
export type IdentityAnswers = Partial<z.output<typeof identityAnswersSchema>>;

/** Whether the agent typed any answer at all (blank ones are none). */
export function anyAnswer(answers: IdentityAnswers): boolean {
  return [answers.birthDate, answers.postcode, answers.customerNumber].some(
    (answer) => answer !== undefined && answer.trim() !== "",
  );
}

/** What one customer's record holds; null where it holds nothing. */
export interface FactsOnFile {
  birthDate: string | null;
  postcode: string | null;
  customerNumber: string | null;
}

/** "14.2.1985", "14.02.1985" or "1985-02-14" as YYYY-MM-DD; null for anything that is not a real date. */
export function birthDateOfAnswer(answer: string): string | null {
  const iso = isoDate(answer.trim());
  const parsed = z.iso.date().safeParse(iso);
  return parsed.success ? parsed.data : null;
}

/** Postcodes and customer numbers as people say them: spaces, dashes and case do not count. */
const compact = (value: string) => value.replace(/[\s\-./]/g, "").toUpperCase();

/** Each fact as the records hold it and as a customer's answer is compared: one form for both. */
const FACTS: Readonly<
  Record<
    IdentityFact,
    { onFile: (record: FactsOnFile) => string | null; answer: (answers: IdentityAnswers) => string | null }
  >
> = {
  "birth-date": {
    onFile: (record) => record.birthDate,
    answer: (answers) => (answers.birthDate === undefined ? null : birthDateOfAnswer(answers.birthDate)),
  },
  postcode: {
    onFile: (record) => (record.postcode === null ? null : compact(record.postcode)),
    answer: (answers) => (answers.postcode ? compact(answers.postcode) : null),
  },
  "customer-number": {
    onFile: (record) => (record.customerNumber === null ? null : compact(record.customerNumber)),
    answer: (answers) => (answers.customerNumber ? compact(answers.customerNumber) : null),
  },
};

/** The facts any of these records holds: what the agent may ask. */
export function factsHeld(records: readonly FactsOnFile[]): IdentityFact[] {
  return IDENTITY_FACTS.filter((fact) => records.some((record) => FACTS[fact].onFile(record) !== null));
}

/**
 * Each answered fact against every record that holds it: "same" only when all of them agree with
 * the answer, so a customer cannot pass by matching the one record and not the other.
 */
export function checkIdentityAnswers(
  records: readonly FactsOnFile[],
  answers: IdentityAnswers,
): IdentityFactCheck[] {
  return IDENTITY_FACTS.flatMap((fact) => {
    const answer = FACTS[fact].answer(answers);
    if (answer === null) return [];
    const onFile = records.map(FACTS[fact].onFile).filter((value): value is string => value !== null);
    const result: IdentityFactResult =
      onFile.length === 0 ? "not-on-file" : onFile.every((value) => value === answer) ? "same" : "different";
    return [{ fact, result }];
  });
}

/** Whether the answers prove something: at least one fact on file, and none of them different. */
export function identityConfirmed(checks: readonly IdentityFactCheck[]): boolean {
  return (
    checks.some((check) => check.result === "same") && !checks.some((check) => check.result === "different")
  );
}
