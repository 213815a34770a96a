import { useTranslation } from "react-i18next";
import { useMe } from "../auth/use-me.ts";
import { useNavStore } from "../nav/nav-store.ts";
import { ADMIN_PAGE_VIEWS } from "./admin-page-views.tsx";
import { adminPageOf, adminPagesFor } from "./admin-pages.ts";

/**
 * The admin area (`#/admin/<page>`): a menu of the pages the admin's rights allow, and the page.
 * Each page is a link of its own, so an admin can send a colleague straight to a connector.
 */
export function AdminView() {
  const { t } = useTranslation();
  const me = useMe();
  const place = useNavStore((state) => state.place);
  const goTo = useNavStore((state) => state.goTo);
  if (me === null) return null;
  const page = adminPageOf(me.role, place.rest[0]);
  if (!page) return <p className="muted admin-empty">{t("admin.nothing")}</p>;
  const Page = ADMIN_PAGE_VIEWS[page.path];
  return (
    <div className="admin-view">
      <nav className="admin-menu" aria-label={t("admin.menu")}>
        <h1>{t("admin.title")}</h1>
        <ul>
          {adminPagesFor(me.role).map((entry) => (
            <li key={entry.path}>
              <button
                type="button"
                className="admin-menu-entry"
                aria-current={entry.path === page.path ? "page" : undefined}
                onClick={() => goTo("admin", { rest: [entry.path], params: {} })}
              >
                {t(entry.titleKey)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <section className="admin-page" aria-label={t(page.titleKey)}>
        <Page />
      </section>
    </div>
  );
}
