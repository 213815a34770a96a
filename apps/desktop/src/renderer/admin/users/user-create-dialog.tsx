import type { Role } from "@emma/core";
import { useMutation } from "@tanstack/react-query";
import { useId, useState, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import type { Language } from "../../i18n/i18n.ts";
import { AdminDialog } from "../admin-dialog.tsx";
import type { AdminTeam, HandoverLink } from "../admin-types.ts";
import { useInvalidatePeople } from "../use-invalidate-people.ts";
import { SignInSetupFields, signInSetupOf, type SignInChoice } from "./sign-in-setup-fields.tsx";
import { RoleLanguageFields } from "./role-language-fields.tsx";
import { TeamCheckboxes } from "./team-checkboxes.tsx";
import { UserError } from "./user-error.tsx";

export function UserCreateDialog({
  teams,
  onClose,
  onCreated,
}: {
  teams: readonly AdminTeam[];
  onClose: () => void;
  onCreated: (name: string, link: HandoverLink | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidatePeople();
  const ids = { name: useId(), email: useId() };
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("agent");
  const [locale, setLocale] = useState<Language>("de");
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [choice, setChoice] = useState<SignInChoice>("password");
  const [password, setPassword] = useState("");
  const [tooShort, setTooShort] = useState(false);
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: async ({ user, setPasswordLink }) => {
        await invalidate();
        onCreated(user.displayName, setPasswordLink);
      },
    }),
  );

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const signIn = signInSetupOf(choice, password);
    setTooShort(signIn === null);
    if (signIn) create.mutate({ displayName, email, role, locale, teamIds, signIn });
  };

  return (
    <AdminDialog title={t("admin.users.createTitle")} onClose={onClose} wide>
      <form className="admin-form" onSubmit={submit}>
        <div className="admin-field">
          <label htmlFor={ids.name}>{t("admin.users.fields.name")}</label>
          <input
            id={ids.name}
            required
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
          />
        </div>
        <div className="admin-field">
          <label htmlFor={ids.email}>{t("admin.users.fields.email")}</label>
          <input
            id={ids.email}
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <RoleLanguageFields role={role} locale={locale} onRole={setRole} onLocale={setLocale} />
        <TeamCheckboxes teams={teams} selected={teamIds} onChange={setTeamIds} />
        <SignInSetupFields
          choice={choice}
          password={password}
          onChoice={setChoice}
          onPassword={setPassword}
        />
        {tooShort ? (
          <p className="error-note" role="alert">
            {t("admin.users.passwordTooShort")}
          </p>
        ) : null}
        {create.error ? <UserError error={create.error} /> : null}
        <div className="button-row admin-actions">
          <button type="submit" className="primary" disabled={create.isPending}>
            {t("admin.users.createSubmit")}
          </button>
          <button type="button" onClick={onClose}>
            {t("admin.users.cancel")}
          </button>
        </div>
      </form>
    </AdminDialog>
  );
}
