import type { Role } from "@emma/core";
import { useTranslation } from "react-i18next";
import { useNavStore } from "./nav-store.ts";
import { sectionsFor } from "./section-registry.ts";

/** The section switcher: only the sections the role may open; `g` and the letter from anywhere. */
export function SectionTabs({ role }: { role: Role }) {
  const { t } = useTranslation();
  const current = useNavStore((state) => state.section);
  const goTo = useNavStore((state) => state.goTo);
  return (
    <nav className="section-tabs" aria-label={t("nav.label")}>
      {sectionsFor(role).map((section) => (
        <button
          key={section.path}
          type="button"
          className="section-tab"
          aria-current={section.path === current ? "page" : undefined}
          aria-keyshortcuts={`g ${section.goKey}`}
          title={`${t(section.titleKey)} (g ${section.goKey})`}
          onClick={() => goTo(section.path)}
        >
          {t(section.titleKey)}
        </button>
      ))}
    </nav>
  );
}
