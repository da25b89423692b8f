import { pyStrip } from '../python/pythonText';
import { convertItem } from './convertItem';
import { dictType } from './dictType';
import type { TypedOption } from './optionType';

/**
 * One item of a list or of a multi valued option as the option's item type reads it, as text (a dict item as
 * `key:value` pairs); plain text where the option says nothing of its items.
 */
export function readTypedItem(option: TypedOption, piece: string): { value: string; doubt?: string } | { error: string } {
  const item = option.facts?.item;
  if (!item) return { value: pyStrip(piece) };
  if (item.type !== 'Dict') return convertItem(item, piece);
  const dict = dictType.convert({ ...option, type: 'dict', facts: {} }, pyStrip(piece));
  if ('error' in dict) return dict;
  return { value: Object.entries(dict.value as Record<string, string>).map(([key, value]) => `${key}:${value}`).join(',') };
}
