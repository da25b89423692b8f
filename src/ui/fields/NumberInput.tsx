import { boundsOf } from '../../core/types/optionTypes';
import { parsePythonFloat, parsePythonInt } from '../../core/python/parsePythonNumber';
import type { WidgetProps } from './widgetProps';

/**
 * A number input with the option's bounds; empty is None (`key =`), unreadable input is NaN. Integers are read from
 * the input's text, so that they stay exact beyond 2^53 (the input's own number would round them).
 */
export function NumberInput({ id, option, value, onChange, describedBy, invalid, inputRef, placeholder }: WidgetProps<number | bigint | null>) {
  const bounds = boundsOf(option);
  const integer = option.type !== 'float';
  return (
    <input
      id={id}
      ref={inputRef}
      type="number"
      className="oce-input oce-input--number"
      name={option.dest}
      value={value === null || (typeof value === 'number' && Number.isNaN(value)) ? '' : String(value)}
      placeholder={placeholder}
      min={bounds.min ?? undefined}
      max={bounds.max ?? undefined}
      step={integer ? 1 : 'any'}
      onChange={(event) => {
        const input = event.currentTarget;
        if (input.value === '') onChange(input.validity.badInput ? Number.NaN : null);
        else onChange((integer ? parsePythonInt(input.value) : parsePythonFloat(input.value)) ?? Number.NaN);
      }}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    />
  );
}
