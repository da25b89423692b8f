import { migrateOldNames } from '../../core/findings/migrateOldNames';
import { type CliIo, UsageError } from '../io';
import { loadSchema, SCHEMA_OPTIONS } from '../loadSchema';
import { lastOption, parseArgs } from '../parseArgs';
import { printDiff, wantsDiff } from '../printDiff';
import { readFileToEdit } from '../readFileToEdit';
import { writeFileAtomically } from '../writeFileAtomically';
import { writeOptionsFromArgs } from '../writeOptionsFromArgs';

/** `migrate FILE [-o OUT] [--diff]`: old option names to the new ones, the values and every other byte kept. */
export function migrate(argv: string[], io: CliIo): number {
  const args = parseArgs(argv, ['--force', '--diff'], ['-o', ...SCHEMA_OPTIONS], { '--backup': '.bak' });
  const diff = wantsDiff(args);
  const [path, ...extra] = args.positional;
  if (!path || extra.length) throw new UsageError('migrate takes one FILE');
  const schema = loadSchema(io, args);
  const { text, version } = readFileToEdit(io, path);
  const migration = migrateOldNames(schema, text);
  if ('errors' in migration) {
    io.stderr(
      `${path} left unchanged:\n` +
        migration.errors.map((error) => `  ${error.line === null ? '' : `${path}:${error.line}: `}${error.message}\n`).join(''),
    );
    return 1;
  }
  const out = lastOption(args, '-o');
  if (diff) printDiff(io, text, migration.text, path, out ?? path);
  else if (migration.changes.length || out !== undefined) writeFileAtomically(io.fs, out ?? path, migration.text, { basedOn: version, ...writeOptionsFromArgs(args) });
  // With --diff, stdout is the diff alone (for patch); what was migrated goes to stderr.
  const report = (lines: string) => (diff ? io.stderr(lines) : io.stdout(lines));
  report(
    migration.changes.length
      ? migration.changes
          .map((change) => {
            const what = { renamed: `${change.from} -> ${change.to}`, copied: `${change.from} kept, copied to ${change.to}`, deleted: `${change.from} deleted (same value as ${change.to})` }[change.action];
            return `${path}:${change.line}: ${what}\n`;
          })
          .join('')
      : `${path}: no old option names to migrate\n`,
  );
  return 0;
}
