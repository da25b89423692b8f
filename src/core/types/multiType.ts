import { pythonRepr } from '../python/formatPython';
import { checkString } from './checkString';
import { formatText } from './formatText';
import type { OptionTypeDefinition, TypedOption } from './optionType';
import { readTypedItem } from './readTypedItem';

/** A line's item: a string (MultiStrOpt), or of the item type of a MultiOpt the catalog's facts name. */
function readLine(option: TypedOption, text: string) {
  return option.facts?.item ? readTypedItem(option, text) : checkString(option, text);
}

/** oslo's MultiStrOpt, or a MultiOpt of another type: each line is one item, in the order oslo reads the lines. */
export const multiType: OptionTypeDefinition = {
  generatorNames: ['multi valued'],
  shape: 'list',
  holds: (value) => Array.isArray(value) && value.every((item) => typeof item === 'string'),
  convert: readLine,
  check(option, value) {
    for (const item of value as string[]) {
      const checked = readLine(option, item);
      if ('error' in checked) return checked.error;
      if (checked.doubt) return checked.doubt;
      if (checked.value !== item) return `oslo reads ${JSON.stringify(item)} as ${JSON.stringify(checked.value)}: write it that way`;
    }
    return null;
  },
  format(_option, value) {
    const items = value as string[];
    if (!items.length) return { error: 'has no item, which no line can write: leave it unset' };
    const texts: string[] = [];
    for (const item of items) {
      const text = formatText(item);
      if (typeof text !== 'string') return text;
      texts.push(text);
    }
    return { texts };
  },
  str: (value) => `[${(value as string[]).map(pythonRepr).join(', ')}]`,
  multiValued: true,
};
