// Sections exported the way `export` does (the group's zod schema, then writeSection) are read by the REAL
// oslo.config back to exactly the values given; what the writer refuses, oslo could not read back as given.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type GroupValues, type SectionStyle, writeSection } from '../../src/core/ini/writeSection';
import type { GroupSchema, OptionSchema, OptionValue } from '../../src/core/schema/types';
import { checkValue } from '../../src/core/values/checkValue';
import { createGroupSchema } from '../../src/core/values/createValueSchema';
import { groupOf, loadSchemaFixture } from '../support/fixtures';
import { toOsloValue } from '../support/osloValues';
import { itWithSeeds } from '../support/seeds';
import { hostileString, hostText, groupValues, valueOf } from '../support/valueArbitraries';
import { readWithOslo, type OsloResult, type OsloValue } from './oslo';

const seed = loadSchemaFixture('seed-glance.json');
const synthetic = loadSchemaFixture('synthetic.json');
const glance = groupOf(seed.schema, 'glance');
const p = groupOf(synthetic.schema, 'p');

const zodSchemas = new Map<GroupSchema, ReturnType<typeof createGroupSchema>>();

/** What `export` does: the group's zod schema decides, then writeSection writes. */
function exportGroup(group: GroupSchema, values: GroupValues, style: SectionStyle): string | null {
  if (!zodSchemas.has(group)) zodSchemas.set(group, createGroupSchema(group));
  if (!zodSchemas.get(group)!.safeParse(values).success) return null;
  const written = writeSection(group, values, style);
  if ('errors' in written) throw new Error(`the schema accepted what writeSection refuses: ${JSON.stringify(written.errors)}`);
  return written.text;
}

/** What oslo should read for every option: the value given, else what an old name given feeds, else as unset. */
function expectedValues(group: GroupSchema, values: GroupValues, unset: Record<string, OsloValue>) {
  return Object.fromEntries(
    group.options.map((option) => {
      if (Object.hasOwn(values, option.dest)) return [option.dest, toOsloValue(values[option.dest]!, option)];
      const feeding = option.oldNames.find((old) => (old.group || group.name) === group.name && Object.hasOwn(values, old.name));
      return [option.dest, feeding ? toOsloValue(values[feeding.name]!, option) : unset[option.dest]!];
    }),
  );
}

interface Exported {
  values: GroupValues;
  text: string;
}

/** Exports every value set in both styles; oslo must read each text back to exactly the values. */
async function exportAndRead(raw: unknown, group: GroupSchema, valueSets: GroupValues[]) {
  const exported: Exported[] = [];
  const refused: GroupValues[] = [];
  for (const values of valueSets) {
    const texts = (['minimal', 'annotated'] as const).map((style) => exportGroup(group, values, style));
    if (texts.includes(null)) refused.push(values);
    else exported.push(...texts.map((text) => ({ values, text: text! })));
  }
  const [unset, ...results] = await readWithOslo(raw, [{ files: [''] }, ...exported.map(({ text }) => ({ files: [text] }))]);
  const mismatches = exported.flatMap(({ values, text }, index) => {
    const result = results[index]!;
    const expected = expectedValues(group, values, unset!.values[group.name]!);
    const problem = result.parse_error ?? (result.errors.length ? result.errors : null);
    if (problem || !isDeepStrictEqual(result.values[group.name], expected)) {
      return [{ text, problem, oslo: result.values[group.name], expected }];
    }
    return [];
  });
  return { exported, refused, mismatches };
}

const endpoint = fc
  .tuple(
    fc.constantFrom('http', 'https'),
    hostText.filter((host) => /^[a-z0-9.-]+$/i.test(host) && host !== ''),
    fc.option(fc.integer({ min: 1, max: 65535 }).map((port) => `:${port}`), { nil: '' }),
    fc.option(fc.stringMatching(/^\/[a-z0-9$'";=:\\\u200b.-]{0,6}$/), { nil: '' }),
  )
  .map((parts) => parts.join(''));

/** Values of a group's options that the writer accepts (what it refuses is tested below). */
function acceptedValues(group: GroupSchema, overrides: Record<string, fc.Arbitrary<OptionValue>> = {}) {
  const accepted = (option: OptionSchema) =>
    (overrides[option.dest] ?? valueOf(option)).filter((value) => checkValue(group.name, option, value) === null);
  return groupValues(group, Object.fromEntries(group.options.map((option) => [option.dest, accepted(option)])));
}

const glanceValues = acceptedValues(glance, {
  api_servers: fc.array(endpoint, { maxLength: 3 }),
  cafile: hostileString({ maxLength: 12, lineBreaks: true }),
});

describe('writeSection output read by oslo.config', () => {
  itWithSeeds('gives back 1,000+ generated [glance] value sets exactly, in both styles', [4242], async (seedNumber) => {
    const valueSets = fc.sample(glanceValues, { seed: seedNumber, numRuns: 1000 });
    const { exported, refused, mismatches } = await exportAndRead(seed.raw, glance, valueSets);
    expect(refused).toEqual([]);
    expect(exported.length / 2).toBeGreaterThanOrEqual(1000);
    expect(mismatches.slice(0, 3)).toEqual([]);
  });

  itWithSeeds('gives back hostile values of every type exactly (synthetic schema)', [777], async (seed) => {
    const valueSets = fc.sample(acceptedValues(p), { seed, numRuns: 500 });
    const { exported, refused, mismatches } = await exportAndRead(synthetic.raw, p, valueSets);
    expect(refused).toEqual([]);
    // Every type was written and read back somewhere.
    for (const option of p.options) {
      expect(exported.some(({ values }) => Object.hasOwn(values, option.dest)), option.dest).toBe(true);
    }
    expect(mismatches.slice(0, 3)).toEqual([]);
  });
});

/** The obvious way to write a value by hand: lists and dicts joined, one line per multi item, nothing escaped. */
function naiveLines(option: OptionSchema, value: OptionValue): string[] {
  if (value === null) return [`${option.dest} =`];
  if (option.type === 'multi') return (value as string[]).map((item) => `${option.dest} = ${item}`);
  if (Array.isArray(value)) return [`${option.dest} = ${value.join(',')}`];
  if (typeof value === 'object') {
    return [`${option.dest} = ${Object.entries(value).map(([key, item]) => `${key}:${item}`).join(',')}`];
  }
  return [`${option.dest} = ${String(value)}`];
}

function readsBack(result: OsloResult, group: string, option: OptionSchema, value: OptionValue): boolean {
  if (result.parse_error || result.errors.some((error) => error.option === option.dest)) return false;
  return isDeepStrictEqual(result.values[group]?.[option.dest], toOsloValue(value, option));
}

describe('values the writer refuses', () => {
  const refusals = (group: GroupSchema, seedNumber: number) =>
    fc
      .sample(
        fc.constantFrom(...group.options).chain((option) =>
          valueOf(option, hostileString({ lineBreaks: true })).map((value) => ({ option, value })),
        ),
        { seed: seedNumber, numRuns: 3000 },
      )
      .filter(({ option, value }) => checkValue(group.name, option, value) !== null);

  itWithSeeds('are values oslo reads differently when written naively', [11, 613086813], async (seedNumber) => {
    const cases = [
      ...refusals(glance, seedNumber).map((refusal) => ({ ...refusal, group: glance, raw: seed.raw })),
      ...refusals(p, seedNumber + 1).map((refusal) => ({ ...refusal, group: p, raw: synthetic.raw })),
    ].filter(({ group, option, value }) => checkValue(group.name, option, value, false) !== null);
    expect(cases.length).toBeGreaterThan(300);
    const kinds = new Set(cases.map(({ option }) => option.type));
    expect([...kinds].sort()).toEqual(['dict', 'float', 'hostaddress', 'hostdomain', 'integer', 'list', 'multi', 'port', 'string', 'uri']);
    const readBack: unknown[] = [];
    for (const raw of [seed.raw, synthetic.raw]) {
      const mine = cases.filter((refusal) => refusal.raw === raw);
      const results = await readWithOslo(
        raw,
        mine.map(({ group, option, value }) => ({ files: [[`[${group.name}]`, ...naiveLines(option, value), ''].join('\n')] })),
      );
      mine.forEach(({ group, option, value }, index) => {
        if (readsBack(results[index]!, group.name, option, value)) readBack.push({ option: option.dest, value, why: checkValue(group.name, option, value) });
      });
    }
    expect(readBack).toEqual([]);
  });

  it('include api_servers entries oslo reads but nova cannot use (the project rule, not oslo)', async () => {
    const api = glance.options.find((option) => option.dest === 'api_servers')!;
    const value = ['glance.example.com:9292', 'https://ok:9292'];
    expect(checkValue('glance', api, value)).toMatchInlineSnapshot(
      `"nova cannot use it: "glance.example.com:9292" is not an endpoint URL of the form scheme://hostname:port[/path] (http or https)"`,
    );
    expect(checkValue('glance', api, value, false)).toBeNull();
    const [result] = await readWithOslo(seed.raw, [{ files: [`[glance]\n${naiveLines(api, value).join('\n')}\n`] }]);
    expect(readsBack(result!, 'glance', api, value)).toBe(true);
  });
});
