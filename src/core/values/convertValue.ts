import type { OptionSchema, OptionValue } from '../schema/types';
import { pyStrip } from '../ini/pythonText';
import { checkHostAddress } from './checkHost';
import { checkUri } from './checkUri';
import { formatPercentG, pythonRepr } from './formatPython';
import { parsePythonFloat, parsePythonInt } from './parsePythonNumber';

export type Conversion = { value: OptionValue } | { error: string };

const TRUE_WORDS = ['true', '1', 'on', 'yes'];
const FALSE_WORDS = ['false', '0', 'off', 'no'];
const PORT_RANGE = { min: 0, max: 65535 };

/**
 * Converts the text oslo's parser hands on (after `$` substitution) to the option's type, with oslo's own
 * error message where oslo refuses it. For a multi valued option, `text` is one of its lines.
 */
export function convertValue(option: OptionSchema, text: string): Conversion {
  switch (option.type) {
    case 'boolean': {
      const word = text.toLowerCase();
      if (TRUE_WORDS.includes(word)) return { value: true };
      if (FALSE_WORDS.includes(word)) return { value: false };
      return { error: `Unexpected boolean value ${pythonRepr(text)}` };
    }
    case 'integer':
    case 'port':
    case 'float': {
      const stripped = pyStrip(text);
      if (stripped === '') return { value: null };
      const number = option.type === 'float' ? parsePythonFloat(stripped) : parsePythonInt(stripped);
      if (number === null) {
        const kind = option.type === 'float' ? 'could not convert string to float' : "invalid literal for int() with base 10";
        return { error: `${kind}: ${pythonRepr(text)}` };
      }
      const error = checkNumber(option, number);
      return error ? { error } : { value: number };
    }
    case 'list': {
      const stripped = pyStrip(text).replace(/,+$/, '');
      return { value: stripped ? stripped.split(',').map(pyStrip) : [] };
    }
    case 'dict':
      return convertDict(text);
    case 'uri':
      return checkUri(text);
    case 'hostaddress':
    case 'hostdomain':
      return checkHostAddress(text, option.type === 'hostdomain');
    default: {
      const error = checkChoice(option, text);
      return error ? { error } : { value: text };
    }
  }
}

function convertDict(text: string): Conversion {
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
}

/** The bounds and choices check oslo's Integer, Float and Port types make. */
export function checkNumber(option: OptionSchema, value: number): string | null {
  const numericChoices = option.choices.filter((choice) => typeof choice.value === 'number');
  if (numericChoices.length) {
    return numericChoices.some((choice) => choice.value === value)
      ? null
      : `Valid values are ${JSON.stringify(numericChoices.map((choice) => choice.value))}, but found ${formatPercentG(value)}`;
  }
  const range = option.type === 'port' ? PORT_RANGE : { min: null, max: null };
  const min = option.min ?? range.min;
  const max = option.max ?? range.max;
  if (min !== null && value < min) return `Should be greater than or equal to ${formatPercentG(min)}`;
  if (max !== null && value > max) return `Should be less than or equal to ${formatPercentG(max)}`;
  return null;
}

/** oslo's String type: with choices, the value must be one of them, case and all. */
export function checkChoice(option: OptionSchema, value: string): string | null {
  if (!option.choices.length || option.choices.some((choice) => choice.value === value)) return null;
  const listed = option.choices.map((choice) => (choice.value === null ? 'None' : String(choice.value))).join(', ');
  return `Valid values are [${listed}], but found ${pythonRepr(value)}`;
}
