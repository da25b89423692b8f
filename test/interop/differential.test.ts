// Differential check against the REAL oslo.config: random INI files (valid and broken lines, continuations,
// comments, odd sections, old names, duplicates, `$` references, bad values) must give the same parse errors, the
// same value errors (word for word, with the line or file oslo names), the same refusal of required options and the
// same values in our checkFiles as in oslo.
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { compareWithOslo } from '../support/compareWithOslo';
import { loadSchemaFixture } from '../support/fixtures';
import { dialect, type Dialect, fileArbitrary } from '../support/iniArbitraries';
import { itWithSeeds } from '../support/seeds';
import { readWithOslo, type OsloResult } from './oslo';

interface Mismatch {
  files: string[];
  problem: string;
}

async function differential(fixture: string, extra: Dialect, seed: number, numRuns: number): Promise<{ mismatches: Mismatch[]; results: OsloResult[] }> {
  const { raw, schema } = loadSchemaFixture(fixture);
  const d = dialect(schema, extra);
  const cases = fc.sample(fc.array(fileArbitrary(d), { minLength: 1, maxLength: 3 }), { seed, numRuns });
  const results = await readWithOslo(raw, cases.map((files) => ({ files })));
  const mismatches: Mismatch[] = [];
  cases.forEach((files, index) => {
    for (const problem of compareWithOslo(schema, files, results[index]!)) mismatches.push({ files, problem });
  });
  const parsed = results.filter((result) => !result.parse_error).length;
  // The generator must exercise both sides: files oslo reads and files it refuses.
  expect(parsed).toBeGreaterThan(numRuns / 4);
  expect(numRuns - parsed).toBeGreaterThan(numRuns / 10);
  expect(results.filter((result) => result.errors.length).length).toBeGreaterThan(numRuns / 10);
  return { mismatches, results };
}

/** The first mismatches, each with the files that show it. */
function describeMismatches(mismatches: Mismatch[]): string[] {
  return mismatches.slice(0, 5).map((mismatch) => `${mismatch.problem}\n    in ${JSON.stringify(mismatch.files)}`);
}

describe('checkFiles agrees with oslo.config on random files', () => {
  itWithSeeds('for the seed [glance] schema', [20240601], async (seed) => {
    const { mismatches } = await differential(
      'seed-glance.json',
      {
        sections: ['ssl', 'SSL', ' glance ', 'glance]', 'other'],
        keys: ['ca_file', 'cert_file', 'key_file', 'collect-timing', 'NUM_RETRIES', 'unknown', 'a b'],
        values: ['$ssl.ca_file', '$ca_file', '$DEFAULT.foo', '$glance.num_retries.x', '$num_retries.', '${num_retries'],
      },
      seed,
      400,
    );
    expect(describeMismatches(mismatches)).toEqual([]);
  });

  itWithSeeds('for a synthetic schema with every type, bounds, choices and old names', [20240602], async (seed) => {
    const { mismatches } = await differential(
      'synthetic.json',
      {
        sections: ['old', 'OLD', ' p ', 'other'],
        keys: ['s_old', 'b_old', 'm_old', 'dash-name', 'S', 'unknown'],
        values: ['$old.s_old', '$s_old', '$b_old', '$m_old', '$DEFAULT', '$host', '${state_path}/x', '$p.m_old'],
      },
      seed,
      400,
    );
    expect(describeMismatches(mismatches)).toEqual([]);
  });

  itWithSeeds('for a schema of required options, with and without defaults', [20240603], async (seed) => {
    const { mismatches, results } = await differential(
      'required.json',
      {
        sections: ['db', 'DB', 'other'],
        keys: ['db_pool', 'unknown'],
        values: ['$state_path', '$token', '$db.pool', '$pool', '$workers'],
      },
      seed,
      400,
    );
    expect(describeMismatches(mismatches)).toEqual([]);
    // oslo refused to start on a required option without a value, and on one that fails to read.
    const read = results.filter((result) => !result.parse_error);
    expect(read.filter((result) => result.required_error?.type === 'RequiredOptError').length).toBeGreaterThan(read.length / 10);
    expect(read.filter((result) => result.required_error && result.required_error.type !== 'RequiredOptError').length).toBeGreaterThan(0);
  });
});
