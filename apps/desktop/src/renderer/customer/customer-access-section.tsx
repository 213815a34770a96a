import { can } from "@emma/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { accessActionsText, accessSummaryText, auditActorText } from "../audit/audit-wording.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { CollapsibleSection } from "./collapsible-section.tsx";
import { useSectionOpen } from "./customer360-layout-store.ts";

/**
 * "Who looked at this customer's data, when": the basis of a GDPR access request, for supervisors
 * and admins. Asked only while open, as every asking is audited.
 */
export function CustomerAccessSection({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const [open] = useSectionOpen("access");
  if (me === null || !can(me.role, "audit.read")) return null;
  return (
    <CollapsibleSection id="access" summary={t("audit.access.title")}>
      {open ? <AccessList customerId={customerId} /> : null}
    </CollapsibleSection>
  );
}

function AccessList({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const access = useQuery(trpc.audit.customerAccess.queryOptions({ customerId }));
  if (access.error) return <ErrorNote error={access.error} />;
  if (!access.data) return <p className="muted">{t("common.loading")}</p>;
  return (
    <>
      <p className="muted small-text">{t("audit.access.intro")}</p>
      {access.data.people.length === 0 ? <p className="muted">{t("audit.access.none")}</p> : null}
      <ul className="customer-access">
        {access.data.people.map((person) => (
          <li key={person.actor?.id ?? "emma"}>
            <strong>{auditActorText(person.actor, t)}</strong>
            <span className="muted"> {accessSummaryText(person, t, i18n.language)}</span>
            <span className="customer-access-actions">{accessActionsText(person, t, i18n.language)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
