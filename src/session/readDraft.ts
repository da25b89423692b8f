import { parseIni } from '../core/ini/parseIni';
import type { ConfigSchema, OptionSchema } from '../core/schema/types';
import { describeIssue } from '../core/schema/readGeneratorData';
import { optionTypes } from '../core/types/optionTypes';
import { fromJsonValue } from '../core/values/jsonValue';
import { draftFormat, type SavedDraft, type SavedField, type SavedFields } from './draftFormat';
import { unsetField, type DraftValue, type FieldState, type GroupFields } from './fieldState';
import { emptyFields } from './importDocument';
import type { Draft } from './persistDraft';

/**
 * A stored draft read against the schema: the draft, or why it cannot be (damaged, or made for another schema). A
 * draft of format 1 kept its secrets without being asked: they are read, and withheld from the next save.
 */
export type DraftReading = { draft: Draft } | { damaged: string };

/**
 * Reads a stored draft, checking its format and every value against the schema: a draft that does not fit is not
 * partly used, it is reported whole (the session sets it aside).
 */
export function readDraft(schema: ConfigSchema, text: string): DraftReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { damaged: `it is not JSON (${(error as Error).message})` };
  }
  const parsed = draftFormat.safeParse(data);
  if (!parsed.success) return { damaged: describeIssue(parsed.error.issues[0]!) };
  // The checked JSON itself, not zod's copy: a key such as `__proto__` stays a key, and is refused below.
  const saved = data as SavedDraft;
  if (!schema.groups.some((group) => group.name === saved.group)) return { damaged: `it shows the group [${saved.group}], which this schema does not have` };
  const fields = readFields(schema, saved.fields, 'fields');
  if ('damaged' in fields) return fields;
  let document: Draft['document'] = null;
  if (saved.document) {
    const parsedText = parseIni(saved.document.text);
    if (parsedText.errors.length) return { damaged: `its imported file no longer parses: line ${parsedText.errors[0]!.line}: ${parsedText.errors[0]!.message}` };
    const baseline = readFields(schema, saved.document.baseline, 'imported values');
    if ('damaged' in baseline) return baseline;
    const sources = saved.document.sources;
    for (const [group, options] of Object.entries(sources)) {
      for (const dest of Object.keys(options)) {
        if (!optionOf(schema, group, dest)) return { damaged: `its imported file names [${group}] ${dest}, which this schema does not have` };
      }
    }
    const origin = saved.document.origin;
    document = { name: saved.document.name, text: saved.document.text, ...(origin !== undefined && { origin }), parsed: parsedText, baseline: baseline.fields, sources };
  }
  return {
    draft: { group: saved.group, fields: fields.fields, document, style: saved.style ?? 'minimal', keepSecrets: saved.keepSecrets ?? false },
  };
}

function optionOf(schema: ConfigSchema, group: string, dest: string): OptionSchema | undefined {
  return schema.groups.find((candidate) => candidate.name === group)?.options.find((option) => option.dest === dest);
}

/** The saved fields over unset ones, each checked against its option. */
function readFields(schema: ConfigSchema, saved: SavedFields, what: string): { fields: Record<string, GroupFields> } | { damaged: string } {
  const fields = emptyFields(schema);
  for (const [group, options] of Object.entries(saved)) {
    for (const [dest, field] of Object.entries(options)) {
      const option = optionOf(schema, group, dest);
      if (!option) return { damaged: `its ${what} set [${group}] ${dest}, which this schema does not have` };
      const read = readField(option, field);
      if (typeof read === 'string') return { damaged: `its ${what} give [${group}] ${dest} ${read}` };
      fields[group]![dest] = read;
    }
  }
  return { fields };
}

const EXPECTED = {
  boolean: 'true or false',
  integer: 'a whole number or nothing',
  float: 'a number or nothing',
  list: 'a list of texts',
  dict: 'a list of key and value pairs',
  text: 'a text',
} as const;

/** A saved field as the session holds it, or what is wrong with it. */
function readField(option: OptionSchema, saved: SavedField): FieldState | string {
  const rejected = saved.rejected !== undefined ? { rejected: saved.rejected } : {};
  if (saved.withheld) {
    if (!option.secret) return 'a withheld value, but it is not a secret option';
    return { ...unsetField(option), set: true, withheld: true, ...rejected };
  }
  if (saved.value === undefined) return 'no value';
  const value = fromJsonValue(saved.value) as DraftValue;
  const shape = optionTypes[option.type].shape;
  if (!fits(shape, value)) return `${JSON.stringify(saved.value).slice(0, 60)}, where ${EXPECTED[shape]} is expected`;
  return { set: saved.set, value, ...rejected };
}

function fits(shape: keyof typeof EXPECTED, value: DraftValue): boolean {
  switch (shape) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return value === null || typeof value === 'bigint' || (typeof value === 'number' && (Number.isInteger(value) || Number.isNaN(value)));
    case 'float':
      return value === null || typeof value === 'number';
    case 'list':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'dict':
      return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null);
    case 'text':
      return typeof value === 'string';
  }
}
