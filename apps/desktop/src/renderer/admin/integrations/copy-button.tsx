import { useTranslation } from "react-i18next";
import { useCopy } from "../../ui/use-copy.ts";

/** Copies `text` and says whether it worked; a refused clipboard asks the admin to copy by hand. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const { state, copy } = useCopy();
  return (
    <span className="integrations-copy">
      <button type="button" aria-label={label} onClick={() => copy(text)}>
        {t("integrations.copy")}
      </button>
      <span role="status" className="small-text">
        {state === "copied"
          ? t("integrations.copied")
          : state === "failed"
            ? t("integrations.copyFailed")
            : ""}
      </span>
    </span>
  );
}
