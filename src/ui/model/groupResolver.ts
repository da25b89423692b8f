import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import type { GroupSchema, OptionSchema } from '../coreApi';
import { createGroupFormSchema } from './checkField';
import type { GroupFields } from './fieldState';

/**
 * A group form's resolver: the core's zod schemas through zodResolver, applied to the fields react-hook-form
 * names only. A keystroke names its field, so it parses an object of that one field (made once per option),
 * whatever the size of the group; a validation without names parses the whole group (made once per group).
 */
export function createGroupResolver(group: GroupSchema): Resolver<GroupFields> {
  const byDest = new Map(group.options.map((option) => [option.dest, option]));
  const single = new Map<string, Resolver<GroupFields>>();
  let whole: Resolver<GroupFields> | undefined;
  // Not raw: on success the values are the parsed object of the named fields, not a copy of the whole group.
  const resolve = (options?: readonly OptionSchema[]) =>
    zodResolver(createGroupFormSchema(group, options), undefined, { mode: 'sync' }) as unknown as Resolver<GroupFields>;

  const resolverFor = (names: readonly string[] | undefined): Resolver<GroupFields> => {
    if (!names) return (whole ??= resolve());
    if (names.length === 1) {
      const name = names[0]!;
      let resolver = single.get(name);
      if (!resolver) single.set(name, (resolver = resolve(byDest.has(name) ? [byDest.get(name)!] : [])));
      return resolver;
    }
    return resolve(names.flatMap((name) => byDest.get(name) ?? []));
  };
  return (values, context, options) => resolverFor(options.names)(values, context, options);
}
