import { normalizeSectionName } from '../ini/normalizeSectionName';
import type { ConfigSchema } from '../schema/types';
import type { PlacedOption } from './types';

/** An option that reads a key of a section: under its own name, or under an old one. */
export interface KeyReader extends PlacedOption {
  oldName: boolean;
}

const cache = new WeakMap<ConfigSchema, Map<string, KeyReader[]>>();

/** Who reads each key a schema gives a meaning to, by `section\nkey` with oslo's section name. */
export function keyReaders(schema: ConfigSchema): ReadonlyMap<string, readonly KeyReader[]> {
  let readers = cache.get(schema);
  if (readers) return readers;
  readers = new Map();
  const add = (key: string, reader: KeyReader) => readers!.set(key, [...(readers!.get(key) ?? []), reader]);
  for (const group of schema.groups) {
    const section = normalizeSectionName(group.name);
    for (const option of group.options) {
      add(`${section}\n${option.dest}`, { group: group.name, option, oldName: false });
      for (const old of option.oldNames) add(`${normalizeSectionName(old.group || group.name)}\n${old.name}`, { group: group.name, option, oldName: true });
    }
  }
  cache.set(schema, readers);
  return readers;
}
