import { useTranslation } from "react-i18next";
import type { ConversationSummary } from "../api/router-types.ts";
import { FilterListbox } from "../ui/filter-listbox.tsx";
import { useAssignOptions, type AssignTarget } from "./use-assign-options.ts";
import { useHeaderPanel } from "./use-header-panel.ts";

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
  const { open, rootRef, triggerRef, toggle, closeToTrigger } = useHeaderPanel("assign");
  const { options, assignOthers, emptyText } = useAssignOptions(open, conversation);

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
            emptyText={emptyText}
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
