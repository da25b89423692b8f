import { writeSection } from '../../core/ini/writeSection';
import type { GroupValues } from '../../core/ini/writeSection';
import type { OptionValue } from '../../core/schema/types';
import { createGroupSchema } from '../../core/values/createValueSchema';
import { type CliIo, readText, UsageError } from '../io';
import { fromJsonValue } from '../../core/values/jsonValue';
import { loadSchema, SCHEMA_OPTIONS } from '../loadSchema';
import { lastOption, parseArgs } from '../parseArgs';

export function exportSections(argv: string[], io: CliIo): number {
  const args = parseArgs(argv, ['--annotated'], ['--values', ...SCHEMA_OPTIONS]);
  const valuesPath = lastOption(args, '--values');
  if (!valuesPath || args.positional.length) throw new UsageError('export takes --values V.json and no other arguments');
  const schema = loadSchema(io, args);
  const valuesText = readText(io, valuesPath);
  let input: unknown;
  try {
    input = JSON.parse(valuesText);
  } catch (error) {
    throw new UsageError(`${valuesPath} is not JSON: ${(error as Error).message}`);
  }
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    throw new UsageError(`${valuesPath} must hold an object of groups, e.g. {"glance": {"num_retries": 3}}`);
  }

  const errors: string[] = [];
  const sections: string[] = [];
  for (const [groupName, rawValues] of Object.entries(input)) {
    const group = schema.groups.find((candidate) => candidate.name === groupName);
    if (!group) {
      errors.push(`no group [${groupName}] in the schema`);
      continue;
    }
    const values = Object.fromEntries(
      Object.entries((rawValues ?? {}) as Record<string, unknown>).map(([dest, value]) => [dest, fromJsonValue(value)]),
    );
    const parsed = createGroupSchema(group).safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const option = issue.path.length ? `${String(issue.path[0])}: ` : '';
        errors.push(`[${groupName}] ${option}${issue.message}`);
      }
      continue;
    }
    const written = writeSection(group, values as GroupValues & Record<string, OptionValue>, args.flags.has('--annotated') ? 'annotated' : 'minimal');
    if ('errors' in written) errors.push(...written.errors.map((error) => `[${error.group}] ${error.message}`));
    else sections.push(written.text);
  }
  if (errors.length) {
    io.stderr(`nothing exported:\n${errors.map((error) => `  ${error}\n`).join('')}`);
    return 1;
  }
  io.stdout(sections.join('\n'));
  return 0;
}
