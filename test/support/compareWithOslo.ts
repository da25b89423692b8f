// Compares what our checkFiles reads from files with what the real oslo.config read from them: the errors word for
// word, with the line or file oslo names, and every value.
import { isDeepStrictEqual } from 'node:util';
import { checkFiles } from '../../src/core/checkFiles';
import type { Resolution, ResolvedOption } from '../../src/core/ini/resolveConfig';
import type { ConfigSchema } from '../../src/core/schema/types';
import type { OsloResult } from '../interop/oslo';
import { toOsloValue } from './osloValues';

// CPython's RecursionError says where its stack ran out (" in comparison", " while calling a Python object"), which
// no reading of the file can tell: compared without it.
function withoutStackDetail(message: string): string {
  return message.replace(/^maximum recursion depth exceeded.*$/s, 'maximum recursion depth exceeded');
}

/**
 * Every way our reading of `files` (named file0.conf, file1.conf, ... as the oracle names them) differs from
 * oslo's, as sentences. oslo stops at the first parse error: ours must be the same error, in the same file, with
 * oslo's message and line (where oslo names another line than the one at fault, our message names oslo's too). Each
 * value error must be oslo's, on the same option, with the exact text of the exception the service gets (which
 * names the file a value came from); every value must be oslo's.
 */
export function compareWithOslo(schema: ConfigSchema, files: string[], oslo: OsloResult): string[] {
  const named = files.map((text, index) => ({ name: `file${index}.conf`, text }));
  const { resolution, findings } = checkFiles(schema, named);
  // What oslo raises: our errors other than the service's own rules (values oslo accepts), which oslo cannot judge.
  const parseErrors = resolution.problems.filter((problem) => problem.kind === 'parse');
  const errors = resolution.problems.filter((problem) => problem.kind === 'value');
  if (oslo.parse_error) {
    const first = parseErrors[0];
    if (!first) return [`oslo: ${oslo.parse_error.message}; we found no parse error`];
    const reported = /^Failed to parse (\S+): at \1:(\d+), (.*)$/s.exec(oslo.parse_error.message);
    if (!reported) return [`oslo's parse error has an unexpected form: ${oslo.parse_error.message}`];
    const [, file, line, message] = reported as unknown as [string, string, string, string];
    const expected = Number(line) === first.line ? message : `${message} (oslo.config reports it at line ${line}, the line that ends the value)`;
    if (first.file !== file || first.message !== `Parse error: ${expected}`) {
      return [`first parse error: ours ${first.file}:${first.line} ${first.message}, oslo ${oslo.parse_error.message}`];
    }
    return [];
  }
  if (parseErrors.length) return [`we report ${parseErrors[0]!.file}:${parseErrors[0]!.line} ${parseErrors[0]!.message}; oslo parses`];

  const problems: string[] = [];
  const ourErrors = errors.map((problem) => `${problem.group}.${problem.option}`).sort();
  const osloErrors = oslo.errors.map((error) => `${error.group}.${error.option}`).sort();
  if (!isDeepStrictEqual(ourErrors, osloErrors)) {
    problems.push(`value errors: ours ${JSON.stringify(errors.map((problem) => problem.message))}, oslo ${JSON.stringify(oslo.errors.map((error) => `[${error.group}] ${error.option}: ${error.message}`))}`);
  }
  for (const error of oslo.errors) {
    const ours = resolution.options.get(error.group)?.get(error.option);
    if (ours?.osloMessage && ours.osloMessage !== withoutStackDetail(error.message)) {
      problems.push(`[${error.group}] ${error.option}: ours ${JSON.stringify(ours.osloMessage)}, oslo ${JSON.stringify(error.message)}`);
    }
  }
  const required = requiredFailure(schema, resolution);
  if (required?.message !== oslo.required_error?.message && !(required && oslo.required_error && required.message === withoutStackDetail(oslo.required_error.message))) {
    problems.push(`required options: ours ${JSON.stringify(required?.message ?? null)}, oslo ${JSON.stringify(oslo.required_error?.message ?? null)}`);
  }
  // We report a required option's None only where the file sets it empty (the generator lists options of drivers the
  // service may not register): there, with oslo's words.
  if (required?.empty && required.resolved.isSet) {
    const reported = findings.some((finding) => finding.group === required.resolved.group && finding.option === required.resolved.option.dest && finding.title.startsWith(`${required.message}: `));
    if (!reported) problems.push(`oslo refuses to start on ${required.message}, which we do not report`);
  }
  for (const [group, values] of Object.entries(oslo.values)) {
    for (const [dest, value] of Object.entries(values)) {
      const ours = resolution.options.get(group)?.get(dest);
      const read = ours === undefined ? 'nothing' : ours.error !== null ? { error: ours.error } : toOsloValue(ours.value, ours.option);
      if (!isDeepStrictEqual(read, value)) problems.push(`[${group}] ${dest}: ours ${JSON.stringify(read)}, oslo ${JSON.stringify(value)}`);
    }
  }
  return problems;
}

/**
 * What oslo raises for required options when the service starts, from our reading: the first required option (those
 * of [DEFAULT] first, then each group's) whose value is None, or whose reading fails (with _get's words, which
 * [DEFAULT]'s CONF.name does not rephrase).
 */
function requiredFailure(schema: ConfigSchema, resolution: Resolution): { message: string; empty: boolean; resolved: ResolvedOption } | null {
  const groups = [...schema.groups.filter((group) => group.name === 'DEFAULT'), ...schema.groups.filter((group) => group.name !== 'DEFAULT')];
  for (const group of groups) {
    for (const option of group.options) {
      const resolved = resolution.options.get(group.name)?.get(option.dest);
      if (!option.required || !resolved) continue;
      const failure = resolved.cause ?? resolved.osloMessage;
      if (failure !== null) return { message: failure, empty: false, resolved };
      if (resolved.value === null && resolved.computed === null) {
        return { message: `value required for option ${option.name} in group [${group.name}]`, empty: true, resolved };
      }
    }
  }
  return null;
}
