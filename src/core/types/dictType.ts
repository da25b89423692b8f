import { pythonRepr } from '../python/formatPython';
import { pyStrip } from '../python/pythonText';
import { formatText, singleLine } from './formatText';
import type { OptionTypeDefinition } from './optionType';

const isDict = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((item) => typeof item === 'string');

/** oslo's Dict type of strings: `key:value` pairs separated by commas. */
export const dictType: OptionTypeDefinition = {
  generatorNames: ['dict value'],
  shape: 'dict',
  holds: isDict,
  convert(_option, text) {
    // A Map, so that a key such as `__proto__` stays a plain key.
    const result = new Map<string, string>();
    const stripped = pyStrip(text);
    if (stripped === '') return { value: {} };
    const pairs = stripped.split(',');
    while (pairs.length) {
      // Like oslo, a piece without `:` is joined to the next one: `a,b:1` is the key `a,b`.
      let pair = pairs.shift()!;
      while (!pair.includes(':')) {
        if (!pairs.length) return { error: 'Value should be NAME:VALUE pairs separated by ","' };
        pair += `,${pairs.shift()!}`;
      }
      const colon = pair.indexOf(':');
      const key = pyStrip(pair.slice(0, colon));
      if (key === '') return { error: 'Key name should not be empty' };
      if (result.has(key)) return { error: `Duplicate key ${key}` };
      result.set(key, pyStrip(pair.slice(colon + 1)));
    }
    return { value: Object.fromEntries(result) };
  },
  check: () => null,
  format(_option, value) {
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
    return singleLine(formatText(pairs.join(',')));
  },
  str: (value) =>
    `{${Object.entries(value as Record<string, string>)
      .map(([key, item]) => `${pythonRepr(key)}: ${pythonRepr(item)}`)
      .join(', ')}}`,
};
