import { formatAddressList, type MailRecipients } from "@emma/core";
import { useTranslation } from "react-i18next";

/** To and Cc of our e-mail reply, and its Bcc marked as seen by agents only (the mail does not name it). */
export function MailRecipientsLine({ recipients }: { recipients: MailRecipients }) {
  const { t } = useTranslation();
  const rows = [
    { key: "to", label: t("composer.to"), list: recipients.to },
    { key: "cc", label: t("composer.cc"), list: recipients.cc },
    { key: "bcc", label: t("composer.bccInternal"), list: recipients.bcc },
  ].filter((row) => row.list.length > 0);
  return (
    <dl className="mail-recipients-line small-text">
      {rows.map((row) => (
        <div key={row.key} data-field={row.key}>
          <dt>{row.label}:</dt>
          <dd>{formatAddressList(row.list)}</dd>
        </div>
      ))}
    </dl>
  );
}
