import type { GroupValues, WriteError } from '../ini/writeSection';
import type { ConfigSchema, GroupSchema, OptionSchema } from '../schema/types';
import { formatValue } from '../types/formatValue';

/** One set option with the INI text of each of its lines (several for a multi valued option). */
export interface FormattedEntry {
  group: GroupSchema;
  option: OptionSchema;
  texts: string[];
}

/**
 * The set options of every group, in the schema's order, each with the INI texts that oslo reads back as its value;
 * the errors name the values that cannot be written, and keys the schema does not have.
 */
export function formattedEntries(
  schema: ConfigSchema,
  values: Record<string, GroupValues>,
): { entries: FormattedEntry[]; errors: WriteError[] } {
  const entries: FormattedEntry[] = [];
  const errors: WriteError[] = [];
  for (const [name, groupValues] of Object.entries(values)) {
    const group = schema.groups.find((candidate) => candidate.name === name);
    for (const dest of Object.keys(groupValues)) {
      if (!group?.options.some((option) => option.dest === dest)) {
        errors.push({ group: name, option: dest, message: `no option "${dest}" in [${name}]` });
      }
    }
  }
  for (const group of schema.groups) {
    const groupValues = values[group.name] ?? {};
    for (const option of group.options) {
      if (!Object.hasOwn(groupValues, option.dest)) continue;
      const formatted = formatValue(option, groupValues[option.dest]!);
      if ('error' in formatted) errors.push({ group: group.name, option: option.dest, message: `${option.dest} ${formatted.error}` });
      else entries.push({ group, option, texts: formatted.texts });
    }
  }
  return { entries, errors };
}
