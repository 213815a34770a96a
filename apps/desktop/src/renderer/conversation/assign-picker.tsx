import { can } from "@emma/core";
import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { ConversationSummary } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { matchScore } from "../ui/filter-match.ts";
import { FilterListbox, type FilterOption } from "../ui/filter-listbox.tsx";
import { useHeaderPanel } from "./use-header-panel.ts";

export interface AssignTarget {
  assigneeId: string | null;
  /** Omitted: keep the conversation's team. */
  teamId?: string;
}

interface AssignOption extends FilterOption {
  target: AssignTarget;
  /** Matched against the query besides the label: role, team names. */
  search: string;
}

interface AssignPickerProps {
  conversation: ConversationSummary;
  disabled: boolean;
  onAssign: (target: AssignTarget) => void;
}

/**
 * "Assign …": type a colleague's or team's name, arrows, Enter. Handing a conversation to a team
 * puts it in that team's unassigned pool. Assigning colleagues is for roles that may (the API
 * checks too); everyone may take it, hand it back or route it to a team. Key: a.
 */
export function AssignPicker({ conversation, disabled, onAssign }: AssignPickerProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const { open, rootRef, triggerRef, toggle, closeToTrigger } = useHeaderPanel("assign");
  const assignOthers = me !== null && can(me.role, "conversation.assignOthers");
  const directory = useQuery(trpc.users.directory.queryOptions(undefined, { enabled: open && assignOthers }));
  const teams = useQuery(trpc.teams.list.queryOptions(undefined, { enabled: open }));

  const options = useCallback(
    (query: string): AssignOption[] => {
      const teamName = new Map((teams.data ?? []).map((team) => [team.id, team.name]));
      const all: AssignOption[] = [];
      if (me && conversation.assigneeId !== me.id)
        all.push({
          id: "me",
          label: t("assign.me"),
          detail: me.displayName,
          search: me.displayName,
          target: { assigneeId: me.id },
        });
      for (const user of directory.data ?? []) {
        if (user.id === me?.id || user.id === conversation.assigneeId) continue;
        const teamNames = user.teamIds.map((id) => teamName.get(id)).filter((name) => name !== undefined);
        all.push({
          id: `user-${user.id}`,
          label: user.displayName,
          detail: [t(`roles.${user.role}`), ...teamNames].join(" · "),
          search: teamNames.join(" "),
          target: { assigneeId: user.id },
        });
      }
      for (const team of teams.data ?? []) {
        if (team.id === conversation.teamId && conversation.assigneeId === null) continue;
        all.push({
          id: `team-${team.id}`,
          label: t("assign.team", { name: team.name }),
          detail: t("assign.teamDetail"),
          search: team.name,
          target: { assigneeId: null, teamId: team.id },
        });
      }
      if (conversation.assigneeId !== null)
        all.push({ id: "nobody", label: t("assign.nobody"), search: "", target: { assigneeId: null } });
      return all
        .map((option) => ({
          option,
          score: matchScore(query, option.label, `${option.detail ?? ""} ${option.search}`),
        }))
        .filter((entry): entry is { option: AssignOption; score: number } => entry.score !== null)
        .sort((a, b) => b.score - a.score)
        .map((entry) => entry.option);
    },
    [conversation.assigneeId, conversation.teamId, directory.data, me, t, teams.data],
  );

  return (
    <div className="popover-anchor" ref={rootRef}>
      <button
        ref={triggerRef}
        type="button"
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-keyshortcuts="a"
        disabled={disabled}
        onClick={toggle}
      >
        {t("assign.button")}
      </button>
      {open ? (
        <div className="popover assign-picker">
          <FilterListbox
            label={t("assign.label")}
            placeholder={assignOthers ? t("assign.placeholder") : t("assign.placeholderTeams")}
            options={options}
            emptyText={directory.isPending && assignOthers ? t("common.loading") : t("assign.noMatch")}
            onChoose={(option) => {
              closeToTrigger();
              onAssign(option.target);
            }}
            onCancel={closeToTrigger}
            footer={
              assignOthers ? null : <p className="muted small-text picker-note">{t("assign.agentNote")}</p>
            }
          />
        </div>
      ) : null}
    </div>
  );
}
