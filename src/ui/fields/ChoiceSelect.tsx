import type { WidgetProps } from './widgetProps';

/**
 * The option's choices; a value outside them (from an imported file) stays selectable so it is visible, and an unset
 * field shows its default in the first entry, as a default.
 */
export function ChoiceSelect({ id, option, value, onChange, describedBy, invalid, inputRef, placeholder }: WidgetProps<string | number | null>) {
  const choices = option.choices.filter((choice) => choice.value !== null);
  const listed = choices.some((choice) => choice.value === value);
  return (
    <select
      id={id}
      ref={inputRef}
      className="oce-input oce-select"
      name={option.dest}
      value={String(value ?? '')}
      onChange={(event) => {
        const picked = choices.find((choice) => String(choice.value) === event.currentTarget.value);
        onChange(picked ? picked.value : event.currentTarget.value);
      }}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    >
      {!listed && <option value={String(value ?? '')}>{placeholder ?? (value === null || value === '' ? '(none)' : String(value))}</option>}
      {choices.map((choice) => (
        <option key={String(choice.value)} value={String(choice.value)}>
          {choice.value === '' ? "'' (empty)" : String(choice.value)}
          {choice.description ? ` — ${choice.description}` : ''}
        </option>
      ))}
    </select>
  );
}
