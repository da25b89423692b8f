import { describeSystemError, systemErrorCode } from './describeSystemError';
import { type FileSystem, nodeFileSystem } from './fileSystem';

/** What the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  fs: FileSystem;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  fs: nodeFileSystem,
};

/** A usage error: exit status 2. */
export class UsageError extends Error {}

/** A file that cannot be read or written, in a sentence: exit status 2. */
export class FileError extends Error {}

/** Reads a file as UTF-8 text, the way oslo (in a UTF-8 locale) opens it. */
export function readText(io: CliIo, path: string): string {
  return decodeText(path, whileReading(path, () => io.fs.readFile(path)));
}

/** Runs `read`, turning a failed system call into a FileError that says why `path` cannot be read. */
export function whileReading<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    const code = systemErrorCode(error);
    if (code === undefined) throw error;
    throw new FileError(`cannot read ${path}: ${describeSystemError(code)}`);
  }
}

export function decodeText(path: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const line = lineOfInvalidUtf8(bytes);
    throw new FileError(`cannot read ${path}: line ${line} is not valid UTF-8, which oslo cannot read either`);
  }
}

function lineOfInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index += 1) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, index));
      } catch {
        return line;
      }
      line += 1;
      start = index + 1;
    }
  }
  return line;
}
