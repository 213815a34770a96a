import type { Role } from "@emma/core";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { navigateTo } from "./navigate.ts";
import { useNavStore } from "./nav-store.ts";
import { paletteOptions, type PaletteOption } from "./palette-options.ts";
import { sectionsFor } from "./section-registry.ts";

const LIST_ID = "go-to-options";

function open(option: PaletteOption): void {
  if (option.kind === "section") useNavStore.getState().goTo(option.path);
  else navigateTo({ kind: "inbox", open: { kind: option.record.kind, id: option.record.id } });
}

/** Ctrl+K: type to filter the sections and recently opened customers and conversations, Enter goes. */
export function GoToPalette({ role }: { role: Role }) {
  const { t } = useTranslation();
  const setOpen = useNavStore((state) => state.setPaletteOpen);
  const recent = useNavStore((state) => state.recent);
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const previous = document.activeElement;
    inputRef.current?.focus();
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, []);

  const sections = sectionsFor(role).map((section) => ({ path: section.path, title: t(section.titleKey) }));
  const options = paletteOptions(text, sections, recent, (kind) => t(`nav.palette.${kind}`));
  const current = options[Math.min(active, options.length - 1)];

  const choose = (option: PaletteOption) => {
    setOpen(false);
    open(option);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((index) => Math.min(options.length - 1, index + 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => Math.max(0, index - 1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (current) choose(current);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setOpen(false);
    }
  };

  const renderOption = (option: PaletteOption) => (
    <li
      key={option.id}
      id={`go-to-${option.id}`}
      role="option"
      aria-selected={option === current}
      className="go-to-option"
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => choose(option)}
    >
      {option.kind === "section" ? (
        option.title
      ) : (
        <>
          <span>{option.record.label}</span> <span className="muted small-text">{option.kindLabel}</span>
        </>
      )}
    </li>
  );
  const sectionOptions = options.filter((option) => option.kind === "section");
  const recentOptions = options.filter((option) => option.kind === "recent");

  return (
    <div className="overlay" onClick={() => setOpen(false)}>
      <div
        className="dialog go-to-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="go-to-title"
        onClick={(event) => event.stopPropagation()}
      >
        <h2 id="go-to-title" className="visually-hidden">
          {t("nav.palette.title")}
        </h2>
        <input
          ref={inputRef}
          type="text"
          role="combobox"
          className="go-to-input"
          aria-label={t("nav.palette.title")}
          aria-expanded="true"
          aria-controls={LIST_ID}
          aria-activedescendant={current ? `go-to-${current.id}` : undefined}
          placeholder={t("nav.palette.placeholder")}
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <div id={LIST_ID} role="listbox" aria-label={t("nav.palette.title")} className="go-to-list">
          {sectionOptions.length > 0 ? (
            <ul role="group" aria-label={t("nav.palette.sections")}>
              <li role="presentation" className="go-to-group muted small-text">
                {t("nav.palette.sections")}
              </li>
              {sectionOptions.map(renderOption)}
            </ul>
          ) : null}
          {recentOptions.length > 0 ? (
            <ul role="group" aria-label={t("nav.palette.recent")}>
              <li role="presentation" className="go-to-group muted small-text">
                {t("nav.palette.recent")}
              </li>
              {recentOptions.map(renderOption)}
            </ul>
          ) : null}
          {options.length === 0 ? <p className="muted go-to-none">{t("nav.palette.none")}</p> : null}
        </div>
      </div>
    </div>
  );
}
