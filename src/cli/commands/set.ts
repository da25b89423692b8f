import type { ConfigSchema, OptionValue } from '../../core/schema/types';
import { convertValue } from '../../core/types/convertValue';
import { optionTypes } from '../../core/types/optionTypes';
import { createEditorSession, fieldKey, setField, unsetField } from '../../session';
import { type CliIo, UsageError } from '../io';
import { loadSchema, SCHEMA_OPTIONS } from '../loadSchema';
import { lastOption, parseArgs } from '../parseArgs';
import { printDiff, wantsDiff } from '../printDiff';
import { readFileToEdit } from '../readFileToEdit';
import { writeFileAtomically } from '../writeFileAtomically';
import { writeOptionsFromArgs } from '../writeOptionsFromArgs';

/**
 * `group.option` of the schema, or a usage error naming what is not there. Group names may hold dots themselves
 * (glance's `glance.store.swift.store`): the option is the part after the dot where the schema has both.
 */
function findOption(schema: ConfigSchema, path: string) {
  const dots = [...path.matchAll(/\./g)].map((match) => match.index);
  if (!dots.length || dots[0] === 0) throw new UsageError(`"${path}" is not group.option`);
  for (const dot of dots) {
    const [group, dest] = [path.slice(0, dot), path.slice(dot + 1)];
    const option = schema.groups.find((candidate) => candidate.name === group)?.options.find((o) => o.dest === dest);
    if (option) return { group, option };
  }
  const dot = dots.find((at) => schema.groups.some((group) => group.name === path.slice(0, at))) ?? dots[0]!;
  throw new UsageError(`no option "${path.slice(dot + 1)}" in group [${path.slice(0, dot)}] of the schema`);
}

export function set(argv: string[], io: CliIo): number {
  const args = parseArgs(argv, ['--force', '--diff'], ['--unset', '-o', ...SCHEMA_OPTIONS], { '--backup': '.bak' });
  const diff = wantsDiff(args);
  const [path, ...assignments] = args.positional;
  const unsets = args.options.get('--unset') ?? [];
  if (!path || (!assignments.length && !unsets.length)) {
    throw new UsageError('set needs FILE and at least one group.option=value or --unset group.option');
  }
  const schema = loadSchema(io, args);
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
      errors.push(`[${group}] ${option.dest}: oslo.config refuses it: ${converted.error}`);
      continue;
    }
    const key = `${group}.${option.dest}`;
    const previous = values.get(key)?.value;
    const value = optionTypes[option.type].multiValued ? [...((previous as string[] | undefined) ?? []), converted.value as string] : converted.value;
    values.set(key, { group, dest: option.dest, value });
  }
  // The file as the editor reads it: the session edits only the lines of the options that change.
  const session = createEditorSession({ schema });
  const imported = session.importText(path, text);
  if (!imported.ok) {
    errors.push(...imported.failure.errors.map((error) => `${path}:${error.line}: the file does not parse, so it is left alone: line ${error.line}: ${error.message}`));
  } else {
    const edited = new Set<string>();
    for (const { group, dest, value } of values.values()) {
      session.setField(group, dest, setField(findOption(schema, `${group}.${dest}`).option, value));
      edited.add(fieldKey(group, dest));
    }
    for (const unset of unsets) {
      const { group, option } = findOption(schema, unset);
      session.setField(group, option.dest, unsetField(option));
      edited.add(fieldKey(group, option.dest));
    }
    const view = session.getExport();
    // Only what the edits cause: a value already wrong elsewhere in the file is check's to report, not set's.
    const caused = view.problems.filter((problem) => problem.group && problem.option && edited.has(fieldKey(problem.group, problem.option)));
    errors.push(...caused.map((problem) => (problem.line === null ? `[${problem.group}] ${problem.option}: ${problem.message}` : `${path}:${problem.line}: ${problem.message}`)));
    if (!errors.length) {
      const out = lastOption(args, '-o') ?? path;
      if (diff) printDiff(io, text, view.previewText, path, out);
      else writeFileAtomically(io.fs, out, view.previewText, { basedOn: version, ...writeOptionsFromArgs(args) });
      return 0;
    }
  }
  io.stderr(`${path} left unchanged:\n${errors.map((error) => `  ${error}\n`).join('')}`);
  return 1;
}
