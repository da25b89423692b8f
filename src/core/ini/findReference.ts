import type { ConfigSchema, OptionSchema } from '../schema/types';

/**
 * What a `$reference` names: an option and the group oslo reads it as (its sections and `$` context), an
 * error oslo raises, or `unresolved` where oslo's lookup fails with a KeyError and leaves `$reference` as written.
 */
export type ReferenceTarget = { option: OptionSchema; group: string } | { error: string } | { unresolved: true };

export interface ReferenceIndex {
  /** Options by group, then dest. */
  options: Map<string, Map<string, OptionSchema>>;
  /** Old names by the group oslo files them under (`DEFAULT` when the old name has none), then name. */
  oldNames: Map<string, Map<string, { option: OptionSchema; group: string }>>;
}

const indexes = new WeakMap<ConfigSchema, ReferenceIndex>();

/** Built once per schema: every check of the schema needs it, also a check of one group. */
export function indexReferences(schema: ConfigSchema): ReferenceIndex {
  let index = indexes.get(schema);
  if (!index) indexes.set(schema, (index = buildIndex(schema)));
  return index;
}

function buildIndex(schema: ConfigSchema): ReferenceIndex {
  const options = new Map(
    schema.groups.map((group) => [group.name, new Map(group.options.map((option) => [option.dest, option]))]),
  );
  const oldNames: ReferenceIndex['oldNames'] = new Map();
  for (const group of schema.groups) {
    for (const option of group.options) {
      for (const old of option.oldNames) {
        const byName = oldNames.get(old.group || 'DEFAULT') ?? new Map();
        oldNames.set(old.group || 'DEFAULT', byName);
        // A later option registering the same old name takes it over, as in oslo's map.
        byName.set(old.name.replaceAll('-', '_'), { option, group: group.name });
      }
    }
  }
  return { options, oldNames };
}

/** oslo's NoSuchOptError, the one error on which a `$` lookup tries [DEFAULT] instead. */
export function isNoSuchOption(error: string): boolean {
  return error.startsWith('no such option ');
}

/** A reference to an option or group the schema does not have. */
export function isNoSuchReference(error: string): boolean {
  return isNoSuchOption(error) || error.startsWith('no such group ');
}

/**
 * The option oslo's ConfigOpts._get(name, group) reads (a null group is [DEFAULT]), as the first step of its
 * StrSubWrapper: `$name` looks in the current group, `$group.name` in that group, and when that raises "no such
 * option" the whole reference is tried in [DEFAULT]. An old name stands for its option, which oslo then reads
 * as if it lived in the group the old name was looked up in.
 */
export function findOption(index: ReferenceIndex, group: string | null, name: string): ReferenceTarget {
  if (group === null && name !== 'DEFAULT' && index.options.has(name)) {
    return { error: `template substitution error: substituting group ${name} not supported` };
  }
  // [DEFAULT] is not a registered group: `$DEFAULT.x` names no group.
  if (group !== null && (group === 'DEFAULT' || !index.options.has(group))) return { error: `no such group [${group}]` };
  const context = group ?? 'DEFAULT';
  const options = index.options.get(context);
  const own = options?.get(name);
  if (own) return { option: own, group: context };
  const old = index.oldNames.get(context)?.get(name);
  if (!old) return { error: `no such option ${name} in group [${context}]` };
  // oslo looks the option's name up among the dests: a dashed name is not there (a KeyError).
  const option = (old.group === 'DEFAULT' ? options : index.options.get(old.group))?.get(old.option.name);
  return option ? { option, group: context } : { unresolved: true };
}
