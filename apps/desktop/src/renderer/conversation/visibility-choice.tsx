import type { ReplyVisibility } from "@emma/core";
import { useTranslation } from "react-i18next";

interface VisibilityChoiceProps {
  channel: "facebook" | "twitter";
  offered: ReplyVisibility[];
  value: ReplyVisibility;
  onChange: (visibility: ReplyVisibility) => void;
}

/**
 * Public reply or private message in a public thread (a Page comment, an X mention). Radio buttons,
 * so arrow keys switch; what "public" means is spelled out beside it, every time.
 */
export function VisibilityChoice({ channel, offered, value, onChange }: VisibilityChoiceProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="visibility-choice">
      <legend className="visually-hidden">{t("social.visibilityLegend")}</legend>
      <div className="visibility-options">
        {offered.map((visibility) => (
          <label key={visibility} className={`visibility-option visibility-${visibility}`}>
            <input
              type="radio"
              name="reply-visibility"
              value={visibility}
              checked={value === visibility}
              onChange={() => onChange(visibility)}
            />
            {t(`social.${visibility}`)}
          </label>
        ))}
      </div>
      <p className={value === "public" ? "public-warning small-text" : "muted small-text"} role="note">
        {value === "public" ? t(`social.publicWarning.${channel}`) : t(`social.privateHint.${channel}`)}
      </p>
    </fieldset>
  );
}
