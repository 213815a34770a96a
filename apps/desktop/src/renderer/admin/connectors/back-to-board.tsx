import { useTranslation } from "react-i18next";
import { useNavStore } from "../../nav/nav-store.ts";

/** The way back from a connector's own page or the new-connector form. */
export function BackToBoard() {
  const { t } = useTranslation();
  const goTo = useNavStore((state) => state.goTo);
  return (
    <button
      type="button"
      className="link connector-back"
      onClick={() => goTo("admin", { rest: ["connectors"], params: {} })}
    >
      {t("admin.connectors.back")}
    </button>
  );
}
