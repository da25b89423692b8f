import { editDocument, type OptionEdit } from '../../core/ini/editDocument';
import type { ConfigSchema, OptionValue } from '../../core/schema/types';
import { checkValue } from '../../core/values/checkValue';
import { convertValue } from '../../core/types/convertValue';
import { type CliIo, UsageError } from '../io';
import { loadSchema } from '../loadSchema';
import { lastOption, parseArgs } from '../parseArgs';
import { readFileToEdit } from '../readFileToEdit';
import { writeFileAtomically } from '../writeFileAtomically';
import { writeOptionsFromArgs } from '../writeOptionsFromArgs';

/** `group.option` of the schema, or a usage error naming what is not there. */
function findOption(schema: ConfigSchema, path: string) {
  const dot = path.indexOf('.');
  if (dot <= 0) throw new UsageError(`"${path}" is not group.option`);
  const [group, dest] = [path.slice(0, dot), path.slice(dot + 1)];
  const option = schema.groups.find((candidate) => candidate.name === group)?.options.find((o) => o.dest === dest);
  if (!option) throw new UsageError(`no option "${dest}" in group [${group}] of the schema`);
  return { group, option };
}

export function set(argv: string[], io: CliIo): number {
  const args = parseArgs(argv, ['--force'], ['--unset', '-o', '--schema'], { '--backup': '.bak' });
  const [path, ...assignments] = args.positional;
  const unsets = args.options.get('--unset') ?? [];
  if (!path || (!assignments.length && !unsets.length)) {
    throw new UsageError('set needs FILE and at least one group.option=value or --unset group.option');
  }
  const schema = loadSchema(io, lastOption(args, '--schema'));
  const { text, version } = readFileToEdit(io, path);

  // The text after `=` is the value as the option should read it: `$` is literal, lists split on commas, and
  // a multi valued option takes one item per assignment.
  const values = new Map<string, { group: string; dest: string; value: OptionValue }>();
  const errors: string[] = [];
  for (const assignment of assignments) {
    const equal = assignment.indexOf('=');
    if (equal < 0) throw new UsageError(`"${assignment}" is not group.option=value`);
    const { group, option } = findOption(schema, assignment.slice(0, equal));
    const converted = convertValue(option, assignment.slice(equal + 1));
    if ('error' in converted) {
      errors.push(`[${group}] ${option.dest}: ${converted.error}`);
      continue;
    }
    const key = `${group}.${option.dest}`;
    const previous = values.get(key)?.value;
    const value = option.type === 'multi' ? [...((previous as string[] | undefined) ?? []), converted.value as string] : converted.value;
    values.set(key, { group, dest: option.dest, value });
  }
  const edits: OptionEdit[] = [];
  for (const { group, dest, value } of values.values()) {
    const { option } = findOption(schema, `${group}.${dest}`);
    const error = checkValue(group, option, value);
    if (error) errors.push(`[${group}] ${dest}: ${error}`);
    edits.push({ group, option: dest, value });
  }
  for (const unset of unsets) {
    const { group, option } = findOption(schema, unset);
    edits.push({ group, option: option.dest });
  }
  if (!errors.length) {
    const edited = editDocument(schema, text, edits);
    if ('text' in edited) {
      writeFileAtomically(io.fs, lastOption(args, '-o') ?? path, edited.text, { basedOn: version, ...writeOptionsFromArgs(args) });
      return 0;
    }
    errors.push(...edited.errors.map((error) => `${error.line === null ? '' : `${path}:${error.line}: `}${error.message}`));
  }
  io.stderr(`${path} left unchanged:\n${errors.map((error) => `  ${error}\n`).join('')}`);
  return 1;
}
