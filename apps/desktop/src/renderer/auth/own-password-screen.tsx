import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorCode } from "../api/error-code.ts";
import { useTRPC } from "../api/trpc.ts";
import { applySavedLanguage, type Language } from "../i18n/i18n.ts";
import { forgetRoute } from "../nav/use-route-sync.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { NewPasswordFields, newPasswordProblemText } from "./new-password-fields.tsx";
import { newPasswordProblem } from "./new-password-problem.ts";
import { useSessionStore } from "./session-store.ts";

/**
 * Shown instead of the workspace to someone who signed in with an initial password an admin handed
 * over: the API takes nothing else until they set their own (see `authedProcedure`).
 */
export function OwnPasswordScreen({ savedLanguage }: { savedLanguage: Language }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const signOut = useSessionStore((state) => state.signOut);
  const titleId = useId();
  const currentId = useId();
  const [current, setCurrent] = useState("");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [tried, setTried] = useState(false);
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
    }),
  );
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: () => {
        forgetRoute();
        void signOut("logout");
      },
    }),
  );
  useEffect(() => applySavedLanguage(savedLanguage), [savedLanguage]);

  const problem = newPasswordProblem(password, repeat, current);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setTried(true);
    if (problem === null) change.mutate({ currentPassword: current, newPassword: password });
  };

  return (
    <main className="login">
      <form className="login-card own-password" onSubmit={submit} aria-labelledby={titleId}>
        <h1 id={titleId}>{t("admin.users.setPassword.title")}</h1>
        <p className="muted">{t("admin.users.setPassword.intro")}</p>
        <label htmlFor={currentId}>{t("admin.users.setPassword.current")}</label>
        <input
          id={currentId}
          type="password"
          autoComplete="current-password"
          required
          autoFocus
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
        />
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
        {change.error ? (
          errorCode(change.error) === "BAD_REQUEST" ? (
            <p className="error-note" role="alert">
              {t("admin.users.setPassword.wrongCurrent")}
            </p>
          ) : (
            <ErrorNote error={change.error} />
          )
        ) : null}
        <button type="submit" className="primary" disabled={change.isPending}>
          {change.isPending ? t("admin.users.setPassword.submitting") : t("admin.users.setPassword.submit")}
        </button>
        <button type="button" className="ghost" onClick={() => logout.mutate()} disabled={logout.isPending}>
          {t("admin.users.setPassword.logout")}
        </button>
      </form>
    </main>
  );
}
