import { closeSync, fchmodSync, fchownSync, fsyncSync, linkSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';

/** What `stat` tells about a file, links followed. */
export interface FileStatus {
  isDirectory: boolean;
  size: bigint;
  /** In nanoseconds: two writes within one millisecond still differ. */
  modifiedNs: bigint;
  mode: number;
  uid: number;
  gid: number;
}

/** Every file-system call the CLI makes, so that tests can make any one of them fail. */
export interface FileSystem {
  readFile(path: string): Uint8Array;
  stat(path: string): FileStatus;
  realpath(path: string): string;
  /** Creates a file that must not exist yet, open for writing; the umask applies to `mode`. */
  createExclusive(path: string, mode: number): number;
  writeAll(fd: number, bytes: Uint8Array): void;
  fsync(fd: number): void;
  fchown(fd: number, uid: number, gid: number): void;
  fchmod(fd: number, mode: number): void;
  close(fd: number): void;
  rename(from: string, to: string): void;
  link(existing: string, newPath: string): void;
  unlink(path: string): void;
  /** Flushes a directory's entries (a rename in it) to disk. */
  fsyncDirectory(path: string): void;
}

export const nodeFileSystem: FileSystem = {
  readFile: (path) => readFileSync(path),
  stat: (path) => {
    const status = statSync(path, { bigint: true });
    return {
      isDirectory: status.isDirectory(),
      size: status.size,
      modifiedNs: status.mtimeNs,
      mode: Number(status.mode),
      uid: Number(status.uid),
      gid: Number(status.gid),
    };
  },
  realpath: (path) => realpathSync(path),
  createExclusive: (path, mode) => openSync(path, 'wx', mode),
  writeAll: (fd, bytes) => {
    // A write may take fewer bytes than given.
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
  },
  fsync: (fd) => fsyncSync(fd),
  fchown: (fd, uid, gid) => fchownSync(fd, uid, gid),
  fchmod: (fd, mode) => fchmodSync(fd, mode),
  close: (fd) => closeSync(fd),
  rename: (from, to) => renameSync(from, to),
  link: (existing, newPath) => linkSync(existing, newPath),
  unlink: (path) => unlinkSync(path),
  fsyncDirectory: (path) => {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  },
};
