// Compares what our checkFiles reads from files with what the real oslo.config read from them.
import { isDeepStrictEqual } from 'node:util';
import { checkFiles } from '../../src/core/checkFiles';
import type { ConfigSchema } from '../../src/core/schema/types';
import type { OsloResult } from '../interop/oslo';
import { toOsloValue } from './osloValues';

const PARSE_KINDS = [
  'Section must be started before assignment',
  'Unexpected continuation line',
  'Invalid section (must end with ])',
  'Empty section name',
  "No ':' or '=' found in assignment",
  'Key cannot be empty',
];

function parseKind(message: string): string {
  return PARSE_KINDS.find((kind) => message.includes(kind)) ?? message;
}

function osloMessage(message: string): string {
  return message.replace(/^Value for option .*? is not valid: /, '');
}

/**
 * Every way our reading of `files` (named file0.conf, file1.conf, ... as the oracle names them) differs from
 * oslo's, as sentences. oslo stops at the first parse error, so only our first one is compared, by file, kind
 * and line; oslo gives the flush line for a key before any section, so that kind is compared without its line.
 */
export function compareWithOslo(schema: ConfigSchema, files: string[], oslo: OsloResult): string[] {
  const named = files.map((text, index) => ({ name: `file${index}.conf`, text }));
  const { resolution, findings } = checkFiles(schema, named);
  const errors = findings.filter((finding) => finding.severity === 'error' && finding.kind === 'invalid');
  const parseErrors = errors.filter((finding) => finding.option === null);
  if (oslo.parse_error) {
    const first = parseErrors[0];
    if (!first) return [`oslo: ${oslo.parse_error.message}; we found no parse error`];
    const ours = `${first.file}: ${parseKind(first.title)}`;
    const theirs = `file${oslo.parse_error.file}.conf: ${parseKind(oslo.parse_error.message)}`;
    if (ours !== theirs) return [`first parse error: ours ${first.file}:${first.line} ${first.title}, oslo ${oslo.parse_error.message}`];
    if (!ours.includes('Section must be started') && first.line !== oslo.parse_error.line) {
      return [`parse error line: ours ${first.line}, oslo ${oslo.parse_error.message}`];
    }
    return [];
  }
  if (parseErrors.length) return [`we report ${parseErrors[0]!.file}:${parseErrors[0]!.line} ${parseErrors[0]!.title}; oslo parses`];

  const problems: string[] = [];
  const ourErrors = errors.map((finding) => `${finding.group}.${finding.option}`).sort();
  const osloErrors = oslo.errors.map((error) => `${error.group}.${error.option}`).sort();
  if (!isDeepStrictEqual(ourErrors, osloErrors)) {
    problems.push(
      `value errors: ours ${JSON.stringify(errors.map((finding) => finding.title))}, oslo ${JSON.stringify(
        oslo.errors.map((error) => `[${error.group}] ${error.option}: ${osloMessage(error.message)}`),
      )}`,
    );
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
