import { useTranslation } from "react-i18next";
import { useMe } from "../auth/use-me.ts";
import { OwnPasswordScreen } from "../auth/own-password-screen.tsx";
import { Workspace } from "../layout/workspace.tsx";

/**
 * The workspace, unless the user signed in with an initial password: then setting their own comes
 * before anything else, as the API insists too.
 */
export function SignedIn() {
  const { t } = useTranslation();
  const me = useMe();
  if (me === null) return <div className="splash">{t("common.loading")}</div>;
  if (me.mustChangePassword) return <OwnPasswordScreen savedLanguage={me.locale} />;
  return <Workspace />;
}
