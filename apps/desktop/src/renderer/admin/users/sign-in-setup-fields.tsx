import type { SignInSetup } from "@emma/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { MIN_PASSWORD_LENGTH } from "../../auth/new-password-problem.ts";

export type SignInChoice = SignInSetup["kind"];

/** The admin's choice how a person signs in: an initial password, or a one-time link. */
export function SignInSetupFields({
  choice,
  password,
  onChoice,
  onPassword,
}: {
  choice: SignInChoice;
  password: string;
  onChoice: (choice: SignInChoice) => void;
  onPassword: (password: string) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  const passwordId = useId();
  const hintId = useId();
  return (
    <fieldset className="admin-sign-in">
      <legend>{t("admin.users.signIn.legend")}</legend>
      <label className="admin-choice">
        <input
          type="radio"
          name={name}
          checked={choice === "password"}
          onChange={() => onChoice("password")}
        />
        <span>{t("admin.users.signIn.password")}</span>
      </label>
      {choice === "password" ? (
        <div className="admin-field admin-sign-in-password">
          <label htmlFor={passwordId}>{t("admin.users.signIn.passwordLabel")}</label>
          <input
            id={passwordId}
            type="text"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={hintId}
            value={password}
            onChange={(event) => onPassword(event.target.value)}
          />
          <p id={hintId} className="muted small-text">
            {t("admin.users.signIn.passwordHint")}
          </p>
        </div>
      ) : null}
      <label className="admin-choice">
        <input type="radio" name={name} checked={choice === "link"} onChange={() => onChoice("link")} />
        <span>{t("admin.users.signIn.link")}</span>
      </label>
    </fieldset>
  );
}

/** The API's input for the choice; null while an initial password is too short to send. */
export function signInSetupOf(choice: SignInChoice, password: string): SignInSetup | null {
  if (choice === "link") return { kind: "link" };
  return password.length >= MIN_PASSWORD_LENGTH ? { kind: "password", password } : null;
}
