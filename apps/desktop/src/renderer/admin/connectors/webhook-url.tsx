import { useTranslation } from "react-i18next";
import { useCopy } from "../../ui/use-copy.ts";

/**
 * Where the provider posts: /webhooks/<id> on the API, which also serves this console, so the
 * console's own origin is the API's. Emma has no setting for a public address yet, so a desk behind a
 * proxy must put its public host in front of the path; the note says so.
 */
export function WebhookUrl({ connectorId }: { connectorId: string }) {
  const { t } = useTranslation();
  const url = `${window.location.origin}/webhooks/${connectorId}`;
  const { state, copy } = useCopy();

  return (
    <section className="connector-card" aria-labelledby="connector-webhook-title">
      <h3 id="connector-webhook-title">{t("admin.connectors.webhook.title")}</h3>
      <div className="connector-webhook">
        <input
          readOnly
          value={url}
          aria-label={t("admin.connectors.webhook.url")}
          onFocus={(e) => e.target.select()}
        />
        <button type="button" onClick={() => copy(url)}>
          {t("admin.connectors.webhook.copy")}
        </button>
        <span role="status" className="small-text">
          {state === "copied"
            ? t("admin.connectors.webhook.copied")
            : state === "failed"
              ? t("admin.connectors.webhook.copyFailed")
              : ""}
        </span>
      </div>
      <p className="small-text muted">
        {t("admin.connectors.webhook.originNote", { origin: window.location.origin })}
      </p>
    </section>
  );
}
