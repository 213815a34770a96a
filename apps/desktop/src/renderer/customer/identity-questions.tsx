import { anyAnswer, type IdentityAnswers, type IdentityCheckResult, type IdentityFact } from "@emma/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { ErrorNote } from "../ui/error-note.tsx";

const ANSWER_OF: Readonly<Record<IdentityFact, keyof IdentityAnswers>> = {
  "birth-date": "birthDate",
  postcode: "postcode",
  "customer-number": "customerNumber",
};

/**
 * "Identität prüfen": the agent asks what the records hold (only the facts either customer has on
 * file), types the customer's answers and has Emma compare them. The values on file never reach
 * the console; the answers go with the merge, which compares them again and records the outcome.
 */
export function IdentityQuestions({
  customerIds,
  answers,
  onAnswers,
  result,
  onResult,
  titled = true,
}: {
  customerIds: readonly [string, string];
  answers: IdentityAnswers;
  onAnswers: (answers: IdentityAnswers) => void;
  result: IdentityCheckResult | null;
  onResult: (result: IdentityCheckResult | null) => void;
  /** Without its own heading where a summary above already says "Identität prüfen". */
  titled?: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const formId = useId();
  const pair = [customerIds[0], customerIds[1]];
  const onFile = useQuery(trpc.merges.identityFacts.queryOptions({ customerIds: pair }));
  const check = useMutation(trpc.merges.checkIdentity.mutationOptions({ onSuccess: onResult }));
  const facts = onFile.data?.onFile ?? [];
  const outcome = (fact: IdentityFact) => result?.checks.find((c) => c.fact === fact)?.result;

  if (onFile.isError) return <ErrorNote error={onFile.error} />;
  if (!onFile.data) return null;
  return (
    <fieldset className="identity-questions" aria-label={titled ? undefined : t("customer.byHand.ask")}>
      {titled ? <legend>{t("customer.byHand.ask")}</legend> : null}
      {facts.length === 0 ? (
        <p className="muted small-text">{t("customer.byHand.nothingOnFile")}</p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            check.mutate({ customerIds: pair, answers });
          }}
        >
          <p className="muted small-text">{t("customer.byHand.askIntro")}</p>
          {facts.map((fact) => {
            const key = ANSWER_OF[fact];
            const said = outcome(fact);
            return (
              <div key={fact} className="identity-answer">
                <label htmlFor={`${formId}-${fact}`}>{t(`customer.byHand.fact.${fact}`)}</label>
                <input
                  id={`${formId}-${fact}`}
                  value={answers[key] ?? ""}
                  autoComplete="off"
                  placeholder={fact === "birth-date" ? t("customer.byHand.birthDateHint") : undefined}
                  onChange={(event) => {
                    onAnswers({ ...answers, [key]: event.target.value });
                    onResult(null);
                  }}
                />
                {said ? (
                  <span className={`identity-result ${said}`} role="status">
                    {t(`customer.byHand.result.${said}`)}
                  </span>
                ) : null}
              </div>
            );
          })}
          <button type="submit" className="small" disabled={check.isPending || !anyAnswer(answers)}>
            {t("customer.byHand.check")}
          </button>
          {result && result.checks.length > 0 ? (
            <p className={result.confirmed ? "identity-confirmed small-text" : "merge-warning small-text"}>
              {t(result.confirmed ? "customer.byHand.confirmed" : "customer.byHand.notConfirmed")}
            </p>
          ) : null}
        </form>
      )}
      {check.error ? <ErrorNote error={check.error} /> : null}
    </fieldset>
  );
}
