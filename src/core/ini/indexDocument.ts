import type { IniDocument, IniEntry } from './types';

export type SectionIndex = Map<string, Map<string, IniEntry[]>>;

const cache = new WeakMap<IniDocument, SectionIndex>();

/** The document's entries by oslo's section name, then key, in file order; duplicate sections merge. */
export function indexDocument(document: IniDocument): SectionIndex {
  let index = cache.get(document);
  if (index) return index;
  index = new Map();
  for (const entry of document.entries) {
    let keys = index.get(entry.section.normalized);
    if (!keys) index.set(entry.section.normalized, (keys = new Map()));
    const list = keys.get(entry.key);
    if (list) list.push(entry);
    else keys.set(entry.key, [entry]);
  }
  cache.set(document, index);
  return index;
}
