import { useState } from 'react';
import type { WidgetProps } from './widgetProps';

/** A password input for `secret` options, with a button to reveal what was typed. */
export function SecretInput({ id, option, value, onChange, describedBy, invalid, inputRef, placeholder }: WidgetProps<string>) {
  const [revealed, setRevealed] = useState(false);
  return (
    <span className="oce-secret">
      <input
        id={id}
        ref={inputRef}
        type={revealed ? 'text' : 'password'}
        className="oce-input"
        name={option.dest}
        value={value}
      placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.currentTarget.value)}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
      />
      <button
        type="button"
        className="oce-button oce-button--small"
        aria-pressed={revealed}
        aria-controls={id}
        aria-label={`Show ${option.dest}`}
        onClick={() => setRevealed(!revealed)}
      >
        {revealed ? 'Hide' : 'Show'}
      </button>
    </span>
  );
}
