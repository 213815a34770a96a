import { RETENTION_KINDS, type RetentionCounts, type RetentionRules } from "@emma/core";
import { useTranslation } from "react-i18next";

/** Per kind, how many rows a run would change now; a kind kept for good says so. */
export function RetentionPreview({
  rules,
  counts,
}: {
  rules: RetentionRules;
  counts: RetentionCounts | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="muted">{t("retention.previewIntro")}</p>
      <dl className="retention-counts" aria-busy={counts === undefined}>
        {RETENTION_KINDS.map((kind) => (
          <div key={kind} data-kind={kind}>
            <dt>{t(`retention.kinds.${kind}.title`)}</dt>
            <dd>
              {rules[kind] === null
                ? t("retention.keptForever")
                : counts === undefined
                  ? "…"
                  : t(`retention.kinds.${kind}.count`, { count: counts[kind] })}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
