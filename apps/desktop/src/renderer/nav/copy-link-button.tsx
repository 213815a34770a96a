import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { OpenRecord } from "./route.ts";
import { shareableUrl } from "./share-url.ts";

type CopyState = "idle" | "copied" | "failed";

/** Copies the link to a conversation or a customer, to paste to a colleague. */
export function CopyLinkButton({ record }: { record: NonNullable<OpenRecord> }) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = () => {
    const url = shareableUrl(window.location, { kind: "inbox", open: record });
    navigator.clipboard.writeText(url).then(
      () => setState("copied"),
      () => setState("failed"),
    );
  };
  const label = t(record.kind === "conversation" ? "nav.copyLink.conversation" : "nav.copyLink.customer");

  return (
    <span className="copy-link">
      <button type="button" className="ghost small" title={label} aria-label={label} onClick={copy}>
        <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <g fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
            <path d="M6.5 9.5l3-3" />
            <path d="M7 4.5l1.5-1.5a2.5 2.5 0 013.5 3.5L10.5 8" />
            <path d="M9 11.5L7.5 13A2.5 2.5 0 014 9.5L5.5 8" />
          </g>
        </svg>{" "}
        {t("nav.copyLink.short")}
      </button>
      <span className="copy-link-state small-text" role="status">
        {state === "copied" ? t("nav.copyLink.copied") : state === "failed" ? t("nav.copyLink.failed") : ""}
      </span>
    </span>
  );
}
