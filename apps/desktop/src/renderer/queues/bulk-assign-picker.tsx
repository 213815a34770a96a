import { useCallback, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAssignOptions, type AssignTarget } from "../conversation/use-assign-options.ts";
import { FilterListbox } from "../ui/filter-listbox.tsx";
import { useOutsideClose } from "../ui/use-outside-close.ts";

/** "Assign …" for the ticked rows: a colleague (roles that may), a team's pool, or nobody. */
export function BulkAssignPicker({
  disabled,
  onAssign,
}: {
  disabled: boolean;
  onAssign: (t: AssignTarget) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useOutsideClose(rootRef, open, close);
  const { options, assignOthers, emptyText } = useAssignOptions(open, null);

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
            emptyText={emptyText}
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
