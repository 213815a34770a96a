import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

type CopyState = "idle" | "copied" | "failed";

/** Puts one identifier on the clipboard, and says so where the agent looks. */
export function CopyButton({ value }: { value: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 1500);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = () => {
    navigator.clipboard.writeText(value).then(
      () => setState("copied"),
      () => setState("failed"),
    );
  };

  return (
    <>
      <button
        type="button"
        className="ghost copy-button"
        aria-label={t("customer360.identity.copy", { value })}
        title={t("customer360.identity.copy", { value })}
        onClick={copy}
      >
        <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <g fill="none" stroke="currentColor" strokeWidth="1.5">
            <rect x="5.5" y="5.5" width="8" height="9" rx="1" />
            <path d="M10.5 5.5v-3a1 1 0 00-1-1h-6a1 1 0 00-1 1v8a1 1 0 001 1h2" />
          </g>
        </svg>
      </button>
      <span className="copy-state small-text" role="status">
        {state === "copied"
          ? t("customer360.identity.copied")
          : state === "failed"
            ? t("customer360.identity.copyFailed")
            : ""}
      </span>
    </>
  );
}
