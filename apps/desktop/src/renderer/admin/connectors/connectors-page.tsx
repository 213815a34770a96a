import { useTranslation } from "react-i18next";

export function ConnectorsPage() {
  const { t } = useTranslation();
  return <h2>{t("admin.pages.connectors")}</h2>;
}
