import { useTranslation } from "react-i18next";
import { ErrorNote } from "../../ui/error-note.tsx";
import { userRefusalOf } from "./user-refusal.ts";

/** A failed change to an account: an account rule in the admin's words, anything else as usual. */
export function UserError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const refusal = userRefusalOf(error);
  if (refusal === null) return <ErrorNote error={error} />;
  return (
    <p className="error-note" role="alert">
      {t(`admin.users.refusals.${refusal}`)}
    </p>
  );
}
