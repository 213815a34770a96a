import { useTranslation } from "react-i18next";
import type { Colleague } from "./presence-model.ts";

/** "Anna Albrecht is typing a reply" under the conversation's title; nothing when nobody else is here. */
export function PresenceLine({ colleagues }: { colleagues: Colleague[] }) {
  const { t } = useTranslation();
  if (colleagues.length === 0) return null;
  return (
    <ul className="presence-line" aria-label={t("presence.label")} aria-live="polite">
      {colleagues.map((colleague) => (
        <li key={colleague.userId} className={`presence presence-${colleague.activity}`}>
          <span className="presence-dot" aria-hidden="true" />
          {colleague.activity === "typing-reply"
            ? t("presence.typingReply", { name: colleague.displayName })
            : colleague.activity === "typing-note"
              ? t("presence.typingNote", { name: colleague.displayName })
              : t("presence.viewing", { name: colleague.displayName })}
        </li>
      ))}
    </ul>
  );
}
