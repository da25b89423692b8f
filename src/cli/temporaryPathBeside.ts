import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/**
 * A new name in the directory of `path`: hidden, and not ending in .conf, so that no service reading a directory of
 * *.conf files picks it up.
 */
export function temporaryPathBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
}
