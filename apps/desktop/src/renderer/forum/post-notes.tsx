import { useTranslation } from "react-i18next";
import type { StoredItem } from "../timeline/item-metadata.ts";
import { lastRestoreOf, solutionOf } from "./forum-item-facts.ts";
import { restoreText } from "./forum-wording.ts";

/** "Akzeptierte Antwort" or "Hilfreich" in a post's header. */
export function SolutionTag({ item }: { item: StoredItem }) {
  const { t } = useTranslation();
  const solution = solutionOf(item);
  if (!solution) return null;
  return <span className={`tag forum-solution-tag ${solution.how}`}>{t(`forum.how.${solution.how}`)}</span>;
}

/** A post that was deleted and brought back says so, with who deleted it. */
export function RestoreNote({ item }: { item: StoredItem }) {
  const { t, i18n } = useTranslation();
  const restore = lastRestoreOf(item);
  if (!restore) return null;
  return <p className="forum-restore-note small-text">{restoreText(restore, t, i18n.language)}</p>;
}
