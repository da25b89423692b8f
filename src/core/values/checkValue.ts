import { formatValue } from '../types/formatValue';
import type { OptionSchema, OptionValue } from '../schema/types';
import { optionTypes } from '../types/optionTypes';
import { itemRules } from './valueRules';

/**
 * Why oslo would not accept a typed value, or could not be made to read it back from a file; null when it
 * can. `strict` adds the project's own checks of documented forms (api_servers entries).
 */
export function checkValue(group: string, option: OptionSchema, value: OptionValue, strict = true): string | null {
  const written = formatValue(option, value);
  if ('error' in written) return `The value ${written.error}`;
  if (value === null) return null;
  const error = optionTypes[option.type].check(option, value);
  if (error || !strict) return error;
  const rule = itemRules[group]?.[option.dest];
  if (!rule) return null;
  const items = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return items.map(rule).find(Boolean) ?? null;
}
