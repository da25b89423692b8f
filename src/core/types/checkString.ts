import { pythonRepr } from '../python/formatPython';
import { checkChoice } from './checkChoice';
import type { Conversion, TypedOption } from './optionType';

const compiled = new Map<string, RegExp>();

/** A Python regex as JavaScript runs it: the same syntax for what options use (classes, anchors, groups). */
function pythonRegex(pattern: string, ignoreCase: boolean): RegExp {
  const key = `${ignoreCase ? 'i' : ''}/${pattern}`;
  let regex = compiled.get(key);
  if (!regex) compiled.set(key, (regex = new RegExp(pattern, ignoreCase ? 'iu' : 'u')));
  return regex;
}

/**
 * oslo's String type: one pair of outer quotes stripped where the option says so, a maximum length, a regex searched
 * in the value, and choices (compared without case where the option says so). What the option says is known for the
 * catalog's services; without it, only the choices are checked.
 */
export function checkString(option: TypedOption, text: string): Conversion {
  const facts = option.facts;
  let value = text;
  if (facts?.quotes && value && (value[0] === '"' || value[0] === "'")) {
    if (value.length === 1 || value.at(-1) !== value[0]) return { error: `Non-closed quote: ${value}` };
    value = value.slice(1, -1);
  }
  if (facts?.maxLength && [...value].length > facts.maxLength) {
    return { error: `Value '${value}' exceeds maximum length ${facts.maxLength}` };
  }
  if (facts?.regex !== undefined && !pythonRegex(facts.regex, facts.ignoreCase === true).test(value)) {
    return { error: `Value ${pythonRepr(value)} doesn't match regex ${pythonRepr(facts.regex)}` };
  }
  return checkChoice(option, value);
}
