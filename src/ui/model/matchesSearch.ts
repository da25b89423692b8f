import type { OptionSchema } from '../../core';

/** True when every word of the query is in the option's key, name, old names or help (any case). */
export function matchesSearch(option: OptionSchema, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = [option.dest, option.name, option.help, ...option.oldNames.map((old) => `${old.group} ${old.name}`)]
    .join('\n')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}
