import { RETENTION_KINDS, RETENTION_MINIMUM_DAYS, RETENTION_MOST_DAYS, type RetentionKind } from "@emma/core";
import { useTranslation } from "react-i18next";
import type { RetentionForm, RetentionProblem, RuleForm } from "./retention-form.ts";

interface RetentionRulesTableProps {
  rules: RetentionForm["rules"];
  problems: RetentionProblem[];
  onChange: (rules: RetentionForm["rules"]) => void;
}

/** Per kind of data: kept for good or removed after a number of days, and what removing it means. */
export function RetentionRulesTable({ rules, problems, onChange }: RetentionRulesTableProps) {
  const set = (kind: RetentionKind, rule: Partial<RuleForm>) =>
    onChange({ ...rules, [kind]: { ...rules[kind], ...rule } });
  return (
    <ul className="retention-rules">
      {RETENTION_KINDS.map((kind) => (
        <RuleRow
          key={kind}
          kind={kind}
          rule={rules[kind]}
          bad={problems.some((p) => p.kind === "badDays" && p.rule === kind)}
          onChange={(rule) => set(kind, rule)}
        />
      ))}
    </ul>
  );
}

function RuleRow(props: {
  kind: RetentionKind;
  rule: RuleForm;
  bad: boolean;
  onChange: (rule: Partial<RuleForm>) => void;
}) {
  const { t } = useTranslation();
  const { kind, rule, bad } = props;
  const minimum = RETENTION_MINIMUM_DAYS[kind];
  const titleId = `retention-${kind}-title`;
  const hintId = `retention-${kind}-hint`;
  return (
    <li className="retention-rule" data-kind={kind}>
      <div role="radiogroup" aria-labelledby={titleId}>
        <h3 id={titleId}>{t(`retention.kinds.${kind}.title`)}</h3>
        <p className="muted">{t(`retention.kinds.${kind}.effect`)}</p>
        <div className="retention-choice">
          <label className="check-line">
            <input
              type="radio"
              name={`retention-${kind}`}
              checked={rule.forever}
              onChange={() => props.onChange({ forever: true })}
            />
            {t("retention.keepForever")}
          </label>
          <label className="check-line">
            <input
              type="radio"
              name={`retention-${kind}`}
              checked={!rule.forever}
              onChange={() => props.onChange({ forever: false })}
            />
            {t("retention.keepDays")}
          </label>
          {rule.forever ? null : (
            <label className="retention-days">
              <input
                type="number"
                inputMode="numeric"
                min={minimum}
                max={RETENTION_MOST_DAYS}
                value={rule.days}
                aria-label={`${t(`retention.kinds.${kind}.title`)}: ${t("retention.days")}`}
                aria-invalid={bad}
                aria-describedby={hintId}
                onChange={(event) => props.onChange({ days: event.target.value })}
              />
              <span>{t("retention.days")}</span>
              <span id={hintId} className={bad ? "field-error" : "muted"}>
                {bad ? t("retention.badDays", { min: minimum }) : t("retention.minimum", { count: minimum })}
              </span>
            </label>
          )}
        </div>
      </div>
    </li>
  );
}
