import type { WidgetProps } from './widgetProps';

/** Free text; what oslo accepts is checked by the core, so the browser's own checks stay off. */
export function TextInput({ id, option, value, onChange, describedBy, invalid, inputRef, placeholder, technical = false }: WidgetProps<string> & { technical?: boolean }) {
  return (
    <input
      id={id}
      ref={inputRef}
      type="text"
      className="oce-input"
      name={option.dest}
      value={value}
      placeholder={placeholder}
      inputMode={option.type === 'uri' ? 'url' : undefined}
      spellCheck={technical ? false : undefined}
      autoComplete="off"
      autoCapitalize="off"
      onChange={(event) => onChange(event.currentTarget.value)}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    />
  );
}
