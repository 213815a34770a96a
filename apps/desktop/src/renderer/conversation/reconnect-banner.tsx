import { useTranslation } from "react-i18next";
import type { ConnectionView } from "../api/router-types.ts";
import { formatDateTime } from "../ui/format.ts";

/** The channel connection an admin must reconnect (an expired token): replies wait meanwhile. */
export function ReconnectBanner({ connection }: { connection: ConnectionView }) {
  const { t, i18n } = useTranslation();
  const reconnect = connection?.reconnect;
  if (!connection || !reconnect) return null;
  const values = { name: connection.name, reason: reconnect.reason.replace(/[.\s]+$/, "") };
  return (
    <p className="reconnect-banner" role="alert">
      {reconnect.since
        ? t("social.reconnect", { ...values, date: formatDateTime(reconnect.since, i18n.language) })
        : t("social.reconnectUndated", values)}
    </p>
  );
}
