// End to end: `node bin/oslo-config-editor.mjs` as a user runs it, on the bundled CLI.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
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
  return cliIn(directory, args);
}

function cliIn(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/oslo-config-editor.mjs'), ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes to `path` until the file system has no room left: big pieces first, then single bytes. */
function fillUp(path: string): void {
  const fd = openSync(path, 'w');
  try {
    for (const size of [65_536, 4096, 1]) {
      try {
        for (;;) writeSync(fd, Buffer.alloc(size, 'x'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    closeSync(fd);
  }
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
    expect(bad.stdout).toContain("bad.conf:2: error (invalid): [glance] num_retries: oslo.config refuses it: invalid literal for int() with base 10: '3 # retry'");
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
          "message": "[glance] num_retries: oslo.config refuses it: invalid literal for int() with base 10: '3 # retry'",
          "option": "num_retries",
          "severity": "error",
          "title": "[glance] num_retries: oslo.config refuses it: invalid literal for int() with base 10: '3 # retry'",
        },
      ]
    `);
  });
});

describe('set on a full file system', () => {
  it('exits 2 saying "no space left", with the original byte for byte and no temporary file (a 64 kB tmpfs, as root)', () => {
    expect(process.getuid?.(), 'this test mounts a tmpfs, which needs root: run it as root (CI does)').toBe(0);
    const mountPoint = mkdtempSync(join(tmpdir(), 'oslo-config-editor-full-'));
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], { encoding: 'utf8' });
    expect(mounted.status, `mount -t tmpfs failed, so the test cannot fill a file system: ${mounted.error?.message ?? mounted.stderr}`).toBe(0);
    try {
      // 4090 bytes: the edit needs a second page of memory, none is free. Written over in place, this file used to
      // end up as its first 4096 bytes of new text, a cut `cafile` line that oslo cannot parse.
      const sections = '[DEFAULT]\ndebug = true\n\n[glance]\nnum_retries = 3\n';
      const original = `# nova.conf\n${'#'.repeat(4090 - 12 - 1 - sections.length)}\n${sections}`;
      expect(original.length).toBe(4090);
      writeFileSync(join(mountPoint, 'nova.conf'), original);
      fillUp(join(mountPoint, 'filler'));
      const args = ['set', 'nova.conf', 'glance.cafile=/etc/nova/ssl/glance-ca.pem'];
      const full = cliIn(mountPoint, args);
      expect([full.status, full.stdout, full.stderr]).toMatchInlineSnapshot(`
        [
          2,
          "",
          "oslo-config-editor: cannot write nova.conf: no space left on device. Nothing was changed.
        ",
        ]
      `);
      expect(readFileSync(join(mountPoint, 'nova.conf'), 'utf8')).toBe(original);
      expect(readdirSync(mountPoint).sort()).toEqual(['filler', 'nova.conf']);

      // With room again, the same command goes through.
      unlinkSync(join(mountPoint, 'filler'));
      expect(cliIn(mountPoint, args).status).toBe(0);
      expect(readFileSync(join(mountPoint, 'nova.conf'), 'utf8')).toBe(`${original}cafile = /etc/nova/ssl/glance-ca.pem\n`);
    } finally {
      const unmounted = spawnSync('umount', [mountPoint], { encoding: 'utf8' });
      expect(unmounted.status, `umount ${mountPoint}: ${unmounted.stderr}`).toBe(0);
      rmdirSync(mountPoint);
    }
  });
});
