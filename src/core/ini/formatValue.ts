import type { OptionSchema, OptionValue } from '../schema/types';
import { pyStrip } from './pythonText';

export type Formatted = { texts: string[] } | { error: string };

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The INI text for a value, such that oslo reads back exactly that value: one text per line (several for a
 * multi valued option). A value oslo cannot be made to read back is refused with the reason.
 */
export function formatValue(option: OptionSchema, value: OptionValue): Formatted {
  if (value === null) {
    return ['integer', 'float', 'port'].includes(option.type)
      ? { texts: [''] }
      : { error: 'has no value: leave it unset so that oslo uses the default' };
  }
  switch (option.type) {
    case 'boolean':
      return typeof value === 'boolean' ? { texts: [String(value)] } : mismatch(option);
    case 'integer':
    case 'port':
      // Every digit: String(1e21) is "1e+21", which int() refuses.
      return Number.isInteger(value) ? { texts: [BigInt(value as number).toString()] } : mismatch(option);
    case 'float':
      return typeof value === 'number' ? { texts: [formatFloat(value)] } : mismatch(option);
    case 'list':
      return Array.isArray(value) ? single(formatList(value)) : mismatch(option);
    case 'dict':
      return isDict(value) ? single(formatDict(value)) : mismatch(option);
    case 'multi': {
      if (!Array.isArray(value)) return mismatch(option);
      if (!value.length) return { error: 'has no item, which no line can write: leave it unset' };
      const texts: string[] = [];
      for (const item of value) {
        const text = formatText(item);
        if (typeof text !== 'string') return text;
        texts.push(text);
      }
      return { texts };
    }
    default:
      return typeof value === 'string' ? single(formatText(value)) : mismatch(option);
  }
}

function single(text: string | { error: string }): Formatted {
  return typeof text === 'string' ? { texts: [text] } : text;
}

function mismatch(option: OptionSchema): { error: string } {
  return { error: `is not ${/^[aeiou]/i.test(option.typeName) ? 'an' : 'a'} ${option.typeName}` };
}

function isDict(value: OptionValue): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Python's float() reads `inf`, `nan` and JavaScript's shortest round-trip form alike. */
function formatFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  return Object.is(value, -0) ? '-0.0' : String(value);
}

/**
 * A string as oslo's parser and `$` substitution read it back: `$` doubled, and quotes around a value whose
 * ends are space or a matching quote (the parser strips both).
 */
export function formatText(value: string): string | { error: string } {
  if (/[\r\n]/.test(value)) return { error: 'contains a line break, which an INI value cannot hold' };
  if (value.includes('\\$')) {
    return { error: 'contains a backslash before "$", which oslo always reads as a plain "$"' };
  }
  if (LONE_SURROGATE.test(value)) return { error: 'contains text that is not valid Unicode' };
  const escaped = value.replaceAll('$', '$$$$');
  const first = escaped[0];
  const needsQuotes =
    pyStrip(escaped) !== escaped || (first !== undefined && (first === '"' || first === "'") && escaped.endsWith(first));
  return needsQuotes ? `"${escaped}"` : escaped;
}

function formatList(items: string[]): string | { error: string } {
  for (const [index, item] of items.entries()) {
    const where = `item ${index + 1} (${JSON.stringify(item)})`;
    if (item.includes(',')) return { error: `has ${where} with a comma, which oslo's lists cannot hold` };
    if (pyStrip(item) !== item) return { error: `has ${where} with spaces at an end, which oslo strips` };
  }
  if (items.length === 1 && items[0] === '') return { error: 'is a list of one empty item, which oslo reads as no item' };
  // oslo drops trailing commas before splitting, but keeps an item of spaces: `a, ,` reads ['a', ''].
  const ending = items.length > 1 && items[items.length - 1] === '' ? ' ,' : '';
  return formatText(items.join(',') + ending);
}

function formatDict(dict: Record<string, string>): string | { error: string } {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(dict)) {
    if (!key) return { error: 'has an empty key, which oslo refuses' };
    const parts = [
      [`the key ${JSON.stringify(key)}`, key],
      [`${JSON.stringify(value)} under the key ${JSON.stringify(key)}`, value],
    ] as const;
    for (const [where, text] of parts) {
      if (text.includes(',')) return { error: `has ${where} with a comma, which oslo's dicts cannot hold` };
      if (pyStrip(text) !== text) return { error: `has ${where} with spaces at an end, which oslo strips` };
    }
    if (key.includes(':')) return { error: `has the key ${JSON.stringify(key)} with ":", which separates keys from values` };
    pairs.push(`${key}:${value}`);
  }
  return formatText(pairs.join(','));
}
