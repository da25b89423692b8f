// The real file system, with a log of the calls the CLI makes, and one call made to fail on demand.
import { relative } from 'node:path';
import { nodeFileSystem, type FileSystem } from '../../src/cli/fileSystem';

export interface Failure {
  call: keyof FileSystem;
  /** The system's error code, such as ENOSPC. */
  code: string;
  /** Which call of that name fails: 1 (the default) for the first. */
  occurrence?: number;
}

/**
 * Each call is logged as `name(arguments)`, paths relative to `directory`, temporary names as `.NAME.*.tmp`. The
 * failing call throws as Node does (an error with `code`); a failing `writeAll` first writes half the bytes, as a
 * disk filling up does.
 */
export function recordingFileSystem(directory: string, failure?: Failure): { fs: FileSystem; calls: string[] } {
  const calls: string[] = [];
  const show = (name: keyof FileSystem, arg: unknown, index: number) => {
    if (arg instanceof Uint8Array) return `${arg.length} bytes`;
    if (typeof arg === 'string') return relative(directory, arg).replace(/\.[0-9a-f]{8}\.tmp$/, '.*.tmp') || '.';
    if (index === 0) return 'fd';
    return index === 1 && (name === 'createExclusive' || name === 'fchmod') ? `0${(arg as number).toString(8)}` : String(arg);
  };
  const fs = {} as Record<keyof FileSystem, (...args: never[]) => unknown>;
  for (const [name, real] of Object.entries(nodeFileSystem) as [keyof FileSystem, (...args: unknown[]) => unknown][]) {
    fs[name] = (...args: unknown[]) => {
      calls.push(`${name}(${args.map((arg, index) => show(name, arg, index)).join(', ')})`);
      const occurrence = calls.filter((call) => call.startsWith(`${name}(`)).length;
      if (failure?.call !== name || occurrence !== (failure.occurrence ?? 1)) return real(...args);
      if (name === 'writeAll') real(args[0], (args[1] as Uint8Array).subarray(0, (args[1] as Uint8Array).length >> 1));
      throw Object.assign(new Error(`${failure.code}: failed on purpose, ${name}`), { code: failure.code });
    };
  }
  return { fs: fs as unknown as FileSystem, calls };
}
