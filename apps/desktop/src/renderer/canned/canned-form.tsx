import { PLACEHOLDERS, renderPlaceholders, type Locale } from "@emma/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { PREVIEW_SAMPLE } from "./preview-sample.ts";

export type CannedResponse = RouterOutputs["cannedResponses"]["list"][number];

interface CannedFormProps {
  /** The response being edited; null for a new one. */
  editing: CannedResponse | null;
  onDone: (id: string | null) => void;
}

/** Title, shortcut, language, team and text, with a preview of the text as a customer would read it. */
export function CannedForm({ editing, onDone }: CannedFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const teams = useQuery(trpc.teams.list.queryOptions());
  const [title, setTitle] = useState(editing?.title ?? "");
  const [shortcut, setShortcut] = useState(editing?.shortcut ?? "");
  const [locale, setLocale] = useState<Locale | "">(editing?.locale ?? "");
  const [teamId, setTeamId] = useState(editing?.teamId ?? "");
  const [body, setBody] = useState(editing?.body ?? "");
  const [confirmDelete, setConfirmDelete] = useState(false);
  const refresh = () => queryClient.invalidateQueries(trpc.cannedResponses.pathFilter());
  const create = useMutation(trpc.cannedResponses.create.mutationOptions());
  const update = useMutation(trpc.cannedResponses.update.mutationOptions());
  const remove = useMutation(trpc.cannedResponses.delete.mutationOptions());
  const saving = create.isPending || update.isPending;
  const preview = renderPlaceholders(body, PREVIEW_SAMPLE);

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const fields = {
      title,
      body,
      shortcut: shortcut.trim() === "" ? null : shortcut.trim().replace(/^\//, ""),
      locale: locale === "" ? null : locale,
      teamId: teamId === "" ? null : teamId,
    };
    const saved = editing
      ? await update.mutateAsync({ id: editing.id, ...fields }).catch(() => null)
      : await create.mutateAsync(fields).catch(() => null);
    if (!saved) return;
    await refresh();
    onDone(saved.id);
  };

  const destroy = async () => {
    if (!editing) return;
    const deleted = await remove.mutateAsync({ id: editing.id }).catch(() => null);
    if (!deleted) return;
    await refresh();
    onDone(null);
  };

  return (
    <form
      className="canned-form"
      onSubmit={(event) => void save(event)}
      aria-label={editing ? t("canned.edit") : t("canned.new")}
    >
      <h3>{editing ? t("canned.edit") : t("canned.new")}</h3>
      <label htmlFor="canned-title">{t("canned.title")}</label>
      <input
        id="canned-title"
        value={title}
        required
        maxLength={120}
        autoFocus
        onChange={(e) => setTitle(e.target.value)}
      />
      <div className="form-row">
        <div>
          <label htmlFor="canned-shortcut">{t("canned.shortcut")}</label>
          <input
            id="canned-shortcut"
            value={shortcut}
            maxLength={41}
            placeholder={t("canned.shortcutPlaceholder")}
            onChange={(e) => setShortcut(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor="canned-locale">{t("canned.locale")}</label>
          <select
            id="canned-locale"
            value={locale}
            onChange={(e) =>
              setLocale(e.target.value === "de" || e.target.value === "en" ? e.target.value : "")
            }
          >
            <option value="">{t("canned.localeAny")}</option>
            <option value="de">{t("language.de")}</option>
            <option value="en">{t("language.en")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="canned-team">{t("canned.team")}</label>
          <select id="canned-team" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
            <option value="">{t("canned.teamAny")}</option>
            {(teams.data ?? []).map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label htmlFor="canned-body">{t("canned.body")}</label>
      <textarea id="canned-body" rows={7} value={body} required onChange={(e) => setBody(e.target.value)} />
      <p className="muted small-text">
        {t("canned.placeholders")} {PLACEHOLDERS.map((name) => `{{${name}}}`).join(" · ")}
      </p>
      {body.trim() !== "" ? (
        <div className="canned-preview-box" aria-label={t("canned.preview")}>
          <span className="small-text muted">{t("canned.preview")}</span>
          <p>{preview.text}</p>
          {preview.unresolved.length > 0 ? (
            <p className="placeholder-warning small-text">
              {t("canned.unknownPlaceholders", { placeholders: preview.unresolved.join(", ") })}
            </p>
          ) : null}
        </div>
      ) : null}
      {create.error ? <ErrorNote error={create.error} /> : null}
      {update.error ? <ErrorNote error={update.error} /> : null}
      {remove.error ? <ErrorNote error={remove.error} /> : null}
      <div className="button-row">
        <button
          type="submit"
          className="primary"
          disabled={saving || title.trim() === "" || body.trim() === ""}
        >
          {t("canned.save")}
        </button>
        {editing ? (
          confirmDelete ? (
            <>
              <button
                type="button"
                className="danger"
                onClick={() => void destroy()}
                disabled={remove.isPending}
              >
                {t("canned.deleteConfirm")}
              </button>
              <button type="button" onClick={() => setConfirmDelete(false)}>
                {t("common.cancel")}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setConfirmDelete(true)}>
              {t("canned.delete")}
            </button>
          )
        ) : null}
      </div>
    </form>
  );
}
