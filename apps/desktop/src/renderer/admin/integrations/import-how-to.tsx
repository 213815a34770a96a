import { MAX_HOLDINGS_PER_REQUEST, PRODUCT_KINDS, PRODUCT_STATUSES } from "@emma/core";
import { useTranslation } from "react-i18next";
import { CopyButton } from "./copy-button.tsx";
import { CSV_EXAMPLE, cliExample, curlExample, importEndpoint } from "./import-examples.ts";

/** What the bank's IT needs to connect a system: the address, the contract, an example per way in. */
export function ImportHowTo({ sourceSystem }: { sourceSystem: string }) {
  const { t } = useTranslation();
  const origin = window.location.origin;
  const endpoint = importEndpoint(origin);
  return (
    <section className="integrations-howto" aria-labelledby="integrations-howto-title">
      <h3 id="integrations-howto-title">{t("integrations.howTo.title")}</h3>
      <label htmlFor="integrations-endpoint">{t("integrations.howTo.endpoint")}</label>
      <div className="integrations-copy-row">
        <input
          id="integrations-endpoint"
          className="admin-link-field"
          readOnly
          value={endpoint}
          onFocus={(event) => event.target.select()}
        />
        <CopyButton
          text={endpoint}
          label={t("integrations.copyNamed", { what: t("integrations.howTo.endpoint") })}
        />
      </div>
      <p className="muted small-text">{t("integrations.howTo.endpointNote", { origin })}</p>
      <h4>{t("integrations.howTo.apiTitle")}</h4>
      <p>{t("integrations.howTo.apiText", { max: MAX_HOLDINGS_PER_REQUEST })}</p>
      <p>{t("integrations.howTo.apiAnswer")}</p>
      <p className="muted small-text">
        {t("integrations.howTo.kinds", {
          kinds: PRODUCT_KINDS.join(", "),
          statuses: PRODUCT_STATUSES.join(", "),
        })}
      </p>
      <Example title={t("integrations.howTo.apiExample")} text={curlExample(origin, sourceSystem)} />
      <h4>{t("integrations.howTo.csvTitle")}</h4>
      <p>{t("integrations.howTo.csvText")}</p>
      <Example title={t("integrations.howTo.csvExample")} text={CSV_EXAMPLE} />
      <Example title={t("integrations.howTo.cliExample")} text={cliExample(sourceSystem)} />
    </section>
  );
}

function Example({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <figure className="integrations-example">
      <figcaption>
        <span>{title}</span>
        <CopyButton text={text} label={t("integrations.copyNamed", { what: title })} />
      </figcaption>
      <pre>
        <code>{text}</code>
      </pre>
    </figure>
  );
}
