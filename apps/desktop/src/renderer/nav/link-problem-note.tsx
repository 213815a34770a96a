import { useTranslation } from "react-i18next";
import { useNavStore } from "./nav-store.ts";

/** Why the link just opened shows nothing of what it names, instead of an empty screen. */
export function LinkProblemNote() {
  const { t } = useTranslation();
  const problem = useNavStore((state) => state.linkProblem);
  const setProblem = useNavStore((state) => state.setLinkProblem);
  if (problem === null) return null;
  return (
    <div className="link-problem" role="alert">
      <span>{t(`nav.problem.${problem}`)}</span>
      <button type="button" className="ghost small" onClick={() => setProblem(null)}>
        {t("nav.problem.dismiss")}
      </button>
    </div>
  );
}
