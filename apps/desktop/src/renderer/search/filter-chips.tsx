import type { ReactNode } from "react";
import { toggled } from "./search-filters.ts";

interface FilterChipsProps<T extends string> {
  legend: string;
  values: readonly T[];
  /** None chosen: no narrowing. */
  chosen: readonly T[];
  labelOf: (value: T) => string;
  iconOf?: (value: T) => ReactNode;
  onChange: (chosen: T[]) => void;
}

/** A multiple choice as toggle buttons: Tab reaches each, Space or Enter toggles it. */
export function FilterChips<T extends string>(props: FilterChipsProps<T>) {
  return (
    <fieldset className="filter-field">
      <legend>{props.legend}</legend>
      <div className="chips wrap">
        {props.values.map((value) => (
          <button
            key={value}
            type="button"
            className="chip"
            aria-pressed={props.chosen.includes(value)}
            onClick={() => props.onChange(toggled(props.chosen, value))}
          >
            {props.iconOf?.(value)}
            {props.labelOf(value)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
