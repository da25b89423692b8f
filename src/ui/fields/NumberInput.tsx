import type { WidgetProps } from './widgetProps';

const PORT_BOUNDS = { min: 0, max: 65535 };

/** A number input with the option's bounds; empty is None (`key =`), unreadable input is NaN. */
export function NumberInput({ id, option, value, onChange, describedBy, invalid, inputRef }: WidgetProps<number | null>) {
  const bounds = option.type === 'port' ? PORT_BOUNDS : option;
  return (
    <input
      id={id}
      ref={inputRef}
      type="number"
      className="oce-input oce-input--number"
      name={option.dest}
      value={value === null || Number.isNaN(value) ? '' : String(value)}
      min={bounds.min ?? undefined}
      max={bounds.max ?? undefined}
      step={option.type === 'float' ? 'any' : 1}
      onChange={(event) => {
        const input = event.currentTarget;
        if (input.value === '') onChange(input.validity.badInput ? Number.NaN : null);
        else onChange(input.valueAsNumber);
      }}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    />
  );
}
