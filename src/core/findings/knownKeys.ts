import { normalizeSectionName } from '../ini/normalizeSectionName';
import type { ConfigSchema, OptionSchema } from '../schema/types';

/** The keys the schema gives a meaning to, as `section\nkey` with oslo's section name. */
export interface KnownKeys {
  /** Options under their own name. */
  own: ReadonlySet<string>;
  /** Old names of options, with the options that read them (an old name may be two options', as oslo.db's are). */
  old: ReadonlyMap<string, readonly { group: string; option: OptionSchema }[]>;
}

const cache = new WeakMap<ConfigSchema, KnownKeys>();

/** Computed once per schema: the finders ask for every line, and a check may cover only a few groups. */
export function knownKeys(schema: ConfigSchema): KnownKeys {
  let known = cache.get(schema);
  if (known) return known;
  const own = new Set<string>();
  const old = new Map<string, { group: string; option: OptionSchema }[]>();
  for (const group of schema.groups) {
    const section = normalizeSectionName(group.name);
    for (const option of group.options) {
      own.add(`${section}\n${option.dest}`);
      for (const name of option.oldNames) {
        const key = `${normalizeSectionName(name.group || group.name)}\n${name.name}`;
        old.set(key, [...(old.get(key) ?? []), { group: group.name, option }]);
      }
    }
  }
  cache.set(schema, (known = { own, old }));
  return known;
}
