import seedGlance from './seed-glance.json';
import { readGeneratorData } from './readGeneratorData';

/** nova's `[glance]` group as the seed defines it: the editor's built-in schema. */
export const builtinSchema = readGeneratorData(seedGlance, 'built-in seed [glance] schema');
