import { checkDocuments } from '../core/checkFiles';
import { refusalOf } from '../core/ini/resolveConfig';
import { parseIni } from '../core/ini/parseIni';
import type { ConfigSchema, OptionValue } from '../core/schema/types';
import { stringifyValues } from '../core/values/jsonValue';
import { setField, toOptionValue, unsetField, type GroupFields } from './fieldState';
import type { ImportedDocument, ImportFailure, OptionSource } from './types';

/**
 * Reads a file as oslo would: each option takes the value oslo resolves (old names included); a value oslo
 * refuses keeps its reason. A file that does not parse is refused whole, as oslo refuses it.
 */
export function importDocument(
  schema: ConfigSchema,
  name: string,
  text: string,
): { document: ImportedDocument; fields: Record<string, GroupFields> } | { failure: ImportFailure } {
  const parsed = parseIni(text);
  if (parsed.errors.length) return { failure: { name, errors: parsed.errors } };
  const { resolution } = checkDocuments(schema, [{ name, document: parsed }]);
  const fields: Record<string, GroupFields> = {};
  const sources: Record<string, Record<string, OptionSource>> = {};
  for (const group of schema.groups) {
    const groupFields: GroupFields = {};
    const groupSources: Record<string, OptionSource> = {};
    for (const option of group.options) {
      const resolved = resolution.options.get(group.name)?.get(option.dest);
      if (!resolved?.isSet) {
        groupFields[option.dest] = unsetField(option);
        continue;
      }
      const rejected = refusalOf(resolved);
      groupFields[option.dest] = rejected ? { ...unsetField(option), set: true, rejected } : setField(option, resolved.value);
      const source = resolved.sources.at(-1)!;
      groupSources[option.dest] = {
        line: source.entry.line,
        section: source.entry.section.name,
        key: source.entry.key,
        oldName: source.oldName,
      };
    }
    fields[group.name] = groupFields;
    sources[group.name] = groupSources;
  }
  return { document: { name, text, parsed, baseline: fields, sources }, fields };
}

/** Every option unset: what a new file holds. */
export function emptyFields(schema: ConfigSchema): Record<string, GroupFields> {
  return Object.fromEntries(
    schema.groups.map((group) => [group.name, Object.fromEntries(group.options.map((o) => [o.dest, unsetField(o)]))]),
  );
}

/**
 * `fields` with the given values set on top. A value that the option's widget cannot hold (a string for an
 * integer) is kept as a refused value, so that it shows and blocks the export instead of turning into another
 * value; keys the schema does not have are ignored.
 */
export function withValues(
  schema: ConfigSchema,
  fields: Record<string, GroupFields>,
  values: Record<string, Record<string, OptionValue>>,
): Record<string, GroupFields> {
  const next = { ...fields };
  for (const group of schema.groups) {
    const groupValues = values[group.name];
    if (!groupValues || !next[group.name]) continue;
    const groupFields = { ...next[group.name] };
    for (const option of group.options) {
      if (!Object.hasOwn(groupValues, option.dest)) continue;
      const value = groupValues[option.dest]!;
      const field = setField(option, value);
      const held = toOptionValue(option, field.value);
      groupFields[option.dest] =
        'value' in held && sameValue(held.value, value)
          ? field
          : { ...unsetField(option), set: true, rejected: `oslo.config refuses it: ${stringifyValues(value)} is not of type ${option.typeName}` };
    }
    next[group.name] = groupFields;
  }
  return next;
}

function sameValue(a: OptionValue, b: OptionValue): boolean {
  return Object.is(a, b) || (typeof a === 'object' && stringifyValues(a) === stringifyValues(b));
}
