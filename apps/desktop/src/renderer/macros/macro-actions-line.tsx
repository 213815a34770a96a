import { useTranslation } from "react-i18next";
import type { Macro } from "./macro-types.ts";

/** What a macro does besides replying, compact: "→ Gelöst · + Tag kündigung · → mir zugewiesen". */
export function MacroActionsLine({ macro }: { macro: Macro }) {
  const { t } = useTranslation();
  const parts: string[] = [];
  if (macro.status) parts.push(t("macros.status", { status: t(`statuses.${macro.status}`) }));
  for (const tag of macro.addTags) parts.push(t("macros.tag", { tag }));
  switch (macro.assignee.to) {
    case "keep":
      break;
    case "me":
      parts.push(t("macros.toMe"));
      break;
    case "nobody":
      parts.push(t("macros.toNobody"));
      break;
    case "user":
      parts.push(t("macros.toUser", { name: macro.assigneeName ?? "?" }));
      break;
    default: {
      const unreachable: never = macro.assignee;
      return unreachable;
    }
  }
  if (macro.assignTeamName) parts.push(t("macros.toTeam", { name: macro.assignTeamName }));
  if (parts.length === 0) return null;
  return (
    <span className="macro-actions small-text">
      {parts.map((part) => (
        <span key={part} className="macro-action">
          {part}
        </span>
      ))}
    </span>
  );
}
