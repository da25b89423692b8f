import { normalizeSectionName } from '../ini/normalizeSectionName';
import type { ConfigSchema, OldName, OptionSchema } from '../schema/types';
import { keyReaders } from './keyReaders';
import type { PlacedOption, ReleaseSchema } from './types';

export interface BridgedSchema {
  /** The later release's schema, with the names only the earlier one reads as old names of their successors. */
  schema: ConfigSchema;
  /** The later release's own option of each option of `schema`. */
  original(option: OptionSchema): OptionSchema;
}

/**
 * The later release as if it still read every name the earlier one reads: each key of an option (its own, its old
 * names) that the later release reads for nothing becomes an old name of the option's successor. Reading a file with
 * it is reading what the file meant under the earlier release with the later one's options; migrating old names with
 * it writes every line under the name the later release reads.
 */
export function bridgeOldNames(from: ReleaseSchema, to: ReleaseSchema, successors: ReadonlyMap<OptionSchema, PlacedOption>): BridgedSchema {
  const readers = keyReaders(to.schema);
  const added = new Map<OptionSchema, OldName[]>();
  for (const group of from.schema.groups) {
    for (const option of group.options) {
      const successor = successors.get(option);
      if (!successor) continue;
      const names = [{ group: group.name, name: option.dest }, ...option.oldNames.map((old) => ({ group: old.group || group.name, name: old.name }))];
      for (const name of names) {
        const section = normalizeSectionName(name.group);
        if (readers.has(`${section}\n${name.name}`)) continue;
        const list = added.get(successor.option) ?? [];
        if (!list.some((old) => old.group === section && old.name === name.name)) added.set(successor.option, [...list, { group: section, name: name.name }]);
      }
    }
  }
  const originals = new Map<OptionSchema, OptionSchema>();
  const groups = to.schema.groups.map((group) => {
    if (!group.options.some((option) => added.has(option))) return group;
    const options = group.options.map((option) => {
      const extra = added.get(option);
      if (!extra) return option;
      const bridged = { ...option, oldNames: [...option.oldNames, ...extra] };
      originals.set(bridged, option);
      return bridged;
    });
    return { ...group, options };
  });
  return { schema: { ...to.schema, groups }, original: (option) => originals.get(option) ?? option };
}
