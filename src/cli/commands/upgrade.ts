import { describeRelease } from '../../core/catalog/readCatalog';
import type { Finding } from '../../core/findings/types';
import { parseIni } from '../../core/ini/parseIni';
import { findUpgradeChanges, UPGRADE_CHANGES } from '../../core/upgrade/findUpgradeChanges';
import { rewriteForRelease, type UpgradeRewrite } from '../../core/upgrade/rewriteForRelease';
import { UPGRADE_HEADINGS } from '../../core/upgrade/upgradeHeadings';
import { formatFindings } from '../formatFindings';
import { type CliIo, UsageError } from '../io';
import { loadCatalogSchema } from '../loadSchema';
import { lastOption, parseArgs } from '../parseArgs';
import { readFileToEdit } from '../readFileToEdit';
import { writeFileAtomically } from '../writeFileAtomically';
import { writeOptionsFromArgs } from '../writeOptionsFromArgs';

/**
 * `upgrade FILE... --service S [--from R1] --to R2 [--json] [-o OUT]`: what the files mean under R2 that they did not
 * under R1, and with -o, the file rewritten for R2.
 */
export function upgrade(argv: string[], io: CliIo): number {
  const args = parseArgs(argv, ['--json', '--force'], ['--service', '--from', '--to', '-o', '--release', '--schema'], { '--backup': '.bak' });
  if (args.options.has('--release') || args.options.has('--schema')) throw new UsageError('upgrade reads the catalog at two releases: give --service, --from and --to');
  const paths = args.positional;
  const service = lastOption(args, '--service');
  const toRelease = lastOption(args, '--to');
  const out = lastOption(args, '-o');
  if (!paths.length) throw new UsageError('upgrade needs at least one FILE');
  if (service === undefined || toRelease === undefined) throw new UsageError('upgrade needs --service and --to; --from is the catalog\'s default release without it');
  if (out !== undefined && paths.length > 1) throw new UsageError('-o writes one file: give one FILE with it');
  const from = loadCatalogSchema(io, service, lastOption(args, '--from'));
  const to = loadCatalogSchema(io, service, toRelease);
  if (from.entry.release.number >= to.entry.release.number) {
    throw new UsageError(`--to names a later release than --from: here ${describeRelease(from.entry)} to ${describeRelease(to.entry)}`);
  }
  const before = { release: describeRelease(from.entry), schema: from.schema };
  const after = { release: describeRelease(to.entry), schema: to.schema };

  const read = paths.map((path) => ({ path, ...readFileToEdit(io, path) }));
  const files = read.map(({ path, text }) => ({ name: path, document: parseIni(text) }));
  const broken = files.flatMap((file) => file.document.errors.map((error) => `${file.name}:${error.line}: ${error.message}\n`));
  if (broken.length) {
    io.stderr(`the files do not parse, so oslo reads nothing from them; nothing was compared:\n${broken.map((line) => `  ${line}`).join('')}`);
    return 1;
  }
  const findings = findUpgradeChanges(before, after, files);
  const rewrite: UpgradeRewrite | null = out === undefined ? null : rewriteForRelease(before, after, read[0]!.text);
  if (rewrite && 'text' in rewrite) writeFileAtomically(io.fs, out!, rewrite.text, { basedOn: read[0]!.version, ...writeOptionsFromArgs(args) });

  if (args.flags.has('--json')) {
    const release = (entry: typeof from.entry) => ({ ...entry.release, version: entry.version });
    const report = {
      service: from.entry.service,
      from: release(from.entry),
      to: release(to.entry),
      findings: findings.map(({ title, ...finding }) => ({ ...finding, message: title, title })),
      ...(rewrite && { rewrite: 'text' in rewrite ? { file: out, edits: rewrite.edits, leftAlone: rewrite.leftAlone } : { file: null, errors: rewrite.errors } }),
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout(formatReport(paths[0]!, `${paths.join(', ')}: ${from.entry.service}, from ${before.release} to ${after.release}`, after.release, findings));
    if (rewrite) io.stdout(formatRewrite(paths[0]!, out!, after.release, rewrite));
  }
  return findings.some((finding) => finding.severity === 'error') || (rewrite !== null && 'errors' in rewrite) ? 1 : 0;
}

function formatReport(file: string, heading: string, to: string, findings: Finding[]): string {
  const parts = [`${heading}\n`];
  for (const change of UPGRADE_CHANGES) {
    const ofChange = findings.filter((finding) => finding.upgrade!.change === change);
    if (!ofChange.length) continue;
    // formatFindings closes with its count line: the report counts once, at its end.
    const lines = formatFindings(ofChange, file).trimEnd().split('\n').slice(0, -1);
    parts.push(`\n${UPGRADE_HEADINGS[change](to)} (${ofChange.length})\n${lines.join('\n')}\n`);
  }
  parts.push(`\n${formatFindings(findings, file).trimEnd().split('\n').at(-1)!.replace('oslo reads every option without error', 'the file means the same')}\n`);
  return parts.join('');
}

function formatRewrite(file: string, out: string, to: string, rewrite: UpgradeRewrite): string {
  const where = (line: number | null) => `${file}${line === null ? '' : `:${line}`}`;
  if ('errors' in rewrite) return `\n${out} was not written:\n${rewrite.errors.map((error) => `  ${where(error.line)}: ${error.message}\n`).join('')}`;
  const edits = rewrite.edits.map((edit) => {
    const what = { renamed: `${edit.from} -> ${edit.to}`, copied: `${edit.from} kept, copied to ${edit.to}`, deleted: `${edit.from} deleted (same value as ${edit.to})`, commented: `${edit.from} commented out` }[edit.action];
    return `${where(edit.line)}: ${what}\n`;
  });
  const alone = rewrite.leftAlone.map((error) => `  ${where(error.line)}: ${error.message}\n`);
  return (
    `\nRewritten for ${to} into ${out}${edits.length ? ':' : ', with nothing to change.'}\n${edits.join('')}` +
    (alone.length ? `Left alone, for you to carry over:\n${alone.join('')}` : '')
  );
}
