import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runWith } from './cliHarness';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/advisories/${name}`, import.meta.url), 'utf8');

describe('check reports advisories', () => {
  it('--json: every finding of the insecure fixture, with its line', () => {
    const run = runWith({ 'nova.conf': fixture('insecure-glance.conf') }, ['check', 'nova.conf', '--json']);
    expect(run.status).toBe(0);
    const { findings } = JSON.parse(run.stdout) as { findings: Record<string, unknown>[] };
    expect(findings.map((f) => `${f.line ?? '-'} ${f.kind} ${f.severity} ${f.message}`)).toMatchInlineSnapshot(`
      [
        "- insecure info [glance] timeout is not set: nova can wait for the image service forever",
        "8 insecure warning [glance] api_servers: http://glance.internal:9292 is plain HTTP",
        "9 deprecated warning [glance] api_insecure also sets [glance] insecure, as its old name",
        "9 insecure warning [glance] insecure = true: nova does not check the image service's TLS certificate",
        "9 insecure warning [glance] api_insecure = true: TLS verification off, and insecure = true through the old name",
        "10 conflict warning [glance] cafile is never used: insecure = true turns verification off",
        "11 insecure warning [glance] verify_glance_signatures = false: nova boots images without checking their signature",
        "12 insecure warning [glance] allowed_direct_url_schemes holds file: nova-compute reads images straight from a shared filesystem",
        "13 unknown warning [glance] collect-timing is not an option: oslo ignores it (did you mean collect_timing?)",
        "14 unknown warning [glance] NUM_RETRIES is not an option: oslo ignores it (did you mean num_retries?)",
        "15 conflict warning [glance] num_retries is set again on line 16: this line is ignored",
        "19 deprecated warning [ssl] cert_file is the old name of [glance] certfile",
        "19 invalid warning [glance] certfile is set without keyfile",
      ]
    `);
    for (const finding of findings) {
      expect(finding.title).toBe(finding.message);
      expect(typeof finding.explanation).toBe('string');
    }
  });

  it('--strict exits 1 while an insecure warning remains, 0 on the clean fixture', () => {
    expect(runWith({ 'nova.conf': fixture('insecure-glance.conf') }, ['check', 'nova.conf', '--strict']).status).toBe(1);
    const clean = runWith({ 'nova.conf': fixture('clean-glance.conf') }, ['check', 'nova.conf', '--strict', '--json']);
    expect(clean.status).toBe(0);
    expect(JSON.parse(clean.stdout).findings).toEqual([]);
  });

  it('--strict does not fail on notes (an unset timeout)', () => {
    const text = fixture('clean-glance.conf').replace('timeout = 60\n', '');
    const run = runWith({ 'nova.conf': text }, ['check', 'nova.conf', '--strict']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "nova.conf: info (insecure): [glance] timeout is not set: nova can wait for the image service forever
          Without a timeout, a request to an image service that stopped answering never ends.
          The nova service that made it (booting, snapshotting, listing images) hangs instead of failing
          and retrying. This is about reliability, not secrecy.
          What to do: set timeout to a number of seconds, e.g. 60. It bounds the wait for the connection
          and for each read, not a whole download, so large images still download.
          fix: set timeout = 60
      0 errors, 0 warnings, 1 note
      "
    `);
  });

  it('text output: title, wrapped explanation and fix', () => {
    const run = runWith({ 'nova.conf': '[glance]\napi_insecure = true\ninsecure = false\nverify_glance_signatures = true\ntimeout = 30\n' }, ['check', 'nova.conf']);
    expect(run.stdout).toMatchInlineSnapshot(`
      "nova.conf:2: warning (insecure): [glance] api_insecure = true: TLS verification off, and insecure = true through the old name
          oslo.config reads this line twice. As api_insecure itself, it asks for requests to the image
          service without verifying its certificate. It is also the old name of insecure: unless insecure
          is set in this file or a later one, oslo.config takes insecure from this line too, so insecure =
          true, certificate verification is off for nova's image service connection, and oslo.config logs:
          Deprecated: Option "api_insecure" from group "glance" is deprecated. Use option "insecure" from
          group "glance". Where insecure is set, insecure wins and this line only sets api_insecure.
          Without verification, anyone on the network path can pose as the image service, read the tokens
          nova sends and serve it altered images.
          What to do: delete this line and set insecure = false (and cafile, if the image service's CA is
          not one the system trusts).
          fix: delete api_insecure and set insecure = false
          see: Security Guide Check-Compute-05
      0 errors, 1 warning, 0 notes
      "
    `);
  });

  it('across files: the later file wins, even through an old name', () => {
    const run = runWith(
      { 'nova.conf': '[glance]\ncafile = /new.pem\n', 'glance.conf': '[ssl]\nca_file = /old.pem\n' },
      ['check', 'nova.conf', 'glance.conf', '--json'],
    );
    const { findings } = JSON.parse(run.stdout) as { findings: Record<string, unknown>[] };
    expect(findings.filter((f) => f.kind !== 'insecure').map((f) => `${f.file}:${f.line} ${f.kind} ${f.message}`)).toMatchInlineSnapshot(`
      [
        "nova.conf:2 conflict [glance] cafile is overridden by [ssl] ca_file in glance.conf",
        "glance.conf:2 deprecated [ssl] ca_file is the old name of [glance] cafile",
      ]
    `);
  });
});
