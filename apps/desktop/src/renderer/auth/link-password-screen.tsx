import { useMutation } from "@tanstack/react-query";
import { useId, useState, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { userRefusalOf } from "../admin/users/user-refusal.ts";
import { LanguageSwitch } from "../layout/language-switch.tsx";
import { ErrorNote } from "../ui/error-note.tsx";
import { NewPasswordFields, newPasswordProblemText } from "./new-password-fields.tsx";
import { newPasswordProblem } from "./new-password-problem.ts";

/**
 * Where a one-time link an admin handed over leads (`#/set-password?token=…`), signed in or not:
 * the person sets their password, then signs in with it.
 */
export function LinkPasswordScreen({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const titleId = useId();
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [tried, setTried] = useState(false);
  const set = useMutation(trpc.auth.setPasswordWithLink.mutationOptions());
  const problem = newPasswordProblem(password, repeat);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setTried(true);
    if (problem === null) set.mutate({ token, password });
  };

  return (
    <main className="login">
      <form className="login-card own-password" onSubmit={submit} aria-labelledby={titleId}>
        <div className="login-head">
          <h1 id={titleId}>{t("admin.users.setPassword.linkTitle")}</h1>
          <LanguageSwitch />
        </div>
        {set.data ? (
          <>
            <p className="notice" role="status">
              {t("admin.users.setPassword.linkDone", { email: set.data.email })}
            </p>
            <button type="button" className="primary" autoFocus onClick={onDone}>
              {t("admin.users.setPassword.toLogin")}
            </button>
          </>
        ) : (
          <>
            <p className="muted">{t("admin.users.setPassword.linkIntro")}</p>
            <NewPasswordFields
              password={password}
              repeat={repeat}
              onPassword={setPassword}
              onRepeat={setRepeat}
            />
            {tried && problem !== null ? (
              <p className="error-note" role="alert">
                {newPasswordProblemText(problem, t)}
              </p>
            ) : null}
            {set.error ? (
              userRefusalOf(set.error) === "link_invalid" ? (
                <p className="error-note" role="alert">
                  {t("admin.users.refusals.link_invalid")}
                </p>
              ) : (
                <ErrorNote error={set.error} />
              )
            ) : null}
            <button type="submit" className="primary" disabled={set.isPending}>
              {set.isPending ? t("admin.users.setPassword.submitting") : t("admin.users.setPassword.submit")}
            </button>
          </>
        )}
      </form>
    </main>
  );
}
