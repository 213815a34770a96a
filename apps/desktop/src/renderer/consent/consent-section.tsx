import { can, type CustomerChannel } from "@emma/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { CollapsibleSection } from "../customer/collapsible-section.tsx";
import { ErrorNote } from "../ui/error-note.tsx";
import { ConsentHistory } from "./consent-history.tsx";
import { ConsentTable } from "./consent-table.tsx";
import { RecordConsentDialog } from "./record-consent-dialog.tsx";

/**
 * The 360's consent: per channel the customer is reachable on, whether service messages and
 * marketing may go, and why; the history behind it; and the dialog to record what the customer
 * says. The summary names the objections, so they show while the section is closed.
 */
export function ConsentSection({
  customerId,
  channels,
}: {
  customerId: string;
  channels: CustomerChannel[];
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const [recording, setRecording] = useState(false);
  const consents = useQuery(trpc.consents.list.queryOptions({ customerId }));
  const objections =
    consents.data?.current.filter((c) => c.purpose !== "recording" && c.deciding?.state === "withdrawn")
      .length ?? 0;
  return (
    <CollapsibleSection
      id="consents"
      summary={
        <>
          {t("consent.title")}{" "}
          {objections > 0 ? (
            <span className="consent-objections">{t("consent.withdrawnCount", { count: objections })}</span>
          ) : null}
        </>
      }
    >
      {consents.error ? <ErrorNote error={consents.error} /> : null}
      {consents.data ? (
        <>
          <ConsentTable cells={consents.data.current} channels={channels} />
          <ConsentHistory history={consents.data.history} />
        </>
      ) : null}
      {me && can(me.role, "consent.record") ? (
        <button type="button" className="consent-record" onClick={() => setRecording(true)}>
          {t("consent.record")}
        </button>
      ) : null}
      {recording ? (
        <RecordConsentDialog
          customerId={customerId}
          channels={channels}
          onClose={() => setRecording(false)}
        />
      ) : null}
    </CollapsibleSection>
  );
}
