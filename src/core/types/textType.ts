import { formatText, singleLine } from './formatText';
import type { Conversion, OptionTypeDefinition, TypedOption } from './optionType';

/**
 * A type whose value is the text itself once oslo accepts it (strings, URIs, host names, addresses): `accept` is
 * oslo's check, and gives the text oslo keeps.
 */
export function textType(
  generatorNames: string[],
  accept: (option: TypedOption, text: string) => Conversion,
  extra: Partial<OptionTypeDefinition> = {},
): OptionTypeDefinition {
  return {
    generatorNames,
    shape: 'text',
    holds: (value) => typeof value === 'string',
    convert: accept,
    check(option, value) {
      const accepted = accept(option, value as string);
      if ('error' in accepted) return accepted.error;
      // What the editor writes must read back whatever the schema leaves unsaid.
      if (accepted.doubt) return accepted.doubt;
      // A host name with a final dot reads without it: the value would not come back as given.
      return accepted.value === value ? null : `oslo reads "${value as string}" as "${accepted.value as string}": write it that way`;
    },
    format: (_option, value) => singleLine(formatText(value as string)),
    str: (value) => value as string,
    ...extra,
  };
}
