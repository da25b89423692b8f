import type { Finding } from '../findings/types';
import type { ConfigSchema, OptionSchema, OptionValue } from '../schema/types';
import { type Conversion, convertValue } from '../values/convertValue';
import { pythonStr } from '../values/formatPython';
import { findOption, indexReferences, isNoSuchOption, type ReferenceTarget } from './findReference';
import { indexDocument } from './indexDocument';
import { normalizeSectionName } from './pythonText';
import { substitute } from './substitute';
import type { IniDocument, IniEntry } from './types';

export interface ConfigFile {
  name: string;
  document: IniDocument;
}

/** One line of a file that oslo reads for an option, under its name or an old one. */
export interface ValueSource {
  file: number;
  entry: IniEntry;
  /** True when the line uses an old (deprecated) name of the option. */
  oldName: boolean;
}

export interface ResolvedOption {
  group: string;
  option: OptionSchema;
  /** False when no file sets the option, so oslo uses its default. */
  isSet: boolean;
  /** The value oslo hands the service, or the default when unset; null where `error` is set. */
  value: OptionValue;
  /** The lines oslo takes the value from: the winning line, or every line of a multi valued option. */
  sources: ValueSource[];
  error: string | null;
}

export interface Resolution {
  /** The whole schema the files were read with, also when only some of its groups were resolved. */
  schema: ConfigSchema;
  files: ConfigFile[];
  /** The resolved options by group: every group of the schema, or the ones asked for. */
  options: Map<string, Map<string, ResolvedOption>>;
  findings: Finding[];
}

/**
 * Resolves every option of the schema from the files, later files winning, as oslo's repeated
 * `--config-file` does: old names, duplicate keys and sections, `$` substitution and type conversion.
 * Parse errors and the values oslo would refuse are findings of kind `invalid`. With `groups`, only those groups
 * are resolved and reported (others only as far as a `$` reference reads them), so that checking a few groups of
 * a large schema costs what those groups cost.
 */
export function resolveConfig(schema: ConfigSchema, files: ConfigFile[], groups?: ReadonlySet<string>): Resolution {
  const findings: Finding[] = [];
  for (const file of files) {
    for (const error of file.document.errors) {
      findings.push({
        group: null,
        option: null,
        file: file.name,
        line: error.line,
        kind: 'invalid',
        severity: 'error',
        title: `Parse error: ${error.message}`,
      });
    }
  }
  const references = indexReferences(schema);
  // By option, then by the group it is read as: a `$` reference through an old name can read an option as if
  // it lived in another group.
  const resolved = new Map<OptionSchema, Map<string, ResolvedOption>>();
  // The options being resolved, innermost last: meeting one again is oslo's endless recursion.
  const inProgress: { group: string; option: OptionSchema }[] = [];

  const resolve = (group: string, option: OptionSchema): ResolvedOption => {
    const known = resolved.get(option)?.get(group);
    if (known) return known;
    inProgress.push({ group, option });
    const sources = findSources(files, group, option);
    const raws = sources.map((source) => source.entry.value);
    const converted = !sources.length
      ? convertDefault(group, option)
      : option.type === 'multi'
        ? convertAll(group, option, raws)
        : convertOne(group, option, raws.at(-1)!);
    const isSet = sources.length > 0;
    const result: ResolvedOption = 'error' in converted
      ? { group, option, isSet, value: null, sources, error: converted.error }
      : { group, option, isSet, value: converted.value, sources, error: null };
    inProgress.pop();
    if (!resolved.has(option)) resolved.set(option, new Map());
    resolved.get(option)!.set(group, result);
    return result;
  };

  const convertOne = (group: string, option: OptionSchema, raw: string) => {
    const text = substitute(raw, (ref) => lookup(group, ref));
    return 'error' in text ? text : convertValue(option, text.value);
  };
  const convertAll = (group: string, option: OptionSchema, raws: string[]) => {
    const values: string[] = [];
    for (const raw of raws) {
      const converted = convertOne(group, option, raw);
      if ('error' in converted) return converted;
      values.push(converted.value as string);
    }
    return { value: values };
  };
  // oslo substitutes `$` in a default too (in each item of a list), and converts a text default.
  const convertDefault = (group: string, option: OptionSchema): Conversion => {
    const value = option.default;
    if (typeof value === 'string') return convertOne(group, option, value);
    if (!Array.isArray(value)) return { value };
    const items: string[] = [];
    for (const item of value) {
      const text = substitute(item, (ref) => lookup(group, ref));
      if ('error' in text) return text;
      items.push(text.value);
    }
    return { value: items };
  };

  // What `$reference` inserts, as oslo's StrSubWrapper finds it: `$name` in the current group, `$group.name` in
  // that group, and on "no such option" (even one raised deeper down) the whole reference in [DEFAULT].
  const lookup = (group: string, reference: string): { value: string } | { error: string } | null => {
    const dot = reference.indexOf('.');
    const first =
      dot >= 0
        ? read(findOption(references, reference.slice(0, dot), reference.slice(dot + 1)))
        : read(findOption(references, group === 'DEFAULT' ? null : group, reference));
    if (first && 'error' in first && isNoSuchOption(first.error)) return read(findOption(references, null, reference));
    return first;
  };
  // str() of the option's value, the error reading it raises, or null where oslo leaves `$reference` as written.
  const read = (target: ReferenceTarget): { value: string } | { error: string } | null => {
    if ('error' in target) return target;
    if ('unresolved' in target) return null;
    if (inProgress.some((open) => open.group === target.group && open.option === target.option)) {
      return { error: 'maximum recursion depth exceeded' };
    }
    const resolvedTarget = resolve(target.group, target.option);
    if (resolvedTarget.error) return { error: resolvedTarget.error };
    return { value: pythonStr(resolvedTarget.value, target.option.type) };
  };

  const reported = groups ? schema.groups.filter((group) => groups.has(group.name)) : schema.groups;
  for (const group of reported) {
    for (const option of group.options) {
      const result = resolve(group.name, option);
      if (result.error) {
        const source = result.sources.at(-1);
        findings.push({
          group: group.name,
          option: option.dest,
          file: source ? files[source.file]!.name : undefined,
          line: source ? source.entry.line : null,
          kind: 'invalid',
          severity: 'error',
          title: `[${group.name}] ${option.dest}: ${result.error}`,
        });
      } else if (option.required && result.value === null) {
        findings.push({
          group: group.name,
          option: option.dest,
          line: null,
          kind: 'invalid',
          severity: 'error',
          title: `value required for option ${option.dest} in group [${group.name}]`,
        });
      }
    }
  }
  // Keep the schema's order: substitution may have resolved some options early.
  const options = new Map(
    reported.map((group) => [
      group.name,
      new Map(group.options.map((option) => [option.dest, resolved.get(option)!.get(group.name)!])),
    ]),
  );
  return { schema, files, options, findings };
}

/**
 * The lines oslo reads an option from: the latest file that has it under any of its names decides, and
 * in that file the option's own name beats its old names. A multi valued option gathers every line.
 */
export function findSources(files: ConfigFile[], group: string, option: OptionSchema): ValueSource[] {
  const names = [
    { section: normalizeSectionName(group), key: option.dest, oldName: false },
    ...option.oldNames.map((old) => ({
      section: normalizeSectionName(old.group || group),
      key: old.name,
      oldName: true,
    })),
  ];
  const gathered: ValueSource[] = [];
  for (let file = files.length - 1; file >= 0; file -= 1) {
    const index = indexDocument(files[file]!.document);
    const inFile: ValueSource[] = [];
    for (const name of names) {
      const entries = index.get(name.section)?.get(name.key);
      if (!entries) continue;
      const sources = entries.map((entry) => ({ file, entry, oldName: name.oldName }));
      if (option.type !== 'multi') return sources;
      inFile.unshift(...sources);
    }
    gathered.unshift(...inFile);
  }
  return gathered;
}
