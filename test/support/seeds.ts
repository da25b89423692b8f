// Randomised tests run on their fixed corpus (the seeds they were written with, and every seed that once found a
// bug) and on a seed drawn afresh for each run, so that they keep exploring. The fresh seed is printed; a failure
// is replayed with it: OCE_SEED=<seed> npx vitest run <file>. A seed that found a bug joins the test's fixed seeds.
import { it } from 'vitest';

export const SEED_VARIABLE = 'OCE_SEED';

/** This run's fresh seed: OCE_SEED when set (to replay a failure), else a new one. */
export function freshSeed(): number {
  const given = process.env[SEED_VARIABLE];
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isSafeInteger(seed)) throw new Error(`${SEED_VARIABLE}=${given} is not an integer seed`);
    return seed;
  }
  return Math.floor(Math.random() * 2 ** 31);
}

/**
 * A randomised test once per fixed seed, and once on a fresh seed. `body` gets the seed to give fast-check
 * (`fc.assert(..., { seed })`, `fc.sample(..., { seed })`).
 */
export function itWithSeeds(title: string, fixed: readonly number[], body: (seed: number) => unknown, timeout?: number): void {
  for (const seed of fixed) it(`${title} (fixed seed ${seed})`, () => body(seed), timeout);
  it(
    `${title} (fresh seed)`,
    async () => {
      const seed = freshSeed();
      console.info(`${title}: fresh seed ${seed} (to replay: ${SEED_VARIABLE}=${seed})`);
      try {
        await body(seed);
      } catch (error) {
        if (error instanceof Error) error.message = `${error.message}\n\nFresh seed ${seed}: replay with ${SEED_VARIABLE}=${seed}, then add it to the fixed seeds.`;
        throw error;
      }
    },
    timeout,
  );
}
