import { useTranslation } from "react-i18next";

export function TeamsPage() {
  const { t } = useTranslation();
  return <h2>{t("admin.pages.teams")}</h2>;
}
