import {
  AGENT_CONSENT_HOWS,
  CONSENT_PURPOSES,
  CONSENT_STATES,
  CUSTOMER_CHANNELS,
  type AgentConsentHow,
  type ConsentPurpose,
  type ConsentState,
  type CustomerChannel,
} from "@emma/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { channelWords } from "./consent-words.ts";

interface RecordConsentDialogProps {
  customerId: string;
  /** The customer's channels, offered first. */
  channels: CustomerChannel[];
  onClose: () => void;
}

/** The agent records what the customer said: channel, purpose, granted or withdrawn, how, a note. */
export function RecordConsentDialog({ customerId, channels, onClose }: RecordConsentDialogProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [channel, setChannel] = useState<CustomerChannel | "all">(channels[0] ?? "all");
  const [purpose, setPurpose] = useState<ConsentPurpose>("service");
  const [state, setState] = useState<ConsentState>("withdrawn");
  const [how, setHow] = useState<AgentConsentHow>("agent");
  const [note, setNote] = useState("");
  const record = useMutation(
    trpc.consents.record.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries(trpc.consents.list.pathFilter());
        onClose();
      },
    }),
  );
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const offered = [...channels, ...CUSTOMER_CHANNELS.filter((c) => !channels.includes(c))];
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    record.mutate({ customerId, channel: channel === "all" ? null : channel, purpose, state, how, note });
  };
  return (
    <dialog ref={dialogRef} className="consent-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form onSubmit={submit}>
        <h3 id={`${id}-title`}>{t("consent.dialog.title")}</h3>
        <p className="muted small-text">{t("consent.dialog.intro")}</p>
        <label>
          {t("consent.dialog.channel")}
          <select value={channel} onChange={(e) => setChannel(channelOf(e.target.value))}>
            <option value="all">{channelWords(null, t)}</option>
            {offered.map((c) => (
              <option key={c} value={c}>
                {channelWords(c, t)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("consent.dialog.purpose")}
          <select
            value={purpose}
            onChange={(e) => setPurpose(oneOf(CONSENT_PURPOSES, e.target.value, purpose))}
          >
            {CONSENT_PURPOSES.map((p) => (
              <option key={p} value={p}>
                {t(`consent.purposeLong.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t("consent.dialog.state")}</legend>
          {CONSENT_STATES.map((s) => (
            <label key={s} className="consent-choice">
              <input
                type="radio"
                name={`${id}-state`}
                value={s}
                checked={state === s}
                onChange={() => setState(s)}
              />
              {t(`consent.state.${s}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t("consent.dialog.how")}
          <select value={how} onChange={(e) => setHow(oneOf(AGENT_CONSENT_HOWS, e.target.value, how))}>
            {AGENT_CONSENT_HOWS.map((h) => (
              <option key={h} value={h}>
                {t(`consent.howOption.${h}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("consent.dialog.note")}
          <textarea value={note} maxLength={1000} rows={2} onChange={(e) => setNote(e.target.value)} />
        </label>
        {record.error ? (
          <div role="alert">
            <strong>{t("consent.dialog.failed")}</strong>
            <ErrorNote error={record.error} />
          </div>
        ) : null}
        <div className="consent-dialog-actions">
          <button type="button" onClick={() => dialogRef.current?.close()}>
            {t("consent.dialog.cancel")}
          </button>
          <button type="submit" className="primary" disabled={record.isPending}>
            {t("consent.dialog.save")}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function channelOf(value: string): CustomerChannel | "all" {
  return oneOf(CUSTOMER_CHANNELS, value, "all");
}

/** A select's value as one of its options' type; anything else (never offered) keeps `fallback`. */
function oneOf<T extends string, F extends string>(values: readonly T[], value: string, fallback: F): T | F {
  return values.find((v) => v === value) ?? fallback;
}
