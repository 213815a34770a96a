import { can } from "@emma/core";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import type { AssignTarget } from "../conversation/assign-picker.tsx";
import { matchScore } from "../ui/filter-match.ts";
import { FilterListbox, type FilterOption } from "../ui/filter-listbox.tsx";
import { useOutsideClose } from "../ui/use-outside-close.ts";

interface Option extends FilterOption {
  target: AssignTarget;
  search: string;
}

/** "Assign …" for the ticked rows: a colleague (roles that may), a team's pool, or nobody. */
export function BulkAssignPicker({
  disabled,
  onAssign,
}: {
  disabled: boolean;
  onAssign: (t: AssignTarget) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useOutsideClose(rootRef, open, close);
  const assignOthers = me !== null && can(me.role, "conversation.assignOthers");
  const directory = useQuery(trpc.users.directory.queryOptions(undefined, { enabled: open && assignOthers }));
  const teams = useQuery(trpc.teams.list.queryOptions(undefined, { enabled: open }));

  const options = useCallback(
    (query: string): Option[] => {
      const all: Option[] = [];
      if (me)
        all.push({
          id: "me",
          label: t("assign.me"),
          detail: me.displayName,
          search: me.displayName,
          target: { assigneeId: me.id },
        });
      for (const user of directory.data ?? []) {
        if (user.id === me?.id) continue;
        all.push({
          id: `user-${user.id}`,
          label: user.displayName,
          detail: t(`roles.${user.role}`),
          search: "",
          target: { assigneeId: user.id },
        });
      }
      for (const team of teams.data ?? [])
        all.push({
          id: `team-${team.id}`,
          label: t("assign.team", { name: team.name }),
          detail: t("assign.teamDetail"),
          search: team.name,
          target: { assigneeId: null, teamId: team.id },
        });
      all.push({ id: "nobody", label: t("assign.nobody"), search: "", target: { assigneeId: null } });
      return all
        .map((option) => ({
          option,
          score: matchScore(query, option.label, `${option.detail ?? ""} ${option.search}`),
        }))
        .filter((entry): entry is { option: Option; score: number } => entry.score !== null)
        .sort((a, b) => b.score - a.score)
        .map((entry) => entry.option);
    },
    [directory.data, me, t, teams.data],
  );

  return (
    <div className="popover-anchor" ref={rootRef}>
      <button
        ref={triggerRef}
        type="button"
        aria-haspopup="listbox"
        aria-expanded={open}
        disabled={disabled}
        onClick={() => setOpen(!open)}
      >
        {t("assign.button")}
      </button>
      {open ? (
        <div className="popover assign-picker">
          <FilterListbox
            label={t("queueWork.bulkAssignLabel")}
            placeholder={assignOthers ? t("assign.placeholder") : t("assign.placeholderTeams")}
            options={options}
            emptyText={directory.isPending && assignOthers ? t("common.loading") : t("assign.noMatch")}
            onChoose={(option) => {
              setOpen(false);
              triggerRef.current?.focus();
              onAssign(option.target);
            }}
            onCancel={() => {
              setOpen(false);
              triggerRef.current?.focus();
            }}
            footer={
              assignOthers ? null : <p className="muted small-text picker-note">{t("assign.agentNote")}</p>
            }
          />
        </div>
      ) : null}
    </div>
  );
}
