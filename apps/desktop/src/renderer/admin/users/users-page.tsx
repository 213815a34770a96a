import { useTranslation } from "react-i18next";

export function UsersPage() {
  const { t } = useTranslation();
  return <h2>{t("admin.pages.users")}</h2>;
}
