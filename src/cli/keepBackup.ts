import type { FileSystem } from './fileSystem';
import { temporaryPathBeside } from './temporaryPathBeside';

/**
 * Gives the file at `target` a second name, `backup`, replacing a file there. A second name for the same file keeps
 * its owner, group, mode and bytes, takes no space, and stays the original once the edit is renamed over `target`.
 */
export function keepBackup(fs: FileSystem, target: string, backup: string): void {
  // A link cannot replace a name that exists; a rename can, in one step.
  const temporary = temporaryPathBeside(backup);
  fs.link(target, temporary);
  try {
    fs.rename(temporary, backup);
  } catch (error) {
    try {
      fs.unlink(temporary);
    } catch {
      // The rename's failure is the one to report.
    }
    throw error;
  }
}
