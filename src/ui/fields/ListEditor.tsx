import { useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { ItemWidgetProps } from './widgetProps';

interface ListEditorProps extends ItemWidgetProps<string[]> {
  /** `item` for a list value, `entry` for a multi valued option (one line each in the file). */
  itemNoun: string;
}

type Focus = { index: number; part: 'input' | 'up' | 'down' | 'add' };

/**
 * Items edited one by one: add, remove, move up or down. Enter adds an item after the current one; pasting
 * text with commas or line breaks into an item splits it into items.
 */
export function ListEditor({ id, option, value, onChange, describedBy, invalid, itemErrors, itemNoun, inputRef, placeholder }: ListEditorProps) {
  const container = useRef<HTMLFieldSetElement>(null);
  const [focus, setFocus] = useState<Focus | null>(null);
  const name = option.dest;

  useEffect(() => {
    if (!focus) return;
    const selector = focus.part === 'add' ? '[data-part="add"]' : `[data-index="${focus.index}"][data-part="${focus.part}"]`;
    container.current?.querySelector<HTMLElement>(selector)?.focus();
    setFocus(null);
  }, [focus]);

  const replace = (index: number, items: string[], removeCount = 1) => {
    const next = [...value];
    next.splice(index, removeCount, ...items);
    onChange(next);
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...value];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
    const target = index + by;
    // Keep the focus on the button that moved, unless the item reached the end it was moving to.
    const part = by < 0 ? (target === 0 ? 'down' : 'up') : target === next.length - 1 ? 'up' : 'down';
    setFocus({ index: target, part });
  };
  const add = (at: number) => {
    replace(at, [''], 0);
    setFocus({ index: at, part: 'input' });
  };
  const remove = (index: number) => {
    replace(index, []);
    setFocus(value.length > 1 ? { index: Math.min(index, value.length - 2), part: 'input' } : { index: 0, part: 'add' });
  };
  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add(index + 1);
  };
  const onPaste = (index: number) => (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text');
    if (!/[,\n]/.test(text)) return;
    event.preventDefault();
    const pieces = text.split(/[,\r\n]+/).map((piece) => piece.trim()).filter(Boolean);
    const input = event.currentTarget;
    const before = input.value.slice(0, input.selectionStart ?? input.value.length);
    const after = input.value.slice(input.selectionEnd ?? input.value.length);
    if (!pieces.length) return;
    pieces[0] = before + pieces[0]!;
    pieces[pieces.length - 1] += after;
    replace(index, pieces);
    setFocus({ index: index + pieces.length - 1, part: 'input' });
  };

  return (
    <fieldset className="oce-list" ref={container} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
      <legend className="oce-visually-hidden">
        {name}
      </legend>
      {value.length === 0 && <p className="oce-list__empty">{placeholder ?? `No ${itemNoun}s.`}</p>}
      <ol className="oce-list__items">
        {value.map((item, index) => {
          const error = itemErrors[index];
          const errorId = `${id}-${index}-error`;
          const label = `${name} ${itemNoun} ${index + 1}`;
          return (
            <li key={index} className="oce-list__item">
              <input
                id={index === 0 ? id : undefined}
                ref={index === 0 ? inputRef : undefined}
                type="text"
                className="oce-input"
                data-index={index}
                data-part="input"
                aria-label={label}
                value={item}
                autoComplete="off"
                spellCheck={false}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                onChange={(event) => replace(index, [event.currentTarget.value])}
                onKeyDown={onKeyDown(index)}
                onPaste={onPaste(index)}
              />
              <span className="oce-list__actions">
                <button type="button" className="oce-button oce-button--small" data-index={index} data-part="up"
                  aria-label={`Move ${label} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                  ↑
                </button>
                <button type="button" className="oce-button oce-button--small" data-index={index} data-part="down"
                  aria-label={`Move ${label} down`} disabled={index === value.length - 1} onClick={() => move(index, 1)}>
                  ↓
                </button>
                <button type="button" className="oce-button oce-button--small" aria-label={`Remove ${label}`} onClick={() => remove(index)}>
                  Remove
                </button>
              </span>
              {error && (
                <p id={errorId} className="oce-error">
                  {error}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" className="oce-button" data-part="add" id={value.length ? undefined : id}
        aria-label={`Add ${itemNoun} to ${name}`} onClick={() => add(value.length)}>
        Add {itemNoun}
      </button>
    </fieldset>
  );
}
