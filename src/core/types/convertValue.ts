import { optionTypes } from './optionTypes';
import type { Conversion, TypedOption } from './optionType';

export type { Conversion };

/**
 * Converts the text oslo's parser hands on (after `$` substitution) to the option's type, with oslo's own
 * error message where oslo refuses it. For a multi valued option, `text` is one of its lines.
 */
export function convertValue(option: TypedOption, text: string): Conversion {
  return optionTypes[option.type].convert(option, text);
}
