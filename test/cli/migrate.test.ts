import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runWith } from './cliHarness';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/advisories/${name}`, import.meta.url), 'utf8');

describe('migrate FILE [-o OUT]', () => {
  it('rewrites old names to the new ones, keeping values, comments and every other byte', () => {
    const text = '# nova\r\n[glance]\r\napi_insecure=true\r\n; keep me\r\n\r\n[SSL]\r\nca_file : /etc/ca.pem\r\nciphers = HIGH';
    const run = runWith({ 'nova.conf': text }, ['migrate', 'nova.conf', '-o', 'out.conf']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "nova.conf:3: [glance] api_insecure kept, copied to [glance] insecure
      nova.conf:7: [SSL] ca_file -> [glance] cafile
      "
    `);
    expect(run.files.get('nova.conf')).toBe(text);
    expect(run.files.get('out.conf')).toBe(
      '# nova\r\n[glance]\r\napi_insecure=true\r\ninsecure=true\r\ncafile : /etc/ca.pem\r\n; keep me\r\n\r\n[SSL]\r\nciphers = HIGH',
    );
    expect(run.files.get('out.conf')).toMatchInlineSnapshot(`
      "# nova
      [glance]
      api_insecure=true
      insecure=true
      cafile : /etc/ca.pem
      ; keep me

      [SSL]
      ciphers = HIGH"
    `);
  });

  it('edits the file in place without -o', () => {
    const run = runWith({ 'nova.conf': '[ssl]\nkey_file = /k.pem\n' }, ['migrate', 'nova.conf']);
    expect(run.status).toBe(0);
    expect(run.files.get('nova.conf')).toBe('[ssl]\n\n[glance]\nkeyfile = /k.pem\n');
  });

  it('says so when there is nothing to migrate, and leaves the file alone', () => {
    const run = runWith({ 'nova.conf': '[glance]\ninsecure = false\n' }, ['migrate', 'nova.conf']);
    expect([run.status, run.stdout]).toEqual([0, 'nova.conf: no old option names to migrate\n']);
  });

  it('deletes an ignored old-name line that holds the same value as the new name', () => {
    const run = runWith({ 'nova.conf': '[glance]\ncafile = /ca.pem\n[ssl]\nca_file = "/ca.pem"\n' }, ['migrate', 'nova.conf']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "nova.conf:4: [ssl] ca_file deleted (same value as [glance] cafile)
      "
    `);
    expect(run.files.get('nova.conf')).toBe('[glance]\ncafile = /ca.pem\n[ssl]\n');
  });

  it('refuses, with the reason, when old and new names hold different values', () => {
    const text = '[glance]\ncafile = /new.pem\n[ssl]\nca_file = /old.pem\ncert_file = /c.pem\n';
    const run = runWith({ 'nova.conf': text }, ['migrate', 'nova.conf']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatchInlineSnapshot(`
      "nova.conf left unchanged:
        nova.conf:4: [ssl] ca_file = "/old.pem" is ignored: oslo reads [glance] cafile = "/new.pem" (line 2) instead. The two disagree and only you know which value is meant: delete the other line, then migrate again
      "
    `);
    expect(run.files.get('nova.conf')).toBe(text);
  });

  it('refuses a file that does not parse', () => {
    const run = runWith({ 'nova.conf': '[glance\napi_insecure = true\n' }, ['migrate', 'nova.conf']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatchInlineSnapshot(`
      "nova.conf left unchanged:
        nova.conf:1: the file does not parse, so oslo reads nothing from it: Invalid section (must end with ]): '[glance'
        nova.conf:2: the file does not parse, so oslo reads nothing from it: Section must be started before assignment: None
      "
    `);
  });

  it('exits 2 on usage errors', () => {
    expect(runWith({}, ['migrate']).status).toBe(2);
    expect(runWith({}, ['migrate', 'a.conf', 'b.conf']).status).toBe(2);
    expect(runWith({}, ['migrate', 'missing.conf']).stderr).toBe('oslo-config-editor: cannot read missing.conf: no such file or directory\n');
  });

  it('migrates the insecure fixture; check then reports no old names', () => {
    const run = runWith({ 'nova.conf': fixture('insecure-glance.conf') }, ['migrate', 'nova.conf']);
    expect(run.stdout).toMatchInlineSnapshot(`
      "nova.conf:9: [glance] api_insecure kept, copied to [glance] insecure
      nova.conf:19: [ssl] cert_file -> [glance] certfile
      "
    `);
    const check = runWith({ 'nova.conf': run.files.get('nova.conf')! }, ['check', 'nova.conf', '--json']);
    const findings = JSON.parse(check.stdout).findings as { kind: string }[];
    expect(findings.filter((finding) => finding.kind === 'deprecated')).toEqual([]);
  });

  it('is in the usage text', () => {
    expect(runWith({}, ['--help']).stdout).toContain('migrate FILE [-o OUT] [--force] [--backup[=SUFFIX]] [--diff] [SCHEMA]');
  });
});
