import { describeSystemError } from './describeSystemError';
import { type FileVersion, observeFile } from './fileVersion';
import { type CliIo, decodeText, FileError, whileReading } from './io';

/** Reads a file that the command may write back: its text, and the version to compare with before writing. */
export function readFileToEdit(io: CliIo, path: string): { text: string; version: FileVersion } {
  const version = whileReading(path, () => observeFile(io.fs, path, true));
  if (version.status?.isDirectory) throw new FileError(`cannot read ${path}: ${describeSystemError('EISDIR')}`);
  if (!version.bytes) throw new FileError(`cannot read ${path}: ${describeSystemError('ENOENT')}`);
  return { text: decodeText(path, version.bytes), version };
}
