import { useMemo, useState, type MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { bridge } from "../platform/bridge.ts";
import { purifyMail } from "./purify-mail.ts";

/** An HTML mail, sanitized again, remote images blocked until the agent asks for them. */
export function MailBody({ html }: { html: string }) {
  const { t } = useTranslation();
  const [loadImages, setLoadImages] = useState(false);
  const mail = useMemo(() => purifyMail(html, loadImages), [html, loadImages]);

  // Links open outside the console, through the host's allow-list, never inside the app window.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target instanceof Element ? event.target.closest("a") : null;
    if (!target) return;
    event.preventDefault();
    void bridge.openExternal(target.href);
  };

  return (
    <div className="mail">
      {mail.blockedImages > 0 && !loadImages ? (
        <div className="images-blocked">
          <span>{t("timeline.imagesBlocked")}</span>
          <button type="button" className="small" onClick={() => setLoadImages(true)}>
            {t("timeline.loadImages")}
          </button>
        </div>
      ) : null}
      {/* Sanitized twice (server, then purifyMail); scripts could not run anyway under the CSP. */}
      <div className="mail-html" onClick={onClick} dangerouslySetInnerHTML={{ __html: mail.html }} />
    </div>
  );
}
