import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

export interface FilterOption {
  id: string;
  /** Shown in bold; also what the query is matched against first. */
  label: string;
  detail?: string | undefined;
  disabled?: boolean | undefined;
}

interface FilterListboxProps<T extends FilterOption> {
  label: string;
  placeholder: string;
  /** The options for a query, best first; the component keeps the query and the active option. */
  options: (query: string) => T[];
  onChoose: (option: T) => void;
  /** Escape: the query typed so far, so a caller can give it back to where it came from. */
  onCancel: (query: string) => void;
  emptyText: string;
  renderOption?: (option: T) => ReactNode;
  footer?: ReactNode;
}

/**
 * Type to filter, arrows to move, Enter to choose, Escape to leave: an ARIA combobox whose focus
 * stays in the input, so the keyboard never has to leave the text field.
 */
export function FilterListbox<T extends FilterOption>(props: FilterListboxProps<T>) {
  const { options, onChoose, onCancel } = props;
  const id = useId();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const shown = useMemo(() => options(query), [options, query]);
  const current = shown[Math.min(active, shown.length - 1)];

  useEffect(() => {
    if (current) document.getElementById(`${id}-${current.id}`)?.scrollIntoView({ block: "nearest" });
  }, [current, id]);

  const move = (step: number) => {
    if (shown.length === 0) return;
    let next = Math.min(active, shown.length - 1);
    // Skip disabled options; stop at the ends rather than wrap, as the queue list does.
    for (let i = 0; i < shown.length; i++) {
      const candidate = next + step;
      if (candidate < 0 || candidate >= shown.length) return;
      next = candidate;
      if (!shown[next]?.disabled) break;
    }
    if (!shown[next]?.disabled) setActive(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      move(1);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      move(-1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (current && !current.disabled) onChoose(current);
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      onCancel(query);
    }
  };

  return (
    <div className="filter-listbox">
      <input
        type="text"
        role="combobox"
        autoFocus
        autoComplete="off"
        aria-label={props.label}
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={current ? `${id}-${current.id}` : undefined}
        placeholder={props.placeholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} ref={listRef} role="listbox" aria-label={props.label} className="filter-options">
        {shown.length === 0 ? <li className="muted filter-empty">{props.emptyText}</li> : null}
        {shown.map((option, index) => (
          <li
            key={option.id}
            id={`${id}-${option.id}`}
            role="option"
            aria-selected={option === current}
            aria-disabled={option.disabled ? true : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => !option.disabled && setActive(index)}
            onClick={() => !option.disabled && onChoose(option)}
          >
            {props.renderOption ? (
              props.renderOption(option)
            ) : (
              <>
                <span className="option-label">{option.label}</span>
                {option.detail ? <span className="muted small-text">{option.detail}</span> : null}
              </>
            )}
          </li>
        ))}
      </ul>
      {props.footer}
    </div>
  );
}
