import { useMutation } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { TRPCClientError } from "@trpc/client";
import type { TFunction } from "i18next";
import { errorCode } from "../api/error-code.ts";
import { useTRPC } from "../api/trpc.ts";
import { forgetSessionLanguage } from "../i18n/i18n.ts";
import { LanguageSwitch } from "../layout/language-switch.tsx";
import { formatWait, loginFailure, type LoginFailure } from "./login-failure.ts";
import { useSessionStore } from "./session-store.ts";

export function LoginScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const expired = useSessionStore((state) => state.expired);
  const signIn = useSessionStore((state) => state.signIn);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async ({ token }) => {
        // A new session starts in the agent's saved language, whatever the login screen showed.
        forgetSessionLanguage();
        await signIn(token);
      },
    }),
  );

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    login.mutate({ email, password });
  };

  return (
    <main className="login">
      <form className="login-card" onSubmit={submit} aria-labelledby="login-title" noValidate={false}>
        <div className="login-head">
          <div>
            <h1 id="login-title">{t("app.name")}</h1>
            <p className="muted">{t("login.subtitle")}</p>
          </div>
          <LanguageSwitch />
        </div>
        {expired ? (
          <p className="notice" role="status">
            {t("login.expired")}
          </p>
        ) : null}
        <label htmlFor="login-email">{t("login.email")}</label>
        <input
          id="login-email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <label htmlFor="login-password">{t("login.password")}</label>
        <input
          id="login-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {login.error ? <LoginError error={login.error} /> : null}
        <button type="submit" className="primary" disabled={login.isPending}>
          {login.isPending ? t("login.submitting") : t("login.submit")}
        </button>
      </form>
    </main>
  );
}

function LoginError({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const failure = loginFailure(errorCode(error), error instanceof TRPCClientError ? error.data : undefined);
  return (
    <p className="error-note" role="alert">
      {failureText(failure, t, i18n.language)}
    </p>
  );
}

function failureText(failure: LoginFailure, t: TFunction, language: string): string {
  switch (failure.kind) {
    case "wrong-credentials":
      return t("login.wrongCredentials");
    case "network":
      return t("login.network");
    case "other":
      return t("common.error");
    case "throttled": {
      const refusal = failure.refusal;
      if (!refusal) return t("login.throttled");
      const wait = formatWait(refusal.retryAfterSeconds, language);
      switch (refusal.reason) {
        case "account-delay":
          return t("login.throttledAccount", { wait });
        case "address-limit":
          return t("login.throttledAddress", { wait });
        case "overall-limit":
          return t("login.throttledOverall", { wait });
        default: {
          const unreachable: never = refusal.reason;
          return unreachable;
        }
      }
    }
    default: {
      const unreachable: never = failure;
      return unreachable;
    }
  }
}
