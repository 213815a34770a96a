import { useTranslation } from "react-i18next";

export function ServiceHoursPage() {
  const { t } = useTranslation();
  return <h2>{t("admin.pages.serviceHours")}</h2>;
}
