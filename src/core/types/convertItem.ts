import { pythonFloatRepr } from '../python/formatPython';
import { parsePythonFloat, parsePythonInt } from '../python/parsePythonNumber';
import { pyStrip } from '../python/pythonText';
import { booleanType } from './booleanType';
import { checkHostAddress, checkHostname, checkIpAddress } from './checkHost';
import { checkNumber } from './checkNumber';
import { checkUri } from './checkUri';
import type { OptionFacts, TypedOption } from './optionType';

type Item = NonNullable<OptionFacts['item']>;

/**
 * One item of a list (or value of a dict) as oslo's item type converts it, as the text of what it gives: `007` an
 * Integer item gives 7, written `7`. An item type the editor does not know is taken as written, with a doubt.
 */
export function convertItem(item: Item, raw: string): { value: string; doubt?: string } | { error: string } {
  const text = pyStrip(raw);
  const bounded = (value: number | bigint, bounds: { min: number | null; max: number | null }) => {
    const option: TypedOption = { type: 'integer', typeName: '', choices: (item.choices ?? []).map((choice) => ({ value: Number(choice), description: null })), min: item.min ?? bounds.min, max: item.max ?? bounds.max };
    return checkNumber(option, value);
  };
  switch (item.type) {
    case 'String':
      if (item.choices?.length && !item.choices.includes(text)) return { error: `Valid values are [${item.choices.join(', ')}], but found '${text}'` };
      return { value: text };
    case 'Integer':
    case 'Port': {
      const number = parsePythonInt(text);
      if (number === null) return { error: `invalid literal for int() with base 10: '${text}'` };
      const error = bounded(number, item.type === 'Port' ? { min: 0, max: 65535 } : { min: null, max: null });
      return error ? { error } : { value: String(number) };
    }
    case 'Float': {
      const number = parsePythonFloat(text);
      if (number === null) return { error: `could not convert string to float: '${text}'` };
      const error = bounded(number, { min: null, max: null });
      return error ? { error } : { value: pythonFloatRepr(number) };
    }
    case 'Boolean': {
      const converted = booleanType.convert({ type: 'boolean', typeName: '', choices: [], min: null, max: null }, text);
      return 'error' in converted ? converted : { value: converted.value ? 'True' : 'False' };
    }
    case 'IPAddress':
      return checkIpAddress(text);
    case 'HostAddress':
      return checkHostAddress(text, false);
    case 'HostDomain':
      return checkHostAddress(text, true);
    case 'Hostname':
      return checkHostname(text);
    case 'URI':
      return checkUri(text);
    default:
      return { value: text, doubt: `oslo converts each item with the service's own ${item.type}, which the editor cannot check` };
  }
}
