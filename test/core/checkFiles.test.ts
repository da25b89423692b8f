// checkFiles limited to some groups reports, about those groups, exactly what the whole check reports: the
// editor checks a large schema group by group and merges the results.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/core/checkFiles';
import { readGeneratorData } from '../../src/core/schema/readGeneratorData';
import type { ConfigSchema } from '../../src/core/schema/types';
import { loadSchemaFixture } from '../support/fixtures';
import { editVocabulary } from '../support/iniArbitraries';
import { itWithSeeds } from '../support/seeds';

const synthetic = loadSchemaFixture('synthetic.json').schema;
const seed = loadSchemaFixture('seed-glance.json').schema;
// Old names that cross groups: into [DEFAULT], into another group's section, and one that is an option itself.
const crossing = readGeneratorData({
  options: {
    DEFAULT: { help: '', opts: [option('a'), option('state_path', { default: '/var' })] },
    p: { help: '', opts: [option('x', { deprecated_opts: [{ group: 'DEFAULT', name: 'y' }] }), option('n', { type: 'integer value' })] },
    q: {
      help: '',
      opts: [
        option('z', { deprecated_opts: [{ group: 'p', name: 'w' }, { group: 'DEFAULT', name: 'a' }] }),
        option('r', { default: '$state_path/r', deprecated_for_removal: true }),
      ],
    },
  },
});

function option(name: string, fields: Record<string, unknown> = {}) {
  return { name, dest: name, type: 'string value', default: null, help: '', deprecated_opts: [], ...fields };
}

/** Random files over the schema's sections and keys, old names, unknown keys and `$` references included. */
function files(schema: ConfigSchema, extraSections: string[]) {
  const { sections, keys, value } = editVocabulary(schema, extraSections);
  const line = fc.oneof(
    fc.tuple(fc.constantFrom(...sections), fc.boolean()).map(([name, upper]) => `[${upper && name !== 'DEFAULT' ? name.toUpperCase() : name}]`),
    fc.tuple(fc.constantFrom(...keys), value).map(([key, text]) => `${key} = ${text}`),
    fc.constantFrom('', '# a comment', '  continued'),
  );
  const file = fc.array(line, { maxLength: 30 }).map((lines) => `[${sections[0]}]\n${lines.join('\n')}\n`);
  return fc.array(file, { minLength: 1, maxLength: 2 });
}

function checkGroupByGroup(schema: ConfigSchema, texts: string[]) {
  const named = texts.map((text, index) => ({ name: `file${index}.conf`, text }));
  const whole = checkFiles(schema, named).findings;
  for (const group of schema.groups) {
    const part = checkFiles(schema, named, new Set([group.name])).findings;
    expect(part).toEqual(whole.filter((finding) => finding.group === group.name || finding.group === null));
  }
}

describe('checkFiles limited to groups', () => {
  itWithSeeds('reports for each group what the whole check reports about it (synthetic schema, `$` references)', [5], (seed) => {
    fc.assert(fc.property(files(synthetic, ['old', 'other']), (texts) => checkGroupByGroup(synthetic, texts)), { seed, numRuns: 300 });
  });

  itWithSeeds('reports for each group what the whole check reports about it (old names in another section)', [6], (seedNumber) => {
    fc.assert(fc.property(files(seed, ['ssl']), (texts) => checkGroupByGroup(seed, texts)), { seed: seedNumber, numRuns: 300 });
  });

  itWithSeeds('reports for each group what the whole check reports about it (old names across groups)', [7], (seed) => {
    fc.assert(fc.property(files(crossing, []), (texts) => checkGroupByGroup(crossing, texts)), { seed, numRuns: 300 });
  });

  it('resolves only the groups asked for', () => {
    const { resolution } = checkFiles(synthetic, [{ name: 'a.conf', text: '[p]\ni = 3\n' }], new Set(['p']));
    expect([...resolution.options.keys()]).toEqual(['p']);
    expect(resolution.options.get('p')!.get('i')!.value).toBe(3);
  });
});
