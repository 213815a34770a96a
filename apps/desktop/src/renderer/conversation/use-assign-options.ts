import { can } from "@emma/core";
import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { matchScore } from "../ui/filter-match.ts";
import type { FilterOption } from "../ui/filter-listbox.tsx";

export interface AssignTarget {
  assigneeId: string | null;
  /** Omitted: keep the conversation's team. */
  teamId?: string;
}

export interface AssignOption extends FilterOption {
  target: AssignTarget;
  /** Matched against the query besides the label: role, team names. */
  search: string;
}

/** Where the conversation is now; null for several at once, where every choice is offered. */
export interface CurrentAssignment {
  assigneeId: string | null;
  teamId: string | null;
}

/**
 * The choices of an "Assign …" picker, best match for the typed text first: me, colleagues (for
 * roles that may assign others; the API checks too), a team's unassigned pool, nobody. What the
 * conversation already has is left out. Loads the directory and teams only while open.
 */
export function useAssignOptions(open: boolean, current: CurrentAssignment | null) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const assignOthers = me !== null && can(me.role, "conversation.assignOthers");
  const directory = useQuery(trpc.users.directory.queryOptions(undefined, { enabled: open && assignOthers }));
  const teams = useQuery(trpc.teams.list.queryOptions(undefined, { enabled: open }));
  const assigneeId = current?.assigneeId;
  const teamId = current?.teamId;

  const options = useCallback(
    (query: string): AssignOption[] => {
      const teamName = new Map((teams.data ?? []).map((team) => [team.id, team.name]));
      const all: AssignOption[] = [];
      if (me && assigneeId !== me.id)
        all.push({
          id: "me",
          label: t("assign.me"),
          detail: me.displayName,
          search: me.displayName,
          target: { assigneeId: me.id },
        });
      for (const user of directory.data ?? []) {
        if (user.id === me?.id || user.id === assigneeId) continue;
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
        if (team.id === teamId && assigneeId === null) continue;
        all.push({
          id: `team-${team.id}`,
          label: t("assign.team", { name: team.name }),
          detail: t("assign.teamDetail"),
          search: team.name,
          target: { assigneeId: null, teamId: team.id },
        });
      }
      if (assigneeId !== null)
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
    [assigneeId, teamId, directory.data, me, t, teams.data],
  );
  const emptyText = directory.isPending && assignOthers ? t("common.loading") : t("assign.noMatch");
  return { options, assignOthers, emptyText };
}
