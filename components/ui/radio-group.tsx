import { Choice } from "./checkbox";
import { FieldSet } from "./field";

export type RadioOption = { value: string; label: string; hint?: string };

/**
 * One choice among a few, as native radios in a fieldset (works without JavaScript; the arrow keys
 * move between them as browsers do). `legend` names the group for screen readers.
 */
export function RadioGroup({
  legend,
  name,
  options,
  value,
  defaultValue,
  error,
  hint,
  onChange,
  inline = false,
}: {
  legend: string;
  name: string;
  options: readonly RadioOption[];
  value?: string;
  defaultValue?: string;
  error?: string;
  hint?: string;
  onChange?: (value: string) => void;
  inline?: boolean;
}) {
  return (
    <FieldSet legend={legend} error={error} hint={hint}>
      {(a11y) => (
        <div className={inline ? "flex flex-wrap gap-x-6 gap-y-2" : "flex flex-col gap-2.5"}>
          {options.map((option) => (
            <Choice
              key={option.value}
              type="radio"
              name={name}
              value={option.value}
              label={option.label}
              hint={option.hint}
              checked={value === undefined ? undefined : value === option.value}
              defaultChecked={defaultValue === undefined ? undefined : defaultValue === option.value}
              onChange={onChange ? () => onChange(option.value) : undefined}
              {...a11y}
            />
          ))}
        </div>
      )}
    </FieldSet>
  );
}
