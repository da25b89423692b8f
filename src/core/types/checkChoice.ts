import { pythonRepr } from '../python/formatPython';
import type { Conversion, TypedOption } from './optionType';

/**
 * oslo's String type with choices: the value must be one of them. oslo compares without case when the option
 * says `ignore_case`, which the generator does not write: without the catalog's facts of the option, a choice in
 * another case is a doubt, not an error.
 */
export function checkChoice(option: TypedOption, value: string): Conversion {
  if (!option.choices.length || option.choices.some((choice) => choice.value === value)) return { value };
  const listed = option.choices.map((choice) => (choice.value === null ? 'None' : String(choice.value)));
  const sameButCase = listed.find((choice) => choice.toLowerCase() === value.toLowerCase());
  if (sameButCase !== undefined && option.facts?.ignoreCase) return { value };
  if (sameButCase !== undefined && option.facts === undefined) {
    return {
      value,
      doubt: `oslo accepts ${pythonRepr(value)} only if this option ignores case, which the schema does not say: write ${sameButCase}, which it accepts either way`,
    };
  }
  return { error: `Valid values are [${listed.join(', ')}], but found ${pythonRepr(value)}` };
}
