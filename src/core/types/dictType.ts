import { pythonRepr } from '../python/formatPython';
import { pyStrip } from '../python/pythonText';
import { convertItem } from './convertItem';
import { formatText, singleLine } from './formatText';
import type { Conversion, OptionTypeDefinition, TypedOption } from './optionType';

const isDict = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((item) => typeof item === 'string');

/**
 * oslo's Dict type: `key:value` pairs separated by commas, inside `{` `}` where the option says so. A piece that is
 * no pair, or whose value the value type refuses, takes the next piece with it. Values are kept as the text of what
 * the value type gives (plain text where the option says nothing of them).
 */
function convertDict(option: TypedOption, text: string): Conversion {
  // A Map, so that a key such as `__proto__` stays a plain key.
  const result = new Map<string, string>();
  let stripped = pyStrip(text);
  if (option.facts?.bounds) {
    if (!stripped.startsWith('{')) return { error: 'Value should start with "{"' };
    if (!stripped.endsWith('}')) return { error: 'Value should end with "}"' };
    stripped = stripped.slice(1, -1);
  }
  if (stripped === '') return { value: {} };
  const item = option.facts?.item;
  const pieces = stripped.split(',');
  let doubt: string | undefined;
  while (pieces.length) {
    let pair = pieces.shift()!;
    let first: { error: string } | null = null;
    let read: { key: string; value: string; doubt?: string } | null = null;
    for (;;) {
      const colon = pair.indexOf(':');
      const value = colon < 0 ? null : item ? convertItem(item, pair.slice(colon + 1)) : { value: pyStrip(pair.slice(colon + 1)) };
      const attempt = value === null ? { error: 'Value should be NAME:VALUE pairs separated by ","' } : value;
      if (!('error' in attempt)) {
        read = { key: pyStrip(pair.slice(0, colon)), ...attempt };
        break;
      }
      first ??= attempt;
      // Like oslo, a piece that does not read is joined to the next one: `a,b:1` is the key `a,b`.
      if (!pieces.length) return first;
      pair += `,${pieces.shift()!}`;
    }
    if (read.key === '') return { error: 'Key name should not be empty' };
    if (result.has(read.key)) return { error: `Duplicate key ${read.key}` };
    doubt ??= read.doubt;
    result.set(read.key, read.value);
  }
  const value = Object.fromEntries(result);
  return doubt ? { value, doubt } : { value };
}

/** oslo's Dict type: of strings, unless the catalog's facts say what its values are. */
export const dictType: OptionTypeDefinition = {
  generatorNames: ['dict value'],
  shape: 'dict',
  holds: isDict,
  convert: convertDict,
  check(option, value) {
    const item = option.facts?.item;
    if (!item) return null;
    for (const [key, text] of Object.entries(value as Record<string, string>)) {
      const read = convertItem(item, text);
      if ('error' in read) return `${JSON.stringify(text)} under the key ${JSON.stringify(key)}: ${read.error}`;
      if (read.value !== text) return `oslo reads ${JSON.stringify(text)} under the key ${JSON.stringify(key)} as ${JSON.stringify(read.value)}: write it that way`;
    }
    return null;
  },
  format(option, value) {
    const pairs: string[] = [];
    for (const [key, item] of Object.entries(value as Record<string, string>)) {
      if (!key) return { error: 'has an empty key, which oslo refuses' };
      // oslo joins a piece without ":" to the next one, so a key may hold commas; a value may not.
      if (key.includes(':')) return { error: `has the key ${JSON.stringify(key)} with ":", which separates keys from values` };
      if (pyStrip(key) !== key) return { error: `has the key ${JSON.stringify(key)} with spaces at an end, which oslo strips` };
      const where = `${JSON.stringify(item)} under the key ${JSON.stringify(key)}`;
      if (item.includes(',')) return { error: `has ${where} with a comma, which oslo's dicts cannot hold` };
      if (pyStrip(item) !== item) return { error: `has ${where} with spaces at an end, which oslo strips` };
      pairs.push(`${key}:${item}`);
    }
    const text = pairs.join(',');
    return singleLine(formatText(option.facts?.bounds ? `{${text}}` : text));
  },
  str: (value) =>
    `{${Object.entries(value as Record<string, string>)
      .map(([key, item]) => `${pythonRepr(key)}: ${pythonRepr(item)}`)
      .join(', ')}}`,
};
