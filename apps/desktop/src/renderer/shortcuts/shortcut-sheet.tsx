import { useTranslation } from "react-i18next";
import { SHORTCUT_GROUPS, SHORTCUTS, shortcutLabelKey } from "./shortcut-registry.ts";

/** One way to press a shortcut: "g m" is shown as g, then m. */
function Keys({ keys }: { keys: string }) {
  const { t } = useTranslation();
  const steps = keys.split(" ");
  return (
    <span className="shortcut-keys">
      {steps.map((step, index) => (
        <span key={step}>
          {index > 0 ? <span className="muted small-text"> {t("shortcuts.then")} </span> : null}
          <kbd>{step}</kbd>
        </span>
      ))}
    </span>
  );
}

/** Every shortcut of the registry, grouped by where it works. */
export function ShortcutSheet() {
  const { t } = useTranslation();
  return (
    <div className="shortcut-groups">
      {SHORTCUT_GROUPS.map((group) => (
        <section key={group} aria-labelledby={`shortcuts-${group}`}>
          <h3 id={`shortcuts-${group}`}>{t(`shortcuts.groups.${group}`)}</h3>
          <dl className="shortcut-list">
            {SHORTCUTS.filter((shortcut) => shortcut.group === group).map((shortcut) => (
              <div key={shortcut.id} data-shortcut={shortcut.id}>
                <dt>
                  {shortcut.keys.map((keys) => (
                    <Keys key={keys} keys={keys} />
                  ))}
                </dt>
                <dd>{t(shortcutLabelKey(shortcut.label))}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
