import { pythonRepr } from '../python/formatPython';
import { pyStrip } from '../python/pythonText';
import { formatText, singleLine } from './formatText';
import type { OptionTypeDefinition } from './optionType';

const isList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** oslo's List type of strings (the generator does not say when the items are of another type). */
export const listType: OptionTypeDefinition = {
  generatorNames: ['list value'],
  shape: 'list',
  holds: isList,
  convert(_option, text) {
    // Trailing commas go before the split, so `a,,` is one item while `a, ,` keeps an empty one.
    const stripped = pyStrip(text).replace(/,+$/, '');
    return { value: stripped ? stripped.split(',').map(pyStrip) : [] };
  },
  check: () => null,
  format(_option, value) {
    const items = value as string[];
    for (const [index, item] of items.entries()) {
      const where = `item ${index + 1} (${JSON.stringify(item)})`;
      if (item.includes(',')) return { error: `has ${where} with a comma, which oslo's lists cannot hold` };
      if (pyStrip(item) !== item) return { error: `has ${where} with spaces at an end, which oslo strips` };
    }
    if (items.length === 1 && items[0] === '') return { error: 'is a list of one empty item, which oslo reads as no item' };
    const ending = items.length > 1 && items[items.length - 1] === '' ? ' ,' : '';
    return singleLine(formatText(items.join(',') + ending));
  },
  str: (value) => `[${(value as string[]).map(pythonRepr).join(', ')}]`,
};
