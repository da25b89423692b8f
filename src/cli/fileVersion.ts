import { basename, dirname, join } from 'node:path';
import { systemErrorCode } from './describeSystemError';
import type { FileStatus, FileSystem } from './fileSystem';

/** A file as it was seen at one moment, to tell later whether it has changed. */
export interface FileVersion {
  /** The path as the user gave it. */
  path: string;
  /** The path with every link resolved: the file that is read and replaced. */
  target: string;
  /** Undefined while there is no file there. */
  status?: FileStatus;
  /** The content, where it was read. */
  bytes?: Uint8Array;
}

/** The file at `path` now; a missing file is seen in its directory, which must exist. Throws what the calls throw. */
export function observeFile(fs: FileSystem, path: string, withContent: boolean): FileVersion {
  let target: string;
  try {
    target = fs.realpath(path);
  } catch (error) {
    if (systemErrorCode(error) !== 'ENOENT') throw error;
    return { path, target: join(fs.realpath(dirname(path)), basename(path)) };
  }
  const status = fs.stat(target);
  return withContent && !status.isDirectory ? { path, target, status, bytes: fs.readFile(target) } : { path, target, status };
}
