import { formatValue } from '../types/formatValue';
import type { OptionSchema, OptionValue } from '../schema/types';
import { optionTypes } from '../types/optionTypes';
import { itemRules } from './valueRules';

/**
 * Why a typed value cannot be given, saying who cannot use it: oslo (it refuses the value, or would read another one
 * from the file), or the service (`strict`: the project's checks of forms a service documents, such as api_servers
 * entries); null when it can.
 */
export function checkValue(group: string, option: OptionSchema, value: OptionValue, strict = true): string | null {
  const written = formatValue(option, value);
  if ('error' in written) return `oslo.config would not read it back as given: the value ${written.error}`;
  if (value === null) return null;
  const error = optionTypes[option.type].check(option, value);
  // oslo's own words are quoted after who says them; the project's words about oslo already start with it.
  if (error) return error.startsWith('oslo ') ? error : `oslo.config refuses it: ${error}`;
  const rule = strict ? itemRules[group]?.[option.dest] : undefined;
  if (!rule) return null;
  const items = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const outside = items.map(rule.check).find(Boolean);
  return outside ? `${rule.service} cannot use it: ${outside}` : null;
}
