import { showValue } from './showValue';
import type { OptionSchema } from '../schema/types';

/** What a release says of an option, in a line: `integer, at least 1, default 60`. */
export function describeOptionFacts(option: OptionSchema): string {
  const parts = [option.typeName.replace(/ value$/, '')];
  if (option.min !== null && option.max !== null) parts.push(`from ${option.min} to ${option.max}`);
  else if (option.min !== null) parts.push(`at least ${option.min}`);
  else if (option.max !== null) parts.push(`at most ${option.max}`);
  if (option.choices.length) {
    parts.push(`one of ${option.choices.map((choice) => (choice.value === null ? '<None>' : choice.value === '' ? "''" : String(choice.value))).join(', ')}`);
  }
  if (option.facts?.regex) parts.push(`matching ${option.facts.regex}`);
  parts.push(`default ${option.sampleDefault ?? option.defaultText ?? showValue(option, option.default)}`);
  if (option.required) parts.push('required');
  if (option.deprecatedForRemoval) parts.push(`deprecated for removal${option.deprecatedSince ? ` since ${option.deprecatedSince}` : ''}`);
  return parts.join(', ');
}
