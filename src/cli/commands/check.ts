import { checkFiles } from '../../core/checkFiles';
import { formatFindings } from '../formatFindings';
import { type CliIo, readText, UsageError } from '../io';
import { toJsonValue } from '../../core/values/jsonValue';
import { loadSchema, SCHEMA_OPTIONS } from '../loadSchema';
import { parseArgs } from '../parseArgs';

export function check(argv: string[], io: CliIo): number {
  const args = parseArgs(argv, ['--json', '--strict'], [...SCHEMA_OPTIONS]);
  if (!args.positional.length) throw new UsageError('check needs at least one FILE');
  const schema = loadSchema(io, args);
  const files = args.positional.map((path) => ({ name: path, text: readText(io, path) }));
  const { resolution, findings } = checkFiles(schema, files);

  if (args.flags.has('--json')) {
    const values: Record<string, Record<string, unknown>> = {};
    for (const [group, options] of resolution.options) {
      values[group] = {};
      for (const [dest, resolved] of options) {
        if (!resolved.error) values[group][dest] = resolved.computed !== null ? { computed: resolved.computed } : toJsonValue(resolved.value);
      }
    }
    const out = findings.map(({ title, ...finding }) => ({ ...finding, message: title, title }));
    io.stdout(`${JSON.stringify({ values, findings: out }, null, 2)}\n`);
  } else {
    io.stdout(formatFindings(findings, files[0]!.name));
  }
  const failed = findings.some(
    (finding) => finding.severity === 'error' || (args.flags.has('--strict') && finding.kind === 'insecure' && finding.severity !== 'info'),
  );
  return failed ? 1 : 0;
}
