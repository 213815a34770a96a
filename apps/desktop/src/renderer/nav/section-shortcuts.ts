import { can, type Role } from "@emma/core";
import { sectionShortcutId, type SectionShortcutId } from "../shortcuts/shortcut-registry.ts";
import { useNavStore } from "./nav-store.ts";
import { SECTIONS } from "./section-registry.ts";

/**
 * The `g` keys of the sections, one action each; a section the role may not open does nothing, as
 * its tab is not shown either.
 */
export function sectionShortcutActions(role: Role | null): Record<SectionShortcutId, () => void> {
  const entries = SECTIONS.map((section) => [
    sectionShortcutId(section),
    () => {
      if (role !== null && can(role, section.permission)) useNavStore.getState().goTo(section.path);
    },
  ]);
  // fromEntries cannot know its keys; the map above makes one entry per section by construction.
  return Object.fromEntries(entries) as Record<SectionShortcutId, () => void>;
}
