import { useMutation } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import { AdminDialog } from "../admin-dialog.tsx";
import type { AdminUser, HandoverLink } from "../admin-types.ts";
import { useInvalidatePeople } from "../use-invalidate-people.ts";
import { SignInSetupFields, signInSetupOf, type SignInChoice } from "./sign-in-setup-fields.tsx";
import { UserError } from "./user-error.tsx";

/** A new initial password or a one-time link; the old password and every session end now. */
export function UserResetDialog({
  user,
  onClose,
  onReset,
}: {
  user: AdminUser;
  onClose: () => void;
  onReset: (link: HandoverLink | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidatePeople();
  const [choice, setChoice] = useState<SignInChoice>("link");
  const [password, setPassword] = useState("");
  const [tooShort, setTooShort] = useState(false);
  const reset = useMutation(
    trpc.users.resetPassword.mutationOptions({
      onSuccess: async ({ setPasswordLink }) => {
        await invalidate();
        onReset(setPasswordLink);
      },
    }),
  );
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const signIn = signInSetupOf(choice, password);
    setTooShort(signIn === null);
    if (signIn) reset.mutate({ userId: user.id, signIn });
  };
  return (
    <AdminDialog title={t("admin.users.resetTitle", { name: user.displayName })} onClose={onClose} wide>
      <form className="admin-form" onSubmit={submit}>
        <p>{t("admin.users.resetText")}</p>
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
        {reset.error ? <UserError error={reset.error} /> : null}
        <div className="button-row admin-actions">
          <button type="submit" className="danger" disabled={reset.isPending}>
            {t("admin.users.resetSubmit")}
          </button>
          <button type="button" onClick={onClose}>
            {t("admin.users.cancel")}
          </button>
        </div>
      </form>
    </AdminDialog>
  );
}
