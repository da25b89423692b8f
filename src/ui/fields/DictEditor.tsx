import { useEffect, useRef, useState } from 'react';
import type { DictEntry } from '../../session';
import type { WidgetProps } from './widgetProps';

/** key:value pairs, one row each; repeated keys are reported by the field's check, not prevented here. */
export function DictEditor({ id, option, value, onChange, describedBy, invalid, inputRef, placeholder }: WidgetProps<DictEntry[]>) {
  const container = useRef<HTMLFieldSetElement>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const name = option.dest;

  useEffect(() => {
    if (focusRow === null) return;
    const target = focusRow < 0 ? '[data-part="add"]' : `[data-row="${focusRow}"]`;
    container.current?.querySelector<HTMLElement>(target)?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const update = (index: number, entry: DictEntry) => onChange(value.map((old, at) => (at === index ? entry : old)));

  return (
    <fieldset className="oce-list" ref={container} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
      <legend className="oce-visually-hidden">{name}</legend>
      {value.length === 0 && <p className="oce-list__empty">{placeholder ?? 'No pairs.'}</p>}
      <ol className="oce-list__items">
        {value.map((entry, index) => (
          <li key={index} className="oce-list__item oce-dict__row">
            <input
              id={index === 0 ? id : undefined}
              ref={index === 0 ? inputRef : undefined}
              data-row={index}
              type="text"
              className="oce-input"
              aria-label={`${name} key ${index + 1}`}
              value={entry.key}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => update(index, { ...entry, key: event.currentTarget.value })}
            />
            <span aria-hidden="true">:</span>
            <input
              type="text"
              className="oce-input"
              aria-label={`${name} value ${index + 1}`}
              value={entry.value}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => update(index, { ...entry, value: event.currentTarget.value })}
            />
            <button
              type="button"
              className="oce-button oce-button--small"
              aria-label={`Remove ${name} pair ${index + 1}`}
              onClick={() => {
                onChange(value.filter((_, at) => at !== index));
                setFocusRow(value.length > 1 ? Math.min(index, value.length - 2) : -1);
              }}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="oce-button"
        data-part="add"
        id={value.length ? undefined : id}
        aria-label={`Add pair to ${name}`}
        onClick={() => {
          onChange([...value, { key: '', value: '' }]);
          setFocusRow(value.length);
        }}
      >
        Add pair
      </button>
    </fieldset>
  );
}
