import type { WidgetProps } from './widgetProps';

export function BooleanSwitch({ id, option, value, onChange, describedBy, invalid, inputRef }: WidgetProps<boolean>) {
  return (
    <span className="oce-switch">
      <input
        id={id}
        ref={inputRef}
        type="checkbox"
        role="switch"
        className="oce-switch__input"
        checked={value}
        onChange={(event) => onChange(event.currentTarget.checked)}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        name={option.dest}
      />
      <span className="oce-switch__state" aria-hidden="true">
        {value ? 'true' : 'false'}
      </span>
    </span>
  );
}
