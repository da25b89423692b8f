import { formatUnifiedDiff } from '../core/ini/formatUnifiedDiff';
import { type CliIo, UsageError } from './io';
import type { ParsedArgs } from './parseArgs';

/**
 * Whether `--diff` asks set or migrate for the change as a unified diff on stdout instead of a write: then no file is
 * written, and `--force` and `--backup`, which are about writing, have no use.
 */
export function wantsDiff(args: ParsedArgs): boolean {
  if (!args.flags.has('--diff')) return false;
  if (args.flags.has('--force') || args.options.has('--backup')) throw new UsageError('--diff writes no file: leave out --force and --backup');
  return true;
}

/** The change from `before` to `after` as a unified diff on stdout; nothing when there is none. */
export function printDiff(io: CliIo, before: string, after: string, path: string, out: string): void {
  io.stdout(formatUnifiedDiff(before, after, path, out));
}
