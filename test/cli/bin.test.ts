// End to end: `node bin/oslo-config-editor.mjs` as a user runs it, on the bundled CLI.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE = join(ROOT, 'dist/cli/main.mjs');

function newestSource(directory: string): number {
  return Math.max(
    ...readdirSync(directory, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? newestSource(join(directory, entry.name)) : statSync(join(directory, entry.name)).mtimeMs,
    ),
  );
}

/** Builds the bundle when it is missing or older than the sources it is made of. */
function ensureBundle(): void {
  const sources = Math.max(newestSource(join(ROOT, 'src/cli')), newestSource(join(ROOT, 'src/core')));
  if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= sources) return;
  execFileSync('npm', ['run', 'build:cli', '--silent'], { cwd: ROOT, stdio: 'pipe' });
}

let directory: string;

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/oslo-config-editor.mjs'), ...args], { cwd: directory, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  ensureBundle();
  directory = mkdtempSync(join(tmpdir(), 'oslo-config-editor-'));
  writeFileSync(join(directory, 'good.conf'), '[glance]\nnum_retries = 3\ntimeout = 60\n');
  writeFileSync(join(directory, 'bad.conf'), '[glance]\nnum_retries = 3 # retry\n');
  writeFileSync(join(directory, 'later.conf'), '[glance]\nnum_retries = 5\n');
}, 60_000);

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('node bin/oslo-config-editor.mjs', () => {
  it('exits 0 when oslo accepts the files, 1 on a value oslo refuses, 2 on unreadable input', () => {
    const [good, bad, missing] = [cli('check', 'good.conf'), cli('check', 'bad.conf'), cli('check', 'missing.conf')];
    expect([good.status, bad.status, missing.status]).toEqual([0, 1, 2]);
    expect(bad.stdout).toContain("bad.conf:2: error (invalid): [glance] num_retries: invalid literal for int() with base 10: '3 # retry'");
    expect(missing.stderr).toMatchInlineSnapshot(`
      "oslo-config-editor: cannot read missing.conf: no such file or directory
      "
    `);
  });

  it('--json prints {"values": {group: {dest: value}}, "findings": [{group, option, line, kind, severity, message}]}', () => {
    const layered = cli('check', 'bad.conf', 'later.conf', '--json');
    expect(layered.status).toBe(0);
    const failing = cli('check', 'good.conf', 'bad.conf', '--json');
    expect(failing.status).toBe(1);
    for (const { stdout } of [layered, failing]) {
      const output = JSON.parse(stdout) as { values: Record<string, Record<string, unknown>>; findings: Record<string, unknown>[] };
      expect(Object.keys(output)).toEqual(['values', 'findings']);
      expect(Object.keys(output.values)).toEqual(['DEFAULT', 'glance']);
      for (const finding of output.findings) {
        expect(finding).toMatchObject({
          group: expect.toSatisfy((group: unknown) => group === null || typeof group === 'string'),
          option: expect.toSatisfy((option: unknown) => option === null || typeof option === 'string'),
          line: expect.toSatisfy((line: unknown) => line === null || Number.isInteger(line)),
          kind: expect.any(String),
          severity: expect.stringMatching(/^(error|warning|info)$/),
          message: expect.any(String),
        });
      }
    }
    const layeredValues = (JSON.parse(layered.stdout) as { values: { glance: Record<string, unknown> } }).values.glance;
    expect(layeredValues.num_retries).toBe(5);
    const failed = JSON.parse(failing.stdout) as { values: { glance: Record<string, unknown> }; findings: Record<string, unknown>[] };
    expect('num_retries' in failed.values.glance).toBe(false);
    expect(failed.findings.filter((finding) => finding.severity === 'error')).toMatchInlineSnapshot(`
      [
        {
          "file": "bad.conf",
          "group": "glance",
          "kind": "invalid",
          "line": 2,
          "message": "[glance] num_retries: invalid literal for int() with base 10: '3 # retry'",
          "option": "num_retries",
          "severity": "error",
          "title": "[glance] num_retries: invalid literal for int() with base 10: '3 # retry'",
        },
      ]
    `);
  });
});
