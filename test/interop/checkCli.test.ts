// `check a.conf b.conf --json`, run in-process, layers files as oslo's repeated --config-file does: its values
// and its exit status agree with the REAL oslo.config on random sets of files.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect } from 'vitest';
import { runWith } from '../cli/cliHarness';
import { loadSchemaFixture, readFixture } from '../support/fixtures';
import { dialect, fileArbitrary } from '../support/iniArbitraries';
import { itWithSeeds } from '../support/seeds';
import { readWithOslo } from './oslo';

const { raw, schema } = loadSchemaFixture('synthetic.json');

/** JSON cannot write -0, so the CLI prints 0 for a float -0.0 (the one value the comparison treats as equal). */
function withoutNegativeZero(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe('check FILE... --json against oslo.config', () => {
  itWithSeeds('reads several files as oslo does: later files win key by key, multi values gather in file order', [99, 1767996141], async (seed) => {
    const d = dialect(schema, { sections: ['old'], keys: ['s_old', 'b_old', 'm_old'], values: ['$m_old', '$host'] });
    const cases = fc.sample(fc.array(fileArbitrary(d), { minLength: 2, maxLength: 4 }), { seed, numRuns: 250 });
    const results = await readWithOslo(raw, cases.map((files) => ({ files })));
    const problems: unknown[] = [];
    let layered = 0;
    cases.forEach((files, index) => {
      const oslo = results[index]!;
      const names = files.map((_, file) => `file${file}.conf`);
      const inputs = { 'synthetic.json': readFixture('synthetic.json'), ...Object.fromEntries(files.map((text, file) => [names[file]!, text])) };
      const cli = runWith(inputs, ['check', ...names, '--json', '--schema', 'synthetic.json']);
      const output = JSON.parse(cli.stdout) as { values: unknown; findings: { severity: string }[] };
      const failed = Boolean(oslo.parse_error) || oslo.errors.length > 0;
      if (cli.status !== (failed ? 1 : 0)) problems.push({ files, status: cli.status, oslo: oslo.parse_error ?? oslo.errors });
      if (oslo.parse_error) return;
      layered += 1;
      if (!isDeepStrictEqual(output.values, withoutNegativeZero(oslo.values))) {
        problems.push({ files, ours: output.values, oslo: oslo.values });
      }
    });
    expect(layered).toBeGreaterThan(50);
    expect(problems.slice(0, 3)).toEqual([]);
  });
});
