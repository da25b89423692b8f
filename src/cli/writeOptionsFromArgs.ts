import { UsageError } from './io';
import { lastOption, type ParsedArgs } from './parseArgs';
import type { WriteOptions } from './writeFileAtomically';

/** `--force` and `--backup[=SUFFIX]` of set and migrate. */
export function writeOptionsFromArgs(args: ParsedArgs): WriteOptions {
  const backupSuffix = lastOption(args, '--backup');
  if (backupSuffix !== undefined && (backupSuffix === '' || backupSuffix.includes('/'))) {
    throw new UsageError(`--backup=${backupSuffix}: the suffix must not be empty or hold a /, the backup goes beside the file`);
  }
  return { force: args.flags.has('--force'), ...(backupSuffix !== undefined && { backupSuffix }) };
}
