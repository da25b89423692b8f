import type { OptionValue, TypedOption } from '../types/optionType';
import { optionTypes } from '../types/optionTypes';

/**
 * A value of an option as an operator reads it in a message: as a file would write it (a float as Python writes
 * it: `16.0`), `<None>` for None, `''` for empty.
 */
export function showValue(option: TypedOption, value: OptionValue): string {
  if (value === null) return '<None>';
  if (value === '') return "''";
  if (typeof value === 'number' && option.type === 'float') return optionTypes.float.str(value);
  if (Array.isArray(value)) return value.length ? value.join(',') : "''";
  if (typeof value === 'object') return Object.entries(value).map(([key, item]) => `${key}:${item}`).join(',') || "''";
  return String(value);
}
