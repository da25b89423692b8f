// Runs the CLI in-process, in a directory of real files.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem, type FileSystem } from '../../src/cli/fileSystem';
import { runCli } from '../../src/cli/main';

export interface CliOutcome {
  status: number;
  stdout: string;
  stderr: string;
}

export interface CliRun extends CliOutcome {
  /** Every file of the directory after the run (hidden ones too), as text. */
  files: Map<string, string>;
}

/** Files are text, or bytes (to feed the CLI what is not UTF-8); paths in argv are their names. */
export function runWith(files: Record<string, string | Uint8Array>, argv: string[], fs: FileSystem = nodeFileSystem): CliRun {
  const directory = makeDirectory();
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(directory, name), content);
    return { ...runIn(directory, argv, fs), files: readFiles(directory) };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** Runs the CLI with `directory` as its working directory; `fs` can stand in for the real calls (to make one fail). */
export function runIn(directory: string, argv: string[], fs: FileSystem = nodeFileSystem): CliOutcome {
  let stdout = '';
  let stderr = '';
  const before = process.cwd();
  process.chdir(directory);
  try {
    const status = runCli(argv, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), fs });
    return { status, stdout, stderr };
  } finally {
    process.chdir(before);
  }
}

export function makeDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'oslo-config-editor-'));
}

/** The files of a directory (hidden ones too), by name, as text. */
export function readFiles(directory: string): Map<string, string> {
  const entries = readdirSync(directory, { withFileTypes: true }).filter((entry) => entry.isFile()).sort((a, b) => a.name.localeCompare(b.name));
  return new Map(entries.map((entry) => [entry.name, readFileSync(join(directory, entry.name), 'utf8')]));
}
