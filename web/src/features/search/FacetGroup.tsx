import { useState } from 'react';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  /** Options shown indented under this one (sub-areas). */
  children?: FacetOption[];
}

interface Props {
  id: string;
  legend: string;
  options: FacetOption[];
  selected: string[];
  onToggle: (value: string, checked: boolean) => void;
  /** Long lists (organisations) show this many, most matches first, until the user asks for all. */
  limit?: number;
}

/** One dimension of the search as checkboxes with the number of matches for each choice. */
export function FacetGroup({ id, legend, options, selected, onToggle, limit }: Props) {
  const [showAll, setShowAll] = useState(false);
  // Nothing to choose from (and nothing chosen): the group would only be noise.
  if (options.length === 0) return null;
  const folds = limit !== undefined && options.length > limit;
  // A chosen option stays in view even when it is beyond the first few.
  const shown = folds && !showAll ? options.filter((o, i) => i < limit || selected.includes(o.value)) : options;
  const renderOptions = (list: FacetOption[]) => (
    <ul className="facet__options">
      {list.map((option) => {
        const inputId = `${id}-${option.value}`;
        return (
          <li key={option.value}>
            <input
              id={inputId}
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={(e) => onToggle(option.value, e.target.checked)}
            />
            <label htmlFor={inputId}>
              {option.label} <span className="facet__count">({option.count.toLocaleString('nb-NO')})</span>
            </label>
            {option.children && option.children.length > 0 ? renderOptions(option.children) : null}
          </li>
        );
      })}
    </ul>
  );

  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <div id={`${id}-valg`}>{renderOptions(shown)}</div>
      {folds && (
        <button type="button" className="link-button" aria-expanded={showAll} aria-controls={`${id}-valg`} onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Vis færre' : `Vis alle ${options.length.toLocaleString('nb-NO')}`}
        </button>
      )}
    </fieldset>
  );
}
