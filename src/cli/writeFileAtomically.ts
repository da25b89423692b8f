import { dirname, resolve } from 'node:path';
import { describeSystemError, systemErrorCode } from './describeSystemError';
import type { FileSystem } from './fileSystem';
import { findChange } from './findChange';
import { type FileVersion, observeFile } from './fileVersion';
import { FileError } from './io';
import { keepBackup } from './keepBackup';
import { temporaryPathBeside } from './temporaryPathBeside';

/** The OpenStack Security Guide's mode for service configuration files; a stricter umask still applies. */
const NEW_FILE_MODE = 0o640;

export interface WriteOptions {
  /** The file as the command read it: the write is refused if the file has changed since. */
  basedOn?: FileVersion;
  /** Write even if the file has changed since it was read (or, unread, since the write began). */
  force?: boolean;
  /** Keep the file being replaced, under its name with this suffix. */
  backupSuffix?: string;
}

/**
 * Writes `text` to `path` (to the file it links to, where it is a link) so that a failure at any step leaves the file
 * as it was: the text goes to a temporary file beside it, flushed to disk and given the owner, group and mode of the
 * file it replaces, then renamed over it. Refuses to overwrite a change another program made meanwhile, unless
 * `force`. Failures are FileErrors in words (a backup already kept stays: it is the unchanged file).
 */
export function writeFileAtomically(fs: FileSystem, path: string, text: string, options: WriteOptions = {}): void {
  const current = observeTarget(fs, path);
  const { basedOn } = options;
  const expected = basedOn && (basedOn.path === path || basedOn.target === current.target) ? basedOn : current;
  const named = current.target === resolve(path) ? path : `${path} -> ${current.target}`;
  const cannotWrite = `cannot write ${named}`;
  const temporary = temporaryPathBeside(current.target);
  const fd = step(cannotWrite, () => fs.createExclusive(temporary, current.status ? 0o600 : NEW_FILE_MODE));
  let open = true;
  try {
    step(cannotWrite, () => {
      fs.writeAll(fd, new TextEncoder().encode(text));
      fs.fsync(fd);
    });
    if (current.status) {
      const { uid, gid } = current.status;
      const mode = current.status.mode & 0o7777;
      // Owner first: changing the owner clears the set-user-ID and set-group-ID bits that the mode may hold.
      step(`${cannotWrite}: cannot give the new file the owner and group of the original (uid ${uid}, gid ${gid})`, () => fs.fchown(fd, uid, gid));
      step(`${cannotWrite}: cannot give the new file the mode of the original (${mode.toString(8).padStart(4, '0')})`, () => fs.fchmod(fd, mode));
    }
    open = false;
    step(cannotWrite, () => fs.close(fd));
    // As late as can be: what another program writes after this and before the rename is still lost.
    const change = options.force ? undefined : step(cannotWrite, () => findChange(fs, expected));
    if (change) {
      throw new FileError(
        `${named} was changed by another program while this edit was under way (${change}). Nothing was changed: run the command again, or add --force to overwrite the other change.`,
      );
    }
    if (options.backupSuffix !== undefined && current.status) {
      const backup = `${current.target}${options.backupSuffix}`;
      const backupNamed = current.target === resolve(path) ? `${path}${options.backupSuffix}` : backup;
      step(`${cannotWrite}: cannot keep the original as ${backupNamed}`, () => keepBackup(fs, current.target, backup));
    }
    step(cannotWrite, () => fs.rename(temporary, current.target));
  } catch (error) {
    if (open) attempt(() => fs.close(fd));
    attempt(() => fs.unlink(temporary));
    throw error;
  }
  try {
    fs.fsyncDirectory(dirname(current.target));
  } catch (error) {
    const code = systemErrorCode(error);
    if (code === undefined) throw error;
    // EINVAL: a file system that cannot flush a directory; the rename stands all the same.
    if (code === 'EINVAL') return;
    throw new FileError(`${named} was written, but its directory could not be flushed to disk (${describeSystemError(code)}): the change may not survive a power failure`);
  }
}

/** The file the write replaces, or where it creates one; a FileError where that cannot be. */
function observeTarget(fs: FileSystem, path: string): FileVersion {
  let current: FileVersion;
  try {
    current = observeFile(fs, path, false);
  } catch (error) {
    const code = systemErrorCode(error);
    if (code === undefined) throw error;
    const why = code === 'ENOENT' ? `the directory ${dirname(path)} does not exist` : describeSystemError(code);
    throw new FileError(`cannot write ${path}: ${why}. Nothing was changed.`);
  }
  if (current.status?.isDirectory) throw new FileError(`cannot write ${path}: ${describeSystemError('EISDIR')}. Nothing was changed.`);
  return current;
}

/** Runs one step of the write, turning a failed system call into a FileError: what failed, why, and that nothing changed. */
function step<T>(failure: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    const code = systemErrorCode(error);
    if (code === undefined) throw error;
    throw new FileError(`${failure}: ${describeSystemError(code)}. Nothing was changed.`);
  }
}

/** Cleans up after a failure that is already being reported. */
function attempt(call: () => void): void {
  try {
    call();
  } catch {
    // The failure being reported matters more; what is left is a hidden temporary file.
  }
}
