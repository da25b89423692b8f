import { pythonRepr } from '../python/formatPython';
import { pyStrip } from '../python/pythonText';
import { formatText, singleLine } from './formatText';
import type { Conversion, OptionTypeDefinition, TypedOption } from './optionType';
import { readTypedItem } from './readTypedItem';

const isList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * oslo's List type: stripped, trailing commas dropped, inside `[` `]` where the option says so, split on commas; a
 * piece the item type refuses takes the next one with it. Items are kept as the text of what the item type gives.
 */
function convertList(option: TypedOption, text: string): Conversion {
  let inner = pyStrip(text).replace(/,+$/, '');
  if (option.facts?.bounds) {
    if (!inner.startsWith('[')) return { error: 'Value should start with "["' };
    if (!inner.endsWith(']')) return { error: 'Value should end with "]"' };
    inner = inner.slice(1, -1);
  }
  const pieces = inner ? inner.split(',') : [];
  const items: string[] = [];
  let doubt: string | undefined;
  while (pieces.length) {
    let piece = pieces.shift()!;
    let read = readTypedItem(option, piece);
    const first = read;
    while ('error' in read && pieces.length) {
      piece += `,${pieces.shift()!}`;
      read = readTypedItem(option, piece);
    }
    if ('error' in read) return first;
    doubt ??= read.doubt;
    items.push(read.value);
  }
  return doubt ? { value: items, doubt } : { value: items };
}

/** oslo's List type: of strings, unless the catalog's facts say what its items are. */
export const listType: OptionTypeDefinition = {
  generatorNames: ['list value'],
  shape: 'list',
  holds: isList,
  convert: convertList,
  check(option, value) {
    if (!option.facts?.item) return null;
    for (const [index, item] of (value as string[]).entries()) {
      const read = readTypedItem(option, item);
      if ('error' in read) return `item ${index + 1} (${JSON.stringify(item)}): ${read.error}`;
      if (read.value !== item) return `oslo reads item ${index + 1} (${JSON.stringify(item)}) as ${JSON.stringify(read.value)}: write it that way`;
    }
    return null;
  },
  format(option, value) {
    const items = value as string[];
    for (const [index, item] of items.entries()) {
      const where = `item ${index + 1} (${JSON.stringify(item)})`;
      if (item.includes(',')) return { error: `has ${where} with a comma, which oslo's lists cannot hold` };
      if (pyStrip(item) !== item) return { error: `has ${where} with spaces at an end, which oslo strips` };
    }
    if (items.length === 1 && items[0] === '') return { error: 'is a list of one empty item, which oslo reads as no item' };
    if (option.facts?.bounds) return singleLine(formatText(`[${items.join(',')}]`));
    // oslo drops trailing commas before splitting, but keeps an item of spaces: `a, ,` reads ['a', ''].
    const ending = items.length > 1 && items[items.length - 1] === '' ? ' ,' : '';
    return singleLine(formatText(items.join(',') + ending));
  },
  str: (value) => `[${(value as string[]).map(pythonRepr).join(', ')}]`,
};
