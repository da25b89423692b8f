// `set --diff` and `migrate --diff`: the change a write would make, as a unified diff on stdout, with every file left
// as it was; `patch` applied to the file with it gives what the command writes without --diff.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDirectory, readFiles, runIn, runWith } from './cliHarness';

const NOVA = '# nova\r\n[glance]\r\napi_insecure=true\r\nnum_retries = 1\r\n\r\n[ssl]\r\nca_file : /etc/ca.pem\r\n';

/** The file after `patch` applies the diff, in a directory of its own. */
function patched(text: string, diff: string): string {
  const directory = makeDirectory();
  writeFileSync(join(directory, 'nova.conf'), text);
  writeFileSync(join(directory, 'change.diff'), diff);
  execFileSync('patch', ['--quiet', 'nova.conf', 'change.diff'], { cwd: directory });
  return readFileSync(join(directory, 'nova.conf'), 'utf8');
}

describe('--diff', () => {
  it('set prints the change and writes nothing', () => {
    const args = ['set', 'nova.conf', 'glance.num_retries=4', 'glance.cafile=/etc/nova/ca.pem'];
    const diff = runWith({ 'nova.conf': NOVA }, [...args, '--diff']);
    expect(diff.status).toBe(0);
    expect(diff.stdout.replaceAll('\r', '␍')).toMatchInlineSnapshot(`
      "--- nova.conf
      +++ nova.conf
      @@ -1,7 +1,8 @@
       # nova␍
       [glance]␍
       api_insecure=true␍
      -num_retries = 1␍
      +num_retries = 4␍
      +cafile = /etc/nova/ca.pem␍
       ␍
       [ssl]␍
       ca_file : /etc/ca.pem␍
      "
    `);
    expect([...diff.files]).toEqual([['nova.conf', NOVA]]);
    const written = runWith({ 'nova.conf': NOVA }, args);
    expect(patched(NOVA, diff.stdout)).toBe(written.files.get('nova.conf'));
  });

  it('migrate prints the change, and what it migrated on stderr, and writes nothing, not even OUT', () => {
    const diff = runWith({ 'nova.conf': NOVA }, ['migrate', 'nova.conf', '-o', 'new.conf', '--diff']);
    expect(diff.status).toBe(0);
    expect(diff.stdout.replaceAll('\r', '␍')).toMatchInlineSnapshot(`
      "--- nova.conf
      +++ new.conf
      @@ -1,7 +1,8 @@
       # nova␍
       [glance]␍
       api_insecure=true␍
      +insecure=true␍
       num_retries = 1␍
      +cafile : /etc/ca.pem␍
       ␍
       [ssl]␍
      -ca_file : /etc/ca.pem␍
      "
    `);
    expect(diff.stderr).toMatchInlineSnapshot(`
      "nova.conf:3: [glance] api_insecure kept, copied to [glance] insecure
      nova.conf:7: [ssl] ca_file -> [glance] cafile
      "
    `);
    expect([...diff.files]).toEqual([['nova.conf', NOVA]]);
    const written = runWith({ 'nova.conf': NOVA }, ['migrate', 'nova.conf', '-o', 'new.conf']);
    expect(patched(NOVA, diff.stdout)).toBe(written.files.get('new.conf'));
  });

  it('prints nothing when nothing changes, and nothing but the refusal when the edit is refused', () => {
    const same = runWith({ 'nova.conf': NOVA }, ['set', 'nova.conf', 'glance.num_retries=1', '--diff']);
    expect([same.status, same.stdout]).toEqual([0, '']);
    const refused = runWith({ 'nova.conf': NOVA }, ['set', 'nova.conf', 'glance.num_retries=-1', '--diff']);
    expect([refused.status, refused.stdout]).toEqual([1, '']);
    expect(refused.stderr).toContain('oslo.config refuses it: Should be greater than or equal to 0');
  });

  it('is a usage error with --force or --backup, which are about writing', () => {
    const directory = makeDirectory();
    writeFileSync(join(directory, 'nova.conf'), NOVA);
    for (const extra of ['--force', '--backup']) {
      const run = runIn(directory, ['migrate', 'nova.conf', '--diff', extra]);
      expect([run.status, run.stderr]).toEqual([2, 'oslo-config-editor: --diff writes no file: leave out --force and --backup\n']);
    }
    expect([...readFiles(directory)]).toEqual([['nova.conf', NOVA]]);
  });
});
