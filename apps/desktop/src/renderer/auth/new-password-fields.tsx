import type { TFunction } from "i18next";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { NewPasswordProblem } from "./new-password-problem.ts";

/** A new password typed twice, with the hint on its length. */
export function NewPasswordFields({
  password,
  repeat,
  onPassword,
  onRepeat,
}: {
  password: string;
  repeat: string;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
}) {
  const { t } = useTranslation();
  const newId = useId();
  const repeatId = useId();
  const hintId = useId();
  return (
    <>
      <label htmlFor={newId}>{t("admin.users.setPassword.new")}</label>
      <input
        id={newId}
        type="password"
        autoComplete="new-password"
        required
        aria-describedby={hintId}
        value={password}
        onChange={(event) => onPassword(event.target.value)}
      />
      <p id={hintId} className="muted small-text">
        {t("admin.users.setPassword.hint")}
      </p>
      <label htmlFor={repeatId}>{t("admin.users.setPassword.repeat")}</label>
      <input
        id={repeatId}
        type="password"
        autoComplete="new-password"
        required
        value={repeat}
        onChange={(event) => onRepeat(event.target.value)}
      />
    </>
  );
}

export function newPasswordProblemText(problem: NewPasswordProblem, t: TFunction): string {
  switch (problem) {
    case "short":
      return t("admin.users.passwordTooShort");
    case "mismatch":
      return t("admin.users.setPassword.mismatch");
    case "same":
      return t("admin.users.setPassword.same");
    default: {
      const unreachable: never = problem;
      return unreachable;
    }
  }
}
