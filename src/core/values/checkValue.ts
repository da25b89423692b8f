import { formatValue } from '../ini/formatValue';
import type { OptionSchema, OptionValue } from '../schema/types';
import { checkHostAddress } from './checkHost';
import { checkUri } from './checkUri';
import { checkChoice, checkNumber } from './convertValue';
import { itemRules } from './valueRules';

/**
 * Why oslo would not accept a typed value, or could not be made to read it back from a file; null when it
 * can. `strict` adds the project's own checks of documented forms (api_servers entries).
 */
export function checkValue(group: string, option: OptionSchema, value: OptionValue, strict = true): string | null {
  const written = formatValue(option, value);
  if ('error' in written) return `The value ${written.error}`;
  if (value === null) return null;
  let error: string | null = null;
  switch (option.type) {
    case 'integer':
    case 'port':
    case 'float':
      error = checkNumber(option, value as number);
      break;
    case 'uri': {
      const uri = checkUri(value as string);
      error = 'error' in uri ? uri.error : null;
      break;
    }
    case 'hostaddress':
    case 'hostdomain': {
      const host = checkHostAddress(value as string, option.type === 'hostdomain');
      if ('error' in host) error = host.error;
      else if (host.value !== value) error = `oslo reads "${value as string}" as "${host.value}": write it that way`;
      break;
    }
    case 'string':
      error = checkChoice(option, value as string);
      break;
    case 'multi':
      error = (value as string[]).map((item) => checkChoice(option, item)).find(Boolean) ?? null;
      break;
    default:
      break;
  }
  if (error || !strict) return error;
  const rule = itemRules[group]?.[option.dest];
  if (!rule) return null;
  const items = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return items.map(rule).find(Boolean) ?? null;
}
