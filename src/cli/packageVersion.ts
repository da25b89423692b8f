import { fileURLToPath } from 'node:url';
import { type CliIo, readText } from './io';

// The package's package.json: two folders up from this module, in the source tree as in dist/cli.
const PACKAGE_JSON = fileURLToPath(new URL('../../package.json', import.meta.url));

/** The package's version, as its package.json gives it. */
export function packageVersion(io: CliIo): string {
  return (JSON.parse(readText(io, PACKAGE_JSON)) as { version: string }).version;
}
