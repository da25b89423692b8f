// An in-memory CliIo, to run the CLI in-process: files by path, and what it printed.
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';

export interface FakeIo extends CliIo {
  files: Map<string, string | Uint8Array>;
  out: string;
  err: string;
}

export function fakeIo(files: Record<string, string | Uint8Array> = {}): FakeIo {
  const io: FakeIo = {
    files: new Map(Object.entries(files)),
    out: '',
    err: '',
    stdout: (text) => {
      io.out += text;
    },
    stderr: (text) => {
      io.err += text;
    },
    readFile: (path) => {
      const content = io.files.get(path);
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    writeFile: (path, text) => {
      io.files.set(path, text);
    },
  };
  return io;
}

/** Runs the CLI on the files and returns its exit status with what it printed. */
export function run(argv: string[], files: Record<string, string | Uint8Array> = {}) {
  const io = fakeIo(files);
  const status = runCli(argv, io);
  return { status, out: io.out, err: io.err, files: io.files };
}
