import {
  MACRO_STATUSES,
  PLACEHOLDERS,
  renderPlaceholders,
  type MacroAssigneeKind,
  type MacroStatus,
} from "@emma/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { PREVIEW_SAMPLE } from "../canned/preview-sample.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import type { Macro } from "./macro-types.ts";

const KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"] as const;

interface MacroFormProps {
  /** The macro being edited; null for a new one. */
  editing: Macro | null;
  onDone: (id: string | null) => void;
}

function isStatus(value: string): value is MacroStatus {
  return MACRO_STATUSES.some((status) => status === value);
}

function isAssigneeKind(value: string): value is MacroAssigneeKind {
  return value === "keep" || value === "me" || value === "nobody" || value === "user";
}

/** Title, key, team, reply and actions; the API checks the whole macro again (core's contract). */
export function MacroForm({ editing, onDone }: MacroFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const teams = useQuery(trpc.teams.list.queryOptions());
  const users = useQuery(trpc.users.directory.queryOptions());
  const [title, setTitle] = useState(editing?.title ?? "");
  const [key, setKey] = useState(editing?.key ?? "");
  const [teamId, setTeamId] = useState(editing?.teamId ?? "");
  const [reply, setReply] = useState(editing?.reply ?? "");
  const [tags, setTags] = useState(editing?.addTags.join(", ") ?? "");
  const [status, setStatus] = useState<MacroStatus | "">(editing?.status ?? "");
  const [assignee, setAssignee] = useState<MacroAssigneeKind>(editing?.assignee.to ?? "keep");
  const [assigneeUserId, setAssigneeUserId] = useState(
    editing?.assignee.to === "user" ? editing.assignee.userId : "",
  );
  const [assignTeamId, setAssignTeamId] = useState(editing?.assignTeamId ?? "");
  const [confirmDelete, setConfirmDelete] = useState(false);
  const refresh = () => queryClient.invalidateQueries(trpc.macros.pathFilter());
  const create = useMutation(trpc.macros.create.mutationOptions());
  const update = useMutation(trpc.macros.update.mutationOptions());
  const remove = useMutation(trpc.macros.delete.mutationOptions());
  const saving = create.isPending || update.isPending;
  const preview = renderPlaceholders(reply, PREVIEW_SAMPLE);

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const fields = {
      title,
      key: key === "" ? null : key,
      teamId: teamId === "" ? null : teamId,
      reply: reply.trim() === "" ? null : reply,
      addTags: tags
        .split(",")
        .map((tag) => tag.trim())
        .filter((tag) => tag !== ""),
      assignee: assignee === "user" ? { to: "user" as const, userId: assigneeUserId } : { to: assignee },
      assignTeamId: assignTeamId === "" ? null : assignTeamId,
      status: status === "" ? null : status,
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
      className="canned-form macro-form"
      onSubmit={(event) => void save(event)}
      aria-label={editing ? t("macros.edit") : t("macros.new")}
    >
      <h3>{editing ? t("macros.edit") : t("macros.new")}</h3>
      <div className="form-row">
        <div className="macro-title-field">
          <label htmlFor="macro-title">{t("macros.title")}</label>
          <input
            id="macro-title"
            value={title}
            required
            maxLength={120}
            autoFocus
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor="macro-key">{t("macros.key")}</label>
          <select id="macro-key" value={key} onChange={(e) => setKey(e.target.value)}>
            <option value="">{t("macros.keyNone")}</option>
            {KEYS.map((digit) => (
              <option key={digit} value={digit}>
                {digit}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="macro-team">{t("canned.team")}</label>
          <select id="macro-team" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
            <option value="">{t("canned.teamAny")}</option>
            {(teams.data ?? []).map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label htmlFor="macro-reply">{t("macros.reply")}</label>
      <textarea id="macro-reply" rows={5} value={reply} onChange={(e) => setReply(e.target.value)} />
      <p className="muted small-text">
        {t("macros.replyHint")} {t("canned.placeholders")}{" "}
        {PLACEHOLDERS.map((name) => `{{${name}}}`).join(" · ")}
      </p>
      {reply.trim() !== "" ? (
        <div className="canned-preview-box" aria-label={t("macros.preview")}>
          <span className="small-text muted">{t("macros.preview")}</span>
          <p>{preview.text}</p>
          {preview.unresolved.length > 0 ? (
            <p className="placeholder-warning small-text">
              {t("canned.unknownPlaceholders", { placeholders: preview.unresolved.join(", ") })}
            </p>
          ) : null}
        </div>
      ) : null}
      <label htmlFor="macro-tags">{t("macros.tags")}</label>
      <input
        id="macro-tags"
        value={tags}
        placeholder={t("macros.tagsPlaceholder")}
        onChange={(e) => setTags(e.target.value)}
      />
      <div className="form-row">
        <div>
          <label htmlFor="macro-status">{t("macros.statusAfter")}</label>
          <select
            id="macro-status"
            value={status}
            onChange={(e) => setStatus(isStatus(e.target.value) ? e.target.value : "")}
          >
            <option value="">{t("macros.unchanged")}</option>
            {MACRO_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`statuses.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="macro-assignee">{t("macros.assignee")}</label>
          <select
            id="macro-assignee"
            value={assignee}
            onChange={(e) => setAssignee(isAssigneeKind(e.target.value) ? e.target.value : "keep")}
          >
            <option value="keep">{t("macros.unchanged")}</option>
            <option value="me">{t("macros.assignMe")}</option>
            <option value="nobody">{t("macros.assignNobody")}</option>
            <option value="user">{t("macros.assignUser")}</option>
          </select>
        </div>
        {assignee === "user" ? (
          <div>
            <label htmlFor="macro-assignee-user">{t("macros.assignUserLabel")}</label>
            <select
              id="macro-assignee-user"
              value={assigneeUserId}
              required
              onChange={(e) => setAssigneeUserId(e.target.value)}
            >
              <option value="" />
              {(users.data ?? []).map((user) => (
                <option key={user.id} value={user.id}>
                  {user.displayName}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="macro-assign-team">{t("macros.assignTeam")}</label>
          <select
            id="macro-assign-team"
            value={assignTeamId}
            onChange={(e) => setAssignTeamId(e.target.value)}
          >
            <option value="">{t("macros.unchanged")}</option>
            {(teams.data ?? []).map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {create.error ? <ErrorNote error={create.error} /> : null}
      {update.error ? <ErrorNote error={update.error} /> : null}
      {remove.error ? <ErrorNote error={remove.error} /> : null}
      <div className="button-row">
        <button type="submit" className="primary" disabled={saving || title.trim() === ""}>
          {t("macros.save")}
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
                {t("macros.deleteConfirm")}
              </button>
              <button type="button" onClick={() => setConfirmDelete(false)}>
                {t("common.cancel")}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setConfirmDelete(true)}>
              {t("macros.delete")}
            </button>
          )
        ) : null}
      </div>
    </form>
  );
}
