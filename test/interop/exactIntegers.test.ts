// Integers beyond 2^53, which oslo keeps exact (Python's ints), end to end: read and substituted by the core, printed
// by `check --json`, written by `export` and `set`, and read back by the REAL oslo.config.
import { describe, expect, it } from 'vitest';
import { builtinSchema, checkFiles } from '../../src/core';
import { runWith } from '../cli/cliHarness';
import { loadSchemaFixture } from '../support/fixtures';
import { readWithOslo } from './oslo';

const seed = loadSchemaFixture('seed-glance.json');
const FILE = '[glance]\ntimeout = 99999999999999999999999\ncafile = $timeout\nnum_retries = 12345678901234567890\n';

describe('integers beyond 2^53', () => {
  it('read and substituted exactly, as oslo reads them', async () => {
    const [oslo] = await readWithOslo(seed.raw, [{ files: [FILE] }]);
    expect(oslo!.errors).toEqual([]);
    const read = (dest: string) => checkFiles(builtinSchema, [{ name: 'nova.conf', text: FILE }]).resolution.options.get('glance')!.get(dest)!.value;
    expect([read('timeout'), read('cafile'), read('num_retries')]).toEqual([99999999999999999999999n, '99999999999999999999999', 12345678901234567890n]);
    expect([oslo!.values.glance!.timeout, oslo!.values.glance!.cafile, oslo!.values.glance!.num_retries]).toEqual([
      { int: '99999999999999999999999' },
      '99999999999999999999999',
      { int: '12345678901234567890' },
    ]);
  });

  it('printed by check --json as oslo reads them: a number while exact, an object of digits beyond', async () => {
    const [oslo] = await readWithOslo(seed.raw, [{ files: [FILE] }]);
    const run = runWith({ 'nova.conf': FILE }, ['check', 'nova.conf', '--json']);
    const { values } = JSON.parse(run.stdout) as { values: { glance: Record<string, unknown> } };
    expect({ timeout: values.glance.timeout, cafile: values.glance.cafile, num_retries: values.glance.num_retries }).toMatchInlineSnapshot(`
      {
        "cafile": "99999999999999999999999",
        "num_retries": {
          "int": "12345678901234567890",
        },
        "timeout": {
          "int": "99999999999999999999999",
        },
      }
    `);
    expect(values.glance).toEqual(oslo!.values.glance);
  });

  it('written by export and set digit for digit, and read back by oslo', async () => {
    const values = { glance: { timeout: { int: '99999999999999999999999' }, num_retries: { int: '12345678901234567890' } } };
    const exported = runWith({ 'values.json': JSON.stringify(values) }, ['export', '--values', 'values.json']);
    expect(exported.stdout).toMatchInlineSnapshot(`
      "[glance]
      num_retries = 12345678901234567890
      timeout = 99999999999999999999999
      "
    `);
    const edited = runWith({ 'nova.conf': '[glance]\nnum_retries = 1\n' }, ['set', 'nova.conf', 'glance.num_retries=12345678901234567890', 'glance.timeout=99999999999999999999999']);
    expect(edited.status).toBe(0);
    expect(edited.files.get('nova.conf')).toMatchInlineSnapshot(`
      "[glance]
      num_retries = 12345678901234567890
      timeout = 99999999999999999999999
      "
    `);
    const [fromExport, fromSet] = await readWithOslo(seed.raw, [{ files: [exported.stdout] }, { files: [edited.files.get('nova.conf')!] }]);
    expect(fromExport!.values.glance).toMatchObject({ timeout: { int: '99999999999999999999999' }, num_retries: { int: '12345678901234567890' } });
    expect(fromSet!.values.glance).toMatchObject({ timeout: { int: '99999999999999999999999' }, num_retries: { int: '12345678901234567890' } });
  });
});
