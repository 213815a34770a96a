import type { ServiceSettings } from "@emma/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import { ErrorNote } from "../../ui/error-note.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { HolidaysEditor } from "./holidays-editor.tsx";
import { OpeningsEditor } from "./openings-editor.tsx";
import { formOf, settingsOf, type FormProblem, type ServiceHoursForm } from "./service-hours-form.ts";
import { TargetsTable } from "./targets-table.tsx";

const LOCAL_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Business hours, holidays and response targets: what the reports, the queues' clocks and the
 * journeys measure by. The form is the page's own copy until saved; nothing changes before "Save".
 */
export function ServiceHoursPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.settings.service.queryOptions());
  // Here, not in the editor: the editor starts afresh from what was saved, the outcome stays.
  const save = useMutation(
    trpc.settings.saveService.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.settings.pathFilter()),
    }),
  );
  if (settings.error) return <ErrorNote error={settings.error} />;
  if (!settings.data) return <p className="muted">{t("common.loading")}</p>;
  return <ServiceHoursEditor key={String(settings.data.updatedAt)} saved={settings.data} save={save} />;
}

type Saved = Parameters<typeof formOf>[0] & { updatedAt: string | null; updatedBy: string | null };

interface SaveState {
  mutate: (settings: ServiceSettings) => void;
  reset: () => void;
  isPending: boolean;
  isSuccess: boolean;
  error: unknown;
}

function ServiceHoursEditor({ saved, save }: { saved: Saved; save: SaveState }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<ServiceHoursForm>(() => formOf(saved, LOCAL_ZONE));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const change = (next: Partial<ServiceHoursForm>) => {
    setForm((current) => ({ ...current, ...next }));
    setProblems([]);
    save.reset();
  };
  const submit = () => {
    const result = settingsOf(form);
    if ("problems" in result) {
      setProblems(result.problems);
      return;
    }
    save.mutate(result.settings);
  };

  return (
    <form
      className="service-hours"
      aria-labelledby="service-hours-title"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <header className="service-hours-head">
        <div>
          <h2 id="service-hours-title">{t("admin.pages.serviceHours")}</h2>
          <p className="muted">{t("admin.serviceHours.intro")}</p>
          <p className="muted">
            {saved.updatedAt
              ? t("admin.serviceHours.savedBy", {
                  who: saved.updatedBy ?? t("admin.serviceHours.someone"),
                  when: formatDateTime(saved.updatedAt, i18n.language),
                })
              : t("admin.serviceHours.neverSaved")}
          </p>
        </div>
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t("admin.serviceHours.saving") : t("admin.serviceHours.save")}
        </button>
      </header>
      {save.error ? <ErrorNote error={save.error} /> : null}
      {save.isSuccess && problems.length === 0 ? (
        <p className="ok-note" role="status">
          {t("admin.serviceHours.saved")}
        </p>
      ) : null}
      {problems.length > 0 ? (
        <p className="error-note" role="alert">
          {t("admin.serviceHours.problems", { count: problems.length })}
        </p>
      ) : null}

      <fieldset className="service-hours-section">
        <legend>{t("admin.serviceHours.hoursTitle")}</legend>
        <label className="check-line">
          <input
            type="radio"
            name="hours-mode"
            checked={form.aroundTheClock}
            onChange={() => change({ aroundTheClock: true })}
          />
          {t("admin.serviceHours.aroundTheClock")}
        </label>
        <label className="check-line">
          <input
            type="radio"
            name="hours-mode"
            checked={!form.aroundTheClock}
            onChange={() => change({ aroundTheClock: false })}
          />
          {t("admin.serviceHours.openingHours")}
        </label>
        {form.aroundTheClock ? null : (
          <>
            <TimeZoneField
              value={form.timeZone}
              invalid={problems.some((p) => p.kind === "badZone")}
              onChange={(timeZone) => change({ timeZone })}
            />
            <OpeningsEditor
              openings={form.openings}
              problems={problems}
              onChange={(openings) => change({ openings })}
            />
            {problems.some((p) => p.kind === "noOpenings") ? (
              <p className="field-error" role="alert">
                {t("admin.serviceHours.noOpenings")}
              </p>
            ) : null}
            <HolidaysEditor holidays={form.holidays} onChange={(holidays) => change({ holidays })} />
          </>
        )}
      </fieldset>

      <fieldset className="service-hours-section">
        <legend>{t("admin.serviceHours.targetsTitle")}</legend>
        <p className="muted">
          {form.aroundTheClock
            ? t("admin.serviceHours.targetsCalendar")
            : t("admin.serviceHours.targetsBusiness")}
        </p>
        <TargetsTable
          targets={form.targets}
          problems={problems}
          onChange={(targets) => change({ targets })}
        />
      </fieldset>
    </form>
  );
}

function TimeZoneField(props: { value: string; invalid: boolean; onChange: (zone: string) => void }) {
  const { t } = useTranslation();
  const zones = Intl.supportedValuesOf("timeZone");
  return (
    <label className="field service-hours-zone">
      <span>{t("admin.serviceHours.timeZone")}</span>
      <input
        list="service-hours-zones"
        value={props.value}
        aria-invalid={props.invalid}
        aria-describedby={props.invalid ? "service-hours-zone-error" : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <datalist id="service-hours-zones">
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      {props.invalid ? (
        <span id="service-hours-zone-error" className="field-error">
          {t("admin.serviceHours.badZone")}
        </span>
      ) : null}
    </label>
  );
}
