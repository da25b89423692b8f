import { pythonRepr } from '../python/formatPython';
import type { ConfigSchema, OptionSchema, OptionValue } from '../schema/types';
import { optionTypes } from '../types/optionTypes';
import { convertValue } from '../types/convertValue';
import { findOption, indexReferences, isNoSuchOption, isNoSuchReference, type ReferenceTarget } from './findReference';
import { indexDocument } from './indexDocument';
import { normalizeSectionName } from './normalizeSectionName';
import { type Lookup, type ReadFailure, substitute } from './substitute';
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
  /** The value oslo hands the service, or the default when unset; null where `error` or `computed` is set. */
  value: OptionValue;
  /** The lines oslo takes the value from: the winning line, or every line of a multi valued option. */
  sources: ValueSource[];
  /** What oslo says is wrong when the service reads the option, in its words; null when it reads a value. */
  error: string | null;
  /**
   * The text of the exception the service gets: `error`, after the `Value for option ... from LocationInfo(...) is
   * not valid: ` with which oslo names where a value that does not convert came from.
   */
  osloMessage: string | null;
  /**
   * What `error` hides: oslo reports any failure to read an option of [DEFAULT] other than a bad value as "no such
   * option" of that option (the service reads it as CONF.name); this is the failure.
   */
  cause: string | null;
  /**
   * Where the value is only known where the service runs: the default's documentation (`<host_ipv4>`), also when
   * the value substitutes such a default.
   */
  computed: string | null;
  /** Why oslo may refuse the value although the schema cannot say it does (a choice in another case). */
  doubt: string | null;
}

/** Something oslo refuses (a line that does not parse, a value it cannot convert), or may refuse. */
export interface ResolutionProblem {
  group: string | null;
  option: string | null;
  file?: string;
  line: number | null;
  /** `parse` and `value` are errors oslo raises; a `doubt` is a value oslo may refuse. */
  kind: 'parse' | 'value' | 'doubt';
  message: string;
  explanation?: string;
}

export interface Resolution {
  /** The whole schema the files were read with, also when only some of its groups were resolved. */
  schema: ConfigSchema;
  files: ConfigFile[];
  /** The resolved options by group: every group of the schema, or the ones asked for. */
  options: Map<string, Map<string, ResolvedOption>>;
  problems: ResolutionProblem[];
}

type Outcome = { value: OptionValue; doubt?: string } | ReadFailure | { computed: string };

// How oslo names a value read from a file in the message of a ValueError (Locations.user).
const USER_LOCATION = 'LocationInfo(location=<Locations.user: (4, True)>';

/**
 * Resolves every option of the schema from the files, later files winning, as oslo's repeated
 * `--config-file` does: old names, duplicate keys and sections, `$` substitution and type conversion.
 * Parse errors and the values oslo would refuse are its problems. A default is never refused: oslo checks defaults
 * when the service registers its options. With `groups`, only those groups are resolved and reported (others only
 * as far as a `$` reference reads them), so that checking a few groups of a large schema costs what those groups
 * cost.
 */
export function resolveConfig(schema: ConfigSchema, files: ConfigFile[], groups?: ReadonlySet<string>): Resolution {
  const problems: ResolutionProblem[] = [];
  for (const file of files) {
    for (const error of file.document.errors) {
      problems.push({ group: null, option: null, file: file.name, line: error.line, kind: 'parse', message: `Parse error: ${error.message}` });
    }
  }
  const references = indexReferences(schema);
  // By option, then by the group it is read as: a `$` reference through an old name can read an option as if
  // it lived in another group.
  const resolved = new Map<OptionSchema, Map<string, ResolvedOption>>();
  // The options being resolved, innermost last: meeting one again is oslo's endless recursion.
  const inProgress: { group: string; option: OptionSchema }[] = [];
  // What reading an option raises to a `$` reference to it: oslo's _get, before CONF.name reports it otherwise.
  const failures = new Map<ResolvedOption, ReadFailure>();

  const resolve = (group: string, option: OptionSchema): ResolvedOption => {
    const known = resolved.get(option)?.get(group);
    if (known) return known;
    inProgress.push({ group, option });
    const sources = findSources(files, group, option);
    const raws = sources.map((source) => source.entry.value);
    const outcome: Outcome = !sources.length
      ? convertDefault(group, option)
      : optionTypes[option.type].multiValued
        ? convertAll(group, option, raws)
        : convertOne(group, option, raws.at(-1)!);
    // A value that does not convert is a ValueError, which oslo prefixes with where a value from a file came from.
    const failure =
      'error' in outcome
        ? {
            error: outcome.valueError && sources.length ? `Value for option ${option.name} from ${USER_LOCATION}, detail=${pythonRepr(locationDetail(files, group, option, sources))}) is not valid: ${outcome.error}` : outcome.error,
            valueError: outcome.valueError,
          }
        : null;
    // The service reads [DEFAULT] options as CONF.name, which turns any other failure into "no such option".
    const hidden = failure !== null && group === 'DEFAULT' && !failure.valueError;
    const result: ResolvedOption = {
      group,
      option,
      isSet: sources.length > 0,
      value: 'value' in outcome ? outcome.value : null,
      sources,
      error: hidden ? `no such option ${option.dest} in group [DEFAULT]` : 'error' in outcome ? outcome.error : null,
      osloMessage: hidden ? `no such option ${option.dest} in group [DEFAULT]` : (failure?.error ?? null),
      cause: hidden ? failure.error : null,
      computed: 'computed' in outcome ? outcome.computed : null,
      doubt: ('doubt' in outcome && outcome.doubt) || null,
    };
    if (failure) failures.set(result, failure);
    inProgress.pop();
    if (!resolved.has(option)) resolved.set(option, new Map());
    resolved.get(option)!.set(group, result);
    return result;
  };

  const convertOne = (group: string, option: OptionSchema, raw: string): Outcome => {
    const text = substitute(raw, (ref) => lookup(group, ref));
    if (!('value' in text)) return text;
    const converted = convertValue(option, text.value);
    return 'error' in converted ? { error: converted.error, valueError: true } : converted;
  };
  const convertAll = (group: string, option: OptionSchema, raws: string[]): Outcome => {
    const values: string[] = [];
    let doubt: string | undefined;
    for (const raw of raws) {
      const converted = convertOne(group, option, raw);
      if (!('value' in converted)) return converted;
      doubt ??= converted.doubt;
      values.push(converted.value as string);
    }
    return doubt ? { value: values, doubt } : { value: values };
  };
  // oslo substitutes `$` in a default too (in each item of a list), and converts a text default. A default is
  // never refused: a reference outside the schema (a schema of a few groups) leaves it to the service to compute,
  // while an error of a line it references is the file's.
  const convertDefault = (group: string, option: OptionSchema): Outcome => {
    if (option.defaultText !== null) return { computed: option.defaultText };
    const value = option.default;
    const outside = { computed: typeof value === 'string' ? value : JSON.stringify(value) };
    const substituted = (text: string) =>
      substitute(text, (ref) => (referenceExists(group, ref) ? lookup(group, ref) : outside));
    if (typeof value === 'string') {
      const text = substituted(value);
      if (!('value' in text)) return text;
      const converted = convertValue({ ...option, choices: [] }, text.value);
      return 'value' in converted ? { value: converted.value } : { computed: value };
    }
    if (!Array.isArray(value)) return { value };
    const items: string[] = [];
    for (const item of value) {
      const text = substituted(item);
      if (!('value' in text)) return text;
      items.push(text.value);
    }
    return { value: items };
  };

  // Whether the schema has what a reference names, in the group or in [DEFAULT].
  const referenceExists = (group: string, reference: string): boolean => {
    const dot = reference.indexOf('.');
    const first =
      dot >= 0
        ? findOption(references, reference.slice(0, dot), reference.slice(dot + 1))
        : findOption(references, group === 'DEFAULT' ? null : group, reference);
    return !('error' in first && isNoSuchReference(first.error)) || !('error' in findOption(references, null, reference));
  };
  // What `$reference` inserts, as oslo's StrSubWrapper finds it: `$name` in the current group, `$group.name` in
  // that group, and on "no such option" (even one raised deeper down) the whole reference in [DEFAULT].
  const lookup: (group: string, reference: string) => ReturnType<Lookup> = (group, reference) => {
    const dot = reference.indexOf('.');
    const first =
      dot >= 0
        ? read(findOption(references, reference.slice(0, dot), reference.slice(dot + 1)))
        : read(findOption(references, group === 'DEFAULT' ? null : group, reference));
    if (first && 'error' in first && isNoSuchOption(first.error)) return read(findOption(references, null, reference));
    return first;
  };
  // str() of the option's value (None inserts nothing), the error reading it raises, or null where oslo leaves
  // `$reference` as written.
  const read = (target: ReferenceTarget): ReturnType<Lookup> => {
    if ('error' in target) return { error: target.error, valueError: false };
    if ('unresolved' in target) return null;
    if (inProgress.some((open) => open.group === target.group && open.option === target.option)) {
      return { error: 'maximum recursion depth exceeded', valueError: false };
    }
    const resolvedTarget = resolve(target.group, target.option);
    const failure = failures.get(resolvedTarget);
    if (failure) return failure;
    if (resolvedTarget.computed !== null) return { computed: resolvedTarget.computed };
    const { value } = resolvedTarget;
    return { value: value === null ? '' : optionTypes[target.option.type].str(value) };
  };

  const reported = groups ? schema.groups.filter((group) => groups.has(group.name)) : schema.groups;
  for (const group of reported) {
    for (const option of group.options) {
      const result = resolve(group.name, option);
      const source = result.sources.at(-1);
      const where = { group: group.name, option: option.dest, file: source && files[source.file]!.name, line: source ? source.entry.line : null };
      if (result.error) {
        const explanation = result.cause && `The service reads the options of [DEFAULT] as CONF.${option.dest}, and oslo.config then reports any failure other than a bad value as "no such option". The failure is: ${result.cause}.`;
        problems.push({ ...where, kind: 'value', message: `[${group.name}] ${option.dest}: ${refusalOf(result)}`, ...(explanation && { explanation }) });
      } else if (result.doubt) {
        problems.push({ ...where, kind: 'doubt', message: `[${group.name}] ${option.dest}: ${result.doubt}` });
      } else if (option.required && result.isSet && result.value === null) {
        // Required options go unchecked when unset: the generator lists some that a service registers only with one
        // of its drivers or auth plugins, and oslo checks only what is registered.
        problems.push({ ...where, kind: 'doubt', message: `value required for option ${option.name} in group [${group.name}]: the service refuses this empty value wherever it reads the option` });
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
  return { schema, files, options, problems };
}

/** Why oslo refuses an option's value, saying so, in oslo's words and with what they hide; null when it reads one. */
export function refusalOf(resolved: ResolvedOption): string | null {
  if (resolved.error === null) return null;
  return `oslo.config refuses it: ${resolved.error}${resolved.cause ? ` (reading it fails with: ${resolved.cause})` : ''}`;
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
      if (!optionTypes[option.type].multiValued) return sources;
      inFile.unshift(...sources);
    }
    gathered.unshift(...inFile);
  }
  return gathered;
}

/**
 * The file oslo names as where an option's value came from: the last file with a section spelled as oslo looks the
 * value's section up (`glance`, `DEFAULT`), whichever file the value is in; none when the file spells it otherwise
 * (`[GLANCE]`). For a multi valued option, the value oslo finds first: in the latest file, the own name first.
 */
function locationDetail(files: ConfigFile[], group: string, option: OptionSchema, sources: ValueSource[]): string {
  const latest = sources.filter((source) => source.file === sources.at(-1)!.file);
  const first = latest.find((source) => !source.oldName) ?? firstOldName(group, option, latest);
  const section = first.entry.section.normalized;
  const file = files.findLast((candidate) => candidate.document.sections.some((header) => header.name === section));
  return file?.name ?? '';
}

function firstOldName(group: string, option: OptionSchema, sources: ValueSource[]): ValueSource {
  for (const old of option.oldNames) {
    const found = sources.find((source) => source.entry.key === old.name && source.entry.section.normalized === normalizeSectionName(old.group || group));
    if (found) return found;
  }
  return sources[0]!;
}
