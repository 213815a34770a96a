import { useTranslation } from "react-i18next";
import type { DutyForm, RetentionProblem } from "./retention-form.ts";

interface RetentionDutiesEditorProps {
  duties: DutyForm[];
  problems: RetentionProblem[];
  onChange: (duties: DutyForm[]) => void;
}

/** Tags whose conversations must be kept for years (e.g. "Handelsbrief", 6 years, HGB §257). */
export function RetentionDutiesEditor({ duties, problems, onChange }: RetentionDutiesEditorProps) {
  const { t } = useTranslation();
  const set = (index: number, duty: Partial<DutyForm>) =>
    onChange(duties.map((current, i) => (i === index ? { ...current, ...duty } : current)));
  return (
    <div className="retention-duties">
      {duties.length === 0 ? <p className="muted">{t("retention.noDuties")}</p> : null}
      {duties.map((duty, index) => {
        const problem = problems.find(
          (p) => (p.kind === "badDuty" || p.kind === "sameTag") && p.index === index,
        );
        const errorId = `retention-duty-${String(index)}-error`;
        const described = problem ? { "aria-describedby": errorId, "aria-invalid": true } : {};
        return (
          <div key={index} className="retention-duty" data-testid="retention-duty">
            <label className="field">
              <span>{t("retention.tag")}</span>
              <input
                value={duty.tag}
                maxLength={64}
                onChange={(e) => set(index, { tag: e.target.value })}
                {...described}
              />
            </label>
            <label className="field retention-duty-years">
              <span>{t("retention.years")}</span>
              <input
                type="number"
                inputMode="numeric"
                min={1}
                max={30}
                value={duty.years}
                onChange={(e) => set(index, { years: e.target.value })}
                {...described}
              />
            </label>
            <label className="field retention-duty-reason">
              <span>{t("retention.reason")}</span>
              <input
                value={duty.reason}
                maxLength={200}
                onChange={(e) => set(index, { reason: e.target.value })}
                {...described}
              />
            </label>
            <button
              type="button"
              aria-label={t("retention.removeDuty", { tag: duty.tag })}
              onClick={() => onChange(duties.filter((_, i) => i !== index))}
            >
              {t("retention.remove")}
            </button>
            {problem ? (
              <p id={errorId} className="field-error" role="alert">
                {problem.kind === "sameTag" ? t("retention.sameTag") : t("retention.badDuty")}
              </p>
            ) : null}
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...duties, { tag: "", years: "", reason: "" }])}>
        {t("retention.addDuty")}
      </button>
    </div>
  );
}
