// What blocks a file, said the same everywhere: `check` fails on exactly the values the editor will not export and
// `export` refuses, for the same reasons, each saying who cannot use the value: oslo, or the service.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { builtinSchema } from '../../src/core';
import { createEditorSession } from '../../src/session';
import { itWithSeeds } from '../support/seeds';
import { runWith } from './cliHarness';

const LINES = [
  'api_servers = https://glance:9292', 'api_servers = https://a:9292,b', 'api_servers = https://a:9292?x=1', 'api_servers = ftp://h:21',
  'num_retries = 3', 'num_retries = -1', 'num_retries = x', 'timeout = 99999999999999999999999', 'cafile = /ca.pem',
  'insecure = maybe', 'insecure = false', 'keyfile = $nope', 'certfile = $num_retries', '# comment', '',
];

/** What blocks, by option: `check`'s errors and the reasons after `[group] option: `. */
function checkErrors(text: string): Map<string, string> {
  const run = runWith({ 'nova.conf': text }, ['check', 'nova.conf', '--json']);
  const { findings } = JSON.parse(run.stdout) as { findings: { option: string | null; severity: string; kind: string; message: string }[] };
  const errors = findings.filter((finding) => finding.severity === 'error' && finding.option);
  expect(run.status).toBe(errors.length ? 1 : 0);
  return new Map(errors.map((finding) => [finding.option!, finding.message.replace(/^\[glance\] \S+: /, '')]));
}

describe('check, the editor and export agree on what blocks', () => {
  itWithSeeds('on random [glance] files', [13], (seed) => {
    const files = fc.sample(fc.array(fc.constantFrom(...LINES), { maxLength: 6 }).map((lines) => ['[glance]', ...lines, ''].join('\n')), { seed, numRuns: 60 });
    let blocked = 0;
    for (const text of files) {
      const check = checkErrors(text);
      const session = createEditorSession({ schema: builtinSchema });
      session.importText('nova.conf', text);
      const page = new Map(session.getExport().problems.map((problem) => [problem.option!, problem.message]));
      expect(page, text).toEqual(check);
      if (check.size) blocked += 1;
      for (const reason of check.values()) expect(reason).toMatch(/^(oslo\.config refuses it|oslo\.config would not read it back as given|nova cannot use it): /);

      // `export` of the values check read (those oslo accepts) refuses what nova cannot use, and says so alike.
      const { values } = JSON.parse(runWith({ 'nova.conf': text }, ['check', 'nova.conf', '--json']).stdout) as { values: { glance: Record<string, unknown> } };
      const set = Object.fromEntries(Object.entries(values.glance).filter(([dest]) => new RegExp(`^${dest} =`, 'm').test(text)));
      const exported = runWith({ 'values.json': JSON.stringify({ glance: set }) }, ['export', '--values', 'values.json']);
      const refused = new Map([...exported.stderr.matchAll(/^ {2}\[glance\] (\S+): (.*)$/gm)].map((match) => [match[1]!, match[2]!]));
      expect(refused, text).toEqual(new Map([...check].filter(([, reason]) => reason.startsWith('nova cannot use it'))));
      expect(exported.status).toBe(refused.size ? 1 : 0);
    }
    expect(blocked).toBeGreaterThan(files.length / 4);
  });
});
