import { normalizeSectionName } from '../ini/normalizeSectionName';
import type { OptionSchema } from '../schema/types';
import { keyReaders } from './keyReaders';
import type { PlacedOption, ReleaseSchema } from './types';

export interface OptionMatch {
  /** The option of the later release that takes over each option of the earlier one. */
  successors: Map<OptionSchema, PlacedOption>;
  /** The option of the earlier release each option of the later one takes over. */
  predecessors: Map<OptionSchema, PlacedOption>;
}

/**
 * Which option of one release is which of another: the same group and key, else the option that lists the other's
 * group and key as an old name (a rename or a move). An option without a match was added or removed.
 */
export function matchOptions(from: ReleaseSchema, to: ReleaseSchema): OptionMatch {
  return { successors: matchInto(from, to), predecessors: matchInto(to, from) };
}

function matchInto(source: ReleaseSchema, target: ReleaseSchema): Map<OptionSchema, PlacedOption> {
  const targetReaders = keyReaders(target.schema);
  const sourceReaders = keyReaders(source.schema);
  const matches = new Map<OptionSchema, PlacedOption>();
  for (const group of source.schema.groups) {
    const section = normalizeSectionName(group.name);
    for (const option of group.options) {
      const readers = targetReaders.get(`${section}\n${option.dest}`) ?? [];
      // The same key read as an option's own name; else read as an old name (the target renamed or moved it); else
      // one of this option's old names is the target's own key (the source renamed or moved it), unless the source
      // has that key as an option of its own too.
      const own = readers.find((reader) => !reader.oldName);
      const renamed = readers.filter((reader) => reader.oldName);
      if (own) {
        matches.set(option, { group: own.group, option: own.option });
      } else if (renamed.length === 1) {
        matches.set(option, { group: renamed[0]!.group, option: renamed[0]!.option });
      } else if (!renamed.length) {
        const back = option.oldNames
          .map((old) => targetReaders.get(`${normalizeSectionName(old.group || group.name)}\n${old.name}`)?.find((reader) => !reader.oldName))
          .find((reader) => reader && !sourceReaders.get(`${normalizeSectionName(reader.group)}\n${reader.option.dest}`)?.some((other) => !other.oldName));
        if (back) matches.set(option, { group: back.group, option: back.option });
      }
    }
  }
  return matches;
}
