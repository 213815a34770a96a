import { anyAnswer, type IdentityAnswers, type IdentityFact, type IdentityFacts } from "@emma/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useCallback, useId } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { IdentityCode } from "./identity-code.tsx";
import type { IdentityProof } from "./identity-proof.ts";

const ANSWER_OF: Readonly<Record<IdentityFact, keyof IdentityAnswers>> = {
  "birth-date": "birthDate",
  postcode: "postcode",
  "customer-number": "customerNumber",
};

/** Whether the mailed code's state may still change by itself (the outbox is sending it). */
const mailUnderway = (facts: IdentityFacts | undefined) =>
  facts?.latestCode?.delivery === "queued" || facts?.latestCode?.delivery === "sending";

/**
 * "Identität prüfen": the agent asks what the records hold (only the facts either customer has on
 * file), types the customer's answers and has Emma compare them; or has Emma mail a code to an
 * address on file and types what the customer reads back. The values on file never reach the
 * console; answers and code go with the merge, which checks them again and records the outcome.
 */
export function IdentityQuestions({
  customerIds,
  proof,
  onProof,
  titled = true,
}: {
  customerIds: readonly [string, string];
  proof: IdentityProof;
  onProof: (update: (proof: IdentityProof) => IdentityProof) => void;
  /** Without its own heading where a summary above already says "Identität prüfen". */
  titled?: boolean;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const formId = useId();
  const pair = [customerIds[0], customerIds[1]];
  const onFile = useQuery(
    trpc.merges.identityFacts.queryOptions(
      { customerIds: pair },
      { refetchInterval: (query) => (mailUnderway(query.state.data) ? 3_000 : false) },
    ),
  );
  const check = useMutation(
    trpc.merges.checkIdentity.mutationOptions({
      onSuccess: (checked) => onProof((current) => ({ ...current, checked })),
    }),
  );
  const onCodeId = useCallback(
    (codeId: string | null) => onProof((current) => ({ ...current, codeId })),
    [onProof],
  );
  const { answers, checked: result } = proof;
  const facts = onFile.data?.onFile ?? [];
  const outcome = (fact: IdentityFact) => result?.checks.find((c) => c.fact === fact)?.result;

  if (onFile.isError) return <ErrorNote error={onFile.error} />;
  if (!onFile.data) return null;
  const noCode = onFile.data.codeTargets.length === 0 && !onFile.data.noMailbox && !onFile.data.latestCode;
  return (
    <fieldset className="identity-questions" aria-label={titled ? undefined : t("customer.byHand.ask")}>
      {titled ? <legend>{t("customer.byHand.ask")}</legend> : null}
      {facts.length === 0 ? (
        noCode ? (
          <p className="muted small-text">{t("customer.byHand.nothingOnFile")}</p>
        ) : null
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
                    const value = event.target.value;
                    onProof((current) => ({
                      ...current,
                      answers: { ...current.answers, [key]: value },
                      checked: null,
                    }));
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
      <IdentityCode customerIds={customerIds} facts={onFile.data} codeId={proof.codeId} onCodeId={onCodeId} />
    </fieldset>
  );
}
