import type { OptionSchema, OptionValue } from '../core/schema/types';
import { formatValue } from '../core/types/formatValue';
import { optionTypes } from '../core/types/optionTypes';

/** One key:value row of a dict editor; rows may repeat or be empty while the user types. */
export interface DictEntry {
  key: string;
  value: string;
}

/**
 * What a widget edits: close to the option's value, but able to hold a half-typed one (NaN for a number that does
 * not read yet, a repeated key).
 */
export type DraftValue = string | number | bigint | boolean | null | string[] | DictEntry[];

/**
 * An option as the editor holds it. `set: false` means the file leaves the option out, so oslo uses its
 * default; `set: true` with the default's value is a different file and stays different.
 */
export interface FieldState {
  set: boolean;
  value: DraftValue;
  /** Why the value an imported file (or initial values) gives is refused, in full; the first edit replaces it. */
  rejected?: string;
  /** A secret that was set, whose value the draft did not keep: it must be entered again. */
  withheld?: true;
}

export type GroupFields = Record<string, FieldState>;

/** The draft that shows an option's value, by the shape of its type: None shows as an empty input. */
function draftFromValue(option: OptionSchema, value: OptionValue): DraftValue {
  switch (optionTypes[option.type].shape) {
    case 'boolean':
      return value === true;
    case 'integer':
      return typeof value === 'number' || typeof value === 'bigint' ? value : null;
    case 'float':
      return typeof value === 'number' ? value : null;
    case 'list':
      return Array.isArray(value) ? [...value] : [];
    case 'dict':
      return value && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value).map(([key, item]) => ({ key, value: item }))
        : [];
    case 'text':
      return typeof value === 'string' ? value : value === null ? '' : String(value);
  }
}

/**
 * Unset: the file leaves the option out. The field holds no value of its own (an empty input, no items; a switch in
 * the default's position), so that the default shows as what it is, a default, and typing starts from nothing.
 */
export function unsetField(option: OptionSchema): FieldState {
  return { set: false, value: optionTypes[option.type].shape === 'boolean' ? option.default === true : draftFromValue(option, null) };
}

/**
 * Set to the default's value, written in the file; null when no line can say the default: a default worked out where
 * the service runs (`<host_ipv4>`), or None where an empty value would mean something else (an empty string).
 */
export function defaultField(option: OptionSchema): FieldState | null {
  if (option.defaultText !== null || 'error' in formatValue(option, option.default)) return null;
  return setField(option, option.default);
}

export function setField(option: OptionSchema, value: OptionValue): FieldState {
  return { set: true, value: draftFromValue(option, value) };
}

/** The typed value the core writes, or why the draft is not one yet. */
export function toOptionValue(option: OptionSchema, draft: DraftValue): { value: OptionValue } | { error: string } {
  switch (optionTypes[option.type].shape) {
    case 'integer':
    case 'float':
      if (typeof draft === 'number' && Number.isNaN(draft)) return { error: 'Enter a number' };
      return { value: draft as number | bigint | null };
    case 'dict': {
      const dict: Record<string, string> = {};
      const seen = new Set<string>();
      for (const entry of draft as DictEntry[]) {
        // oslo strips keys, so ` a` and `a` are the same key to it.
        const key = entry.key.trim();
        if (seen.has(key)) return { error: `Duplicate key ${key}` };
        seen.add(key);
        Object.defineProperty(dict, entry.key, { value: entry.value, enumerable: true, writable: true, configurable: true });
      }
      return { value: dict };
    }
    default:
      return { value: draft as OptionValue };
  }
}

export function sameField(a: FieldState, b: FieldState): boolean {
  return a.set === b.set && a.rejected === b.rejected && a.withheld === b.withheld && sameDraft(a.value, b.value);
}

function sameDraft(a: DraftValue, b: DraftValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameItem(item, b[index]!));
  }
  return Object.is(a, b);
}

function sameItem(a: string | DictEntry, b: string | DictEntry): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.key === b.key && a.value === b.value;
}
