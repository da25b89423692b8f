import { checkFiles, type CheckResult } from '../../core/checkFiles';
import { buildChecklist } from '../../core/findings/buildChecklist';
import type { Finding } from '../../core/findings/types';
import { toJsonValue } from '../../core/values/jsonValue';
import { checkDeployedFiles } from '../checkDeployedFiles';
import { formatChecklist } from '../formatChecklist';
import { formatFindings } from '../formatFindings';
import { type CliIo, readText, UsageError } from '../io';
import { loadSchema, SCHEMA_OPTIONS } from '../loadSchema';
import { packageVersion } from '../packageVersion';
import { lastOption, parseArgs } from '../parseArgs';
import { type FileReport, toSarif } from '../toSarif';

const FORMATS = ['text', 'json', 'sarif'];

export function check(argv: string[], io: CliIo): number {
  const args = parseArgs(argv, ['--json', '--strict', '--checklist', '--deployed'], [...SCHEMA_OPTIONS, '--format', '--group']);
  if (!args.positional.length) throw new UsageError('check needs at least one FILE');
  const format = lastOption(args, '--format') ?? (args.flags.has('--json') ? 'json' : 'text');
  if (!FORMATS.includes(format)) throw new UsageError(`--format takes ${FORMATS.join(', ')}, not "${format}"`);
  if (args.options.has('--group') && !args.flags.has('--deployed')) throw new UsageError('--group goes with --deployed');
  // The built-in schema is nova's [glance] alone: a checklist of it would judge a whole file by one group.
  if (args.flags.has('--checklist') && !args.options.has('--service') && !args.options.has('--schema')) {
    throw new UsageError('--checklist needs the schema of the whole file: --service NAME or --schema FILE');
  }
  const schema = loadSchema(io, args);
  const files = args.positional.map((path) => ({ name: path, text: readText(io, path) }));
  const deployed = (paths: string[]) =>
    args.flags.has('--deployed') ? checkDeployedFiles(io, paths, schema.service, lastOption(args, '--group') ?? schema.service ?? '') : [];

  // A checklist is each file's own: the guide's items are about one service's file.
  if (args.flags.has('--checklist')) {
    const reports = files.map((file): FileReport => {
      const findings = [...checkFiles(schema, [file]).findings, ...deployed([file.name])];
      return { file: file.name, findings, checklist: buildChecklist(schema, findings, args.flags.has('--deployed')) };
    });
    if (format === 'sarif') io.stdout(`${JSON.stringify(toSarif(reports, packageVersion(io)), null, 2)}\n`);
    else if (format === 'json') io.stdout(`${JSON.stringify({ files: reports.map(checklistJson) }, null, 2)}\n`);
    else io.stdout(reports.map((report) => formatChecklist(report.file, report.checklist!)).join('\n'));
    const failed = reports.some((report) => report.checklist!.items.some((item) => item.status === 'fail') || report.findings.some((finding) => finding.severity === 'error'));
    return failed ? 1 : 0;
  }

  const result = checkFiles(schema, files);
  const findings = [...result.findings, ...deployed(files.map((file) => file.name))];
  if (format === 'sarif') io.stdout(`${JSON.stringify(toSarif([{ file: files[0]!.name, findings }], packageVersion(io)), null, 2)}\n`);
  else if (format === 'json') io.stdout(`${JSON.stringify({ values: valuesJson(result), findings: findings.map(findingJson) }, null, 2)}\n`);
  else io.stdout(formatFindings(findings, files[0]!.name));
  const failed = findings.some(
    (finding) => finding.severity === 'error' || (args.flags.has('--strict') && finding.kind === 'insecure' && finding.severity !== 'info'),
  );
  return failed ? 1 : 0;
}

function valuesJson({ resolution }: CheckResult) {
  const values: Record<string, Record<string, unknown>> = {};
  for (const [group, options] of resolution.options) {
    values[group] = {};
    for (const [dest, resolved] of options) {
      if (!resolved.error) values[group][dest] = resolved.computed !== null ? { computed: resolved.computed } : toJsonValue(resolved.value);
    }
  }
  return values;
}

// `message` is the title, under the name the JSON has always used.
const findingJson = ({ title, ...finding }: Finding) => ({ ...finding, message: title, title });

function checklistJson({ file, checklist }: FileReport) {
  const { service, chapter, items } = checklist!;
  return {
    file,
    service,
    checklist: chapter,
    items: items.map(({ check, status, findings, why }) => ({
      id: check.id,
      question: check.question,
      url: check.url,
      status,
      ...(why ? { why } : {}),
      ...(check.releases ? { releases: check.releases } : {}),
      ...(check.reading ? { reading: check.reading } : {}),
      findings: findings.map(findingJson),
    })),
  };
}
