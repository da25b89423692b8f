import type { Finding } from '../findings/types';
import type { ConfigSchema, OptionSchema, OptionValue } from '../schema/types';
import { convertValue } from '../values/convertValue';
import { pythonStr } from '../values/formatPython';
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
  files: ConfigFile[];
  options: Map<string, Map<string, ResolvedOption>>;
  findings: Finding[];
}

/**
 * Resolves every option of the schema from the files, later files winning, as oslo's repeated
 * `--config-file` does: old names, duplicate keys and sections, `$` substitution and type conversion.
 * Parse errors and the values oslo would refuse are findings of kind `invalid`.
 */
export function resolveConfig(schema: ConfigSchema, files: ConfigFile[]): Resolution {
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
  const optionsByGroup = new Map(
    schema.groups.map((group) => [group.name, new Map(group.options.map((option) => [option.dest, option]))]),
  );
  const resolved = new Map<string, Map<string, ResolvedOption>>();
  const inProgress = new Set<string>();

  const resolve = (group: string, option: OptionSchema): ResolvedOption => {
    const known = resolved.get(group)?.get(option.dest);
    if (known) return known;
    const id = `${group}.${option.dest}`;
    inProgress.add(id);
    const sources = findSources(files, group, option);
    const raws = sources.map((source) => source.entry.value);
    let result: ResolvedOption;
    if (!sources.length) {
      const value = typeof option.default === 'string' ? substitute(option.default, (ref) => lookup(group, ref)) : null;
      result = value && 'error' in value
        ? { group, option, isSet: false, value: null, sources, error: value.error }
        : { group, option, isSet: false, value: value ? value.value : option.default, sources, error: null };
    } else {
      const converted = option.type === 'multi' ? convertAll(group, option, raws) : convertOne(group, option, raws.at(-1)!);
      result = 'error' in converted
        ? { group, option, isSet: true, value: null, sources, error: converted.error }
        : { group, option, isSet: true, value: converted.value, sources, error: null };
    }
    inProgress.delete(id);
    let groupMap = resolved.get(group);
    if (!groupMap) resolved.set(group, (groupMap = new Map()));
    groupMap.set(option.dest, result);
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

  // What `$reference` inserts: an option of this group, else of [DEFAULT]. `$group.name` names the group,
  // falling back to the whole reference as a [DEFAULT] option, as oslo's StrSubWrapper does.
  const lookup = (group: string, reference: string): { value: string } | { error: string } => {
    const dot = reference.indexOf('.');
    const targetGroup = dot >= 0 ? reference.slice(0, dot) : group;
    const name = dot >= 0 ? reference.slice(dot + 1) : reference;
    const groupOptions = optionsByGroup.get(targetGroup);
    if (dot >= 0 && (!groupOptions || targetGroup === 'DEFAULT')) return { error: `no such group [${targetGroup}]` };
    const owner = groupOptions?.has(name) ? targetGroup : 'DEFAULT';
    const option = optionsByGroup.get(owner)?.get(owner === targetGroup ? name : reference);
    if (!option) {
      if (dot < 0 && optionsByGroup.has(reference)) {
        return { error: `template substitution error: substituting group ${reference} not supported` };
      }
      return { error: `no such option ${reference} in group [DEFAULT]` };
    }
    if (inProgress.has(`${owner}.${option.dest}`)) return { error: 'maximum recursion depth exceeded' };
    const target = resolve(owner, option);
    return target.error ? { error: target.error } : { value: pythonStr(target.value) };
  };

  for (const group of schema.groups) {
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
    schema.groups.map((group) => [
      group.name,
      new Map(group.options.map((option) => [option.dest, resolved.get(group.name)!.get(option.dest)!])),
    ]),
  );
  return { files, options, findings };
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
