import type { FileSystem } from './fileSystem';
import { type FileVersion, observeFile } from './fileVersion';

/** How the file at `expected.path` now differs from `expected`, in words; undefined while it does not. */
export function findChange(fs: FileSystem, expected: FileVersion): string | undefined {
  const now = observeFile(fs, expected.path, expected.bytes !== undefined);
  if (now.target !== expected.target) return `it now leads to ${now.target}`;
  if (!expected.status) return now.status ? 'it was created' : undefined;
  if (!now.status) return 'it was removed';
  if (now.status.size !== expected.status.size) return 'its size is not what it was';
  if (now.status.modifiedNs !== expected.status.modifiedNs) return 'its modification time is not what it was';
  if (expected.bytes && now.bytes && Buffer.compare(expected.bytes, now.bytes) !== 0) return 'its content is not what it was';
  return undefined;
}
