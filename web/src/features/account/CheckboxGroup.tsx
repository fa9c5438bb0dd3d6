import { toggle } from './form-section';

/** A fieldset of checkboxes with its legend and the API's message when the choice was refused. */
export function CheckboxGroup({
  id,
  legend,
  options,
  selected,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  options: { value: string; label: string; indent?: boolean }[];
  selected: string[];
  onChange: (next: string[]) => void;
  error?: string;
}) {
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={error ? 'checkbox-group field--invalid' : 'checkbox-group'}
      aria-describedby={error ? `${id}-feil` : undefined}
    >
      <legend className="field__label">{legend}</legend>
      {error && (
        <p id={`${id}-feil`} className="field__error">
          {error}
        </p>
      )}
      <ul className="checkbox-group__list">
        {options.map((o) => (
          <li key={o.value} className={o.indent ? 'checkbox-group__child' : undefined}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={selected.includes(o.value)}
                onChange={(e) => onChange(toggle(selected, o.value, e.target.checked))}
              />
              {o.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
