import { z } from '../zod';
import type { ConfigSchema, GroupSchema, OptionSchema, OptionType, OptionValue } from './types';

const TYPE_NAMES: Record<string, OptionType> = {
  'string value': 'string',
  'integer value': 'integer',
  'floating point value': 'float',
  'boolean value': 'boolean',
  'list value': 'list',
  'dict value': 'dict',
  'multi valued': 'multi',
  'port value': 'port',
  'uri value': 'uri',
  'host address value': 'hostaddress',
  'host domain value': 'hostdomain',
};

const nonEmpty = () => z.string().check(z.minLength(1));
const nullishString = () => z.nullish(z.string());
const nullishBoolean = () => z.nullish(z.boolean());

const rawOption = z.object({
  name: nonEmpty(),
  dest: nonEmpty(),
  type: z.string(),
  default: z.optional(z.unknown()),
  help: nullishString(),
  choices: z.nullish(z.array(z.tuple([z.union([z.string(), z.number(), z.null()]), z.nullable(z.string())]))),
  min: z.nullish(z.number()),
  max: z.nullish(z.number()),
  required: nullishBoolean(),
  secret: nullishBoolean(),
  advanced: nullishBoolean(),
  mutable: nullishBoolean(),
  sample_default: z.optional(z.unknown()),
  deprecated_for_removal: nullishBoolean(),
  deprecated_reason: nullishString(),
  deprecated_since: z.nullish(z.union([z.string(), z.number()])),
  deprecated_opts: z.nullish(z.array(z.object({ group: nullishString(), name: nullishString() }))),
});

const rawSchema = z.object({
  options: z.record(z.string(), z.object({ help: nullishString(), opts: z.array(rawOption) })),
  deprecated_options: z.nullish(
    z.record(
      z.string(),
      z.array(z.object({ name: z.string(), replacement_group: z.string(), replacement_name: z.string() })),
    ),
  ),
});

type RawOption = z.infer<typeof rawOption>;

export class SchemaError extends Error {
  override name = 'SchemaError';
}

/**
 * Reads `oslo-config-generator --format json|yaml` output, already decoded, into the editor's model. Throws a
 * SchemaError that names the first thing wrong (with its path) when the data is not such output.
 */
export function readGeneratorData(data: unknown, sourceName = 'schema'): ConfigSchema {
  const parsed = rawSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    throw new SchemaError(
      `${sourceName}: not oslo-config-generator output: at ${where}: ${issue.message}`,
    );
  }
  const groups: GroupSchema[] = Object.entries(parsed.data.options).map(([groupName, group]) => ({
    name: groupName,
    help: group.help ?? '',
    options: group.opts.map((opt, index) => readOption(opt, `${sourceName}: options.${groupName}.opts.${index}`)),
  }));
  for (const group of groups) {
    const seen = new Set<string>();
    for (const option of group.options) {
      if (seen.has(option.dest)) {
        throw new SchemaError(`${sourceName}: option "${option.dest}" appears twice in group [${group.name}]`);
      }
      seen.add(option.dest);
    }
  }
  const movedOptions = Object.entries(parsed.data.deprecated_options ?? {}).flatMap(([oldGroup, moves]) =>
    moves.map((move) => ({
      oldGroup,
      oldName: move.name,
      group: move.replacement_group,
      name: move.replacement_name,
    })),
  );
  return { groups, movedOptions };
}

function readOption(raw: RawOption, where: string): OptionSchema {
  const type = TYPE_NAMES[raw.type];
  if (!type) {
    throw new SchemaError(
      `${where} (${raw.dest}): unknown type "${raw.type}"; known: ${Object.keys(TYPE_NAMES).join(', ')}`,
    );
  }
  return {
    name: raw.name,
    dest: raw.dest,
    type,
    typeName: raw.type,
    default: readDefault(raw.default, type, `${where} (${raw.dest})`),
    help: raw.help ?? '',
    choices: (raw.choices ?? []).map(([value, description]) => ({ value, description })),
    min: raw.min ?? null,
    max: raw.max ?? null,
    required: raw.required ?? false,
    secret: raw.secret ?? false,
    advanced: raw.advanced ?? false,
    mutable: raw.mutable ?? false,
    sampleDefault: raw.sample_default == null ? null : String(raw.sample_default),
    deprecatedForRemoval: raw.deprecated_for_removal ?? false,
    deprecatedReason: raw.deprecated_reason ?? null,
    deprecatedSince: raw.deprecated_since == null ? null : String(raw.deprecated_since),
    oldNames: (raw.deprecated_opts ?? [])
      .filter((old) => old.name || old.group)
      .map((old) => ({ group: old.group ?? '', name: old.name ?? raw.dest })),
  };
}

function readDefault(value: unknown, type: OptionType, where: string): OptionValue {
  if (value === undefined || value === null) return null;
  const fail = (): never => {
    throw new SchemaError(`${where}: default ${JSON.stringify(value)} does not fit ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} option`);
  };
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean' ? value : fail();
    case 'integer':
    case 'port': {
      const number = typeof value === 'string' ? Number(value) : value;
      return typeof number === 'number' && Number.isInteger(number) ? number : fail();
    }
    case 'float': {
      const number = typeof value === 'string' ? Number(value) : value;
      return typeof number === 'number' && !Number.isNaN(number) ? number : fail();
    }
    case 'list':
    case 'multi':
      return Array.isArray(value) ? value.map(String) : fail();
    case 'dict':
      return typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, String(v)]))
        : fail();
    default:
      return typeof value === 'string' || typeof value === 'number' ? String(value) : fail();
  }
}
