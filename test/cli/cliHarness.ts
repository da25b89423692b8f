// Runs the CLI in-process over an in-memory file system.
import { runCli } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
  files: Map<string, string | Uint8Array>;
}

/** Files are text, or bytes (to feed the CLI what is not UTF-8). */
export function runWith(files: Record<string, string | Uint8Array>, argv: string[]): CliRun {
  const store = new Map(Object.entries(files));
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: (path) => {
      const content = store.get(path);
      if (content === undefined) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    writeFile: (path, text) => void store.set(path, text),
  };
  const status = runCli(argv, io);
  return { status, stdout, stderr, files: store };
}
