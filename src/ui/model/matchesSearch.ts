import type { OptionSchema } from '../../core';

// Built once per option: a search runs over every option of the schema at each keystroke in the search box.
const helpTexts = new WeakMap<OptionSchema, string>();

// `database.connection` or `[database] connection`: an option of one group.
const QUALIFIED = /^\s*(?:\[([^\]\s]+)\]\s*|([^\s.[\]]+)\.)([^\s.[\]]+)\s*$/;

/** How well an option matches a search, best first; null when it does not. */
export enum SearchRank {
  ExactName,
  Name,
  OldName,
  Help,
}

/**
 * Where the words of a search are found in an option: its exact name, words of its name, an old name, or its help
 * (any case). `group.option` and `[group] option` find the options of that group whose name matches.
 */
export function searchRank(group: string, option: OptionSchema, query: string): SearchRank | null {
  const qualified = QUALIFIED.exec(query);
  if (qualified) {
    if ((qualified[1] ?? qualified[2])!.toLowerCase() !== group.toLowerCase()) return null;
    return rankWords(option, [qualified[3]!.toLowerCase()]);
  }
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length ? rankWords(option, words) : SearchRank.Name;
}

/** True when the option matches the search (every option, for an empty one). */
export function matchesSearch(group: string, option: OptionSchema, query: string): boolean {
  return searchRank(group, option, query) !== null;
}

function rankWords(option: OptionSchema, words: string[]): SearchRank | null {
  const names = `${option.dest}\n${option.name}`.toLowerCase();
  if (words.length === 1 && (option.dest.toLowerCase() === words[0] || option.name.toLowerCase() === words[0])) return SearchRank.ExactName;
  if (words.every((word) => names.includes(word))) return SearchRank.Name;
  const oldNames = option.oldNames.map((old) => `${old.group} ${old.name}`).join('\n').toLowerCase();
  if (words.every((word) => names.includes(word) || oldNames.includes(word))) return SearchRank.OldName;
  let help = helpTexts.get(option);
  if (help === undefined) helpTexts.set(option, (help = `${names}\n${oldNames}\n${option.help.toLowerCase()}`));
  return words.every((word) => help.includes(word)) ? SearchRank.Help : null;
}
