import type { IdentityCodeCheck, IdentityFacts } from "@emma/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { formatListTime } from "../ui/format.ts";

/**
 * "Code an die hinterlegte Adresse": Emma mails a one-time code to an address on file of either
 * customer (the first of `customerIds` is the one on screen, so each address says whose it is); the
 * person the agent is talking to reads it back here. Whoever can read that mailbox is
 * its customer. The code never reaches the console; only "stimmt" does, and the confirmed code goes
 * with the merge, which checks it again.
 */
export function IdentityCode({
  customerIds,
  facts,
  codeId,
  onCodeId,
}: {
  customerIds: readonly [string, string];
  facts: IdentityFacts;
  codeId: string | null;
  onCodeId: (codeId: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const inputId = useId();
  const pair = [customerIds[0], customerIds[1]];
  const [typed, setTyped] = useState("");
  const [checked, setChecked] = useState<IdentityCodeCheck | null>(null);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.merges.identityFacts.queryKey({ customerIds: pair }) });
  const send = useMutation(
    trpc.merges.sendIdentityCode.mutationOptions({
      onSuccess: () => {
        setTyped("");
        setChecked(null);
        onCodeId(null);
        return refresh();
      },
    }),
  );
  const confirm = useMutation(
    trpc.merges.confirmIdentityCode.mutationOptions({
      onSuccess: (result) => {
        setChecked(result);
        onCodeId(result.codeId);
        return refresh();
      },
    }),
  );
  const latest = facts.latestCode;
  // Confirmed earlier (in the banner, before the dialog was opened): it still carries the merge.
  useEffect(() => {
    if (latest?.confirmed && codeId !== latest.id) onCodeId(latest.id);
  }, [latest, codeId, onCodeId]);

  if (facts.codeTargets.length === 0 && !facts.noMailbox && latest === null) return null;
  const time = (iso: string) => formatListTime(iso, i18n.language);
  return (
    <div className="identity-code">
      <strong className="small-text">{t("customer.byHand.code.title")}</strong>
      <p className="muted small-text">{t("customer.byHand.code.intro")}</p>
      {facts.noMailbox ? <p className="small-text">{t("customer.byHand.code.noMailbox")}</p> : null}
      {latest ? (
        <>
          <p className="small-text" role="status">
            {t("customer.byHand.code.sent", {
              address: latest.sentTo,
              at: time(latest.sentAt),
              until: time(latest.expiresAt),
            })}{" "}
            {latest.delivery === "failed"
              ? t("customer.byHand.code.failed", { error: latest.deliveryError ?? "" })
              : latest.delivery === "sent"
                ? null
                : t("customer.byHand.code.queued")}
          </p>
          {latest.confirmed ? (
            <p className="identity-confirmed small-text">{t("customer.byHand.code.confirmed")}</p>
          ) : (
            <form
              className="identity-answer"
              onSubmit={(event) => {
                event.preventDefault();
                confirm.mutate({ customerIds: pair, code: typed });
              }}
            >
              <label htmlFor={inputId}>{t("customer.byHand.code.typed")}</label>
              <input
                id={inputId}
                value={typed}
                inputMode="numeric"
                autoComplete="off"
                maxLength={20}
                onChange={(event) => {
                  setTyped(event.target.value);
                  setChecked(null);
                }}
              />
              <button type="submit" className="small" disabled={confirm.isPending || typed.trim() === ""}>
                {t("customer.byHand.code.check")}
              </button>
            </form>
          )}
        </>
      ) : null}
      {checked && checked.result !== "same" ? (
        <p className="merge-warning small-text" role="status">
          {t(`customer.byHand.code.result.${checked.result}`, { count: checked.attemptsLeft })}
        </p>
      ) : null}
      {latest?.confirmed
        ? null
        : facts.codeTargets.map((target) => (
            <button
              key={target.identityId}
              type="button"
              className="small"
              disabled={send.isPending}
              onClick={() => send.mutate({ customerIds: pair, identityId: target.identityId })}
            >
              {t(latest ? "customer.byHand.code.sendAgain" : "customer.byHand.code.send", {
                address: target.address,
                whose: t(
                  target.customerId === customerIds[0]
                    ? "customer.byHand.code.thisCustomer"
                    : "customer.byHand.code.otherCustomer",
                ),
              })}
            </button>
          ))}
      {send.error ? <ErrorNote error={send.error} /> : null}
      {confirm.error ? <ErrorNote error={confirm.error} /> : null}
    </div>
  );
}
