import { z } from '../zod';
import { typeOfGeneratorName } from '../types/optionTypes';
import type { CatalogFacts } from '../catalog/readCatalogFacts';
import type { OptionFacts } from '../types/optionType';
import type { ConfigSchema, GroupSchema, OptionSchema } from './types';
import { readDefault } from './readDefault';
import { serviceOfNamespaces } from './serviceOfNamespaces';

const nullishString = () => z.nullish(z.string());
const nullishBoolean = () => z.nullish(z.boolean());

// What makes an entry an option at all; anything else wrong in it makes the option read-only, not the schema wrong.
const optionIdentity = z.object({ name: z.string().check(z.minLength(1)), dest: z.string().check(z.minLength(1)) });

const rawOption = z.object({
  name: z.string(),
  dest: z.string(),
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

const rawGroup = z.object({
  help: nullishString(),
  opts: z.array(z.unknown()),
  dynamic_group_owner: nullishString(),
  driver_option: nullishString(),
  driver_opts: z.nullish(z.record(z.string(), z.array(z.string()))),
});

const rawSchema = z.object({
  options: z.record(z.string(), rawGroup),
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

/** Where a zod issue is, by its path (`at options.glance.opts.0.dest: ...`), and what it says. */
export function describeIssue(issue: z.core.$ZodIssue, prefix: (string | number)[] = []): string {
  const path = [...prefix, ...issue.path.map(String)];
  return `at ${path.length ? path.join('.') : '(top level)'}: ${issue.message}`;
}

/**
 * Reads `oslo-config-generator --format json|yaml` output, already decoded, into the editor's model. Data that is
 * not such output is refused with a SchemaError naming the first thing wrong and its path. An option the editor
 * cannot model (a type it does not know, a field it cannot read) is kept read-only, with the reason. With `facts`
 * (a catalog schema's), every option gets what its real type checks beyond generator output.
 */
export function readGeneratorData(data: unknown, sourceName = 'schema', facts?: CatalogFacts): ConfigSchema {
  const parsed = rawSchema.safeParse(data);
  if (!parsed.success) {
    throw new SchemaError(`${sourceName}: not oslo-config-generator output: ${describeIssue(parsed.error.issues[0]!)}`);
  }
  const groups: GroupSchema[] = Object.entries(parsed.data.options).map(([groupName, group]) => {
    const options: OptionSchema[] = [];
    const byDest = new Map<string, { option: OptionSchema; entry: unknown }>();
    group.opts.forEach((entry, index) => {
      const path = ['options', groupName, 'opts', index];
      const identity = optionIdentity.safeParse(entry);
      if (!identity.success) {
        throw new SchemaError(`${sourceName}: not oslo-config-generator output: ${describeIssue(identity.error.issues[0]!, path)}`);
      }
      const option = readOption(entry as Record<string, unknown>, path, facts && (facts[groupName]?.[(entry as { dest: string }).dest] ?? {}));
      const earlier = byDest.get(option.dest);
      if (!earlier) {
        byDest.set(option.dest, { option, entry });
        options.push(option);
      } else if (withoutNamespace(earlier.entry) !== withoutNamespace(entry)) {
        // Two namespaces register the option differently: the service fails to start with both (oslo's
        // DuplicateOptError), and which one a file means cannot be told.
        earlier.option.readOnlyReason ??= `the schema defines [${groupName}] ${option.dest} twice, differently (${path.join('.')})`;
      }
    });
    return {
      name: groupName,
      help: group.help ?? '',
      options,
      dynamicOwner: group.dynamic_group_owner || null,
      driver: group.driver_option ? { option: group.driver_option, options: group.driver_opts ?? {} } : null,
    };
  });
  const movedOptions = Object.entries(parsed.data.deprecated_options ?? {}).flatMap(([oldGroup, moves]) =>
    moves.map((move) => ({
      oldGroup,
      oldName: move.name,
      group: move.replacement_group,
      name: move.replacement_name,
    })),
  );
  const namespaces = Object.values(parsed.data.options).flatMap((group) =>
    group.opts.map((entry) => (entry as { namespace?: unknown }).namespace).filter((name): name is string => typeof name === 'string'),
  );
  const service = serviceOfNamespaces(namespaces);
  return service ? { groups, movedOptions, service } : { groups, movedOptions };
}

/** An option's entry as text, but for the namespace that listed it: the same option listed twice compares equal. */
function withoutNamespace(entry: unknown): string {
  return JSON.stringify(entry, (key, value: unknown) => (key === 'namespace' ? undefined : value));
}

function readOption(entry: Record<string, unknown>, path: (string | number)[], facts: OptionFacts | undefined): OptionSchema {
  const groupName = String(path[1]);
  const parsed = rawOption.safeParse(entry);
  const raw: Partial<RawOption> = parsed.success ? parsed.data : pickReadable(entry);
  const name = entry.name as string;
  const dest = entry.dest as string;
  const typeName = typeof entry.type === 'string' ? entry.type : String(entry.type);
  // A MultiOpt of another type is named by its item type: each of its lines is one item of that type. A type of the
  // service's own code is named as the oslo type it derives from, but converts as its code says.
  const type = facts?.multi ? 'multi' : facts?.customType ? 'unknown' : typeOfGeneratorName(typeName);
  const base = {
    name,
    dest,
    type: type ?? 'unknown',
    typeName,
    choices: (raw.choices ?? []).map(([value, description]) => ({ value, description })),
    min: raw.min ?? null,
    max: raw.max ?? null,
    ...(facts && { facts }),
  } as const;
  const { value, text } = readDefault(base, entry.default, raw.sample_default);
  let readOnlyReason: string | null = null;
  if (!parsed.success) readOnlyReason = `the schema's entry for it cannot be read: ${describeIssue(parsed.error.issues[0]!, path)}`;
  else if (!type) readOnlyReason = `the generator names its type "${typeName}", which the editor does not know: it cannot check or write its values`;
  return {
    ...base,
    default: value,
    defaultText: text,
    help: raw.help ?? '',
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
      .map((old) => ({ group: old.group ?? '', name: old.name ?? dest }))
      // oslo.messaging lists `[DEFAULT] rpc_conn_pool_size` as its own old name: a file's line of it is the option's own.
      .filter((old) => !(old.name === dest && (old.group === '' || old.group.toLowerCase() === groupName.toLowerCase()))),
    readOnlyReason,
  };
}

/** The fields of a malformed entry that can still be read, so that the option shows what it can. */
function pickReadable(entry: Record<string, unknown>): Partial<RawOption> {
  const readable: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(rawOption.shape)) {
    if (field.safeParse(entry[key]).success) readable[key] = entry[key];
  }
  return readable as Partial<RawOption>;
}
