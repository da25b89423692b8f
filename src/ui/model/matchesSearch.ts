import type { OptionSchema } from '../../core';

// Built once per option: a search runs over every option of the schema at each keystroke in the search box.
const haystacks = new WeakMap<OptionSchema, string>();

/** True when every word of the query is in the option's key, name, old names or help (any case). */
export function matchesSearch(option: OptionSchema, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  let haystack = haystacks.get(option);
  if (haystack === undefined) {
    haystack = [option.dest, option.name, option.help, ...option.oldNames.map((old) => `${old.group} ${old.name}`)]
      .join('\n')
      .toLowerCase();
    haystacks.set(option, haystack);
  }
  return words.every((word) => haystack.includes(word));
}
