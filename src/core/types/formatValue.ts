import { optionTypes } from './optionTypes';
import type { Formatted, OptionValue, TypedOption } from './optionType';

export type { Formatted };
export { formatText } from './formatText';

/**
 * The INI text for a value, such that oslo reads back exactly that value: one text per line (several for a
 * multi valued option). A value oslo cannot be made to read back is refused with the reason.
 */
export function formatValue(option: TypedOption, value: OptionValue): Formatted {
  const definition = optionTypes[option.type];
  if (value === null) {
    return definition.emptyIsNone ? { texts: [''] } : { error: 'has no value: leave it unset so that oslo uses the default' };
  }
  if (!definition.holds(value)) {
    return { error: `is not ${/^[aeiou]/i.test(option.typeName) ? 'an' : 'a'} ${option.typeName}` };
  }
  return definition.format(option, value);
}
