// Whole-file truth for every service of the catalog: the real oslo.config, with each service's options registered
// the way the service registers them (its generator namespaces, from Debian's packages of the release: see
// scripts/catalog/), reads the generator's own sample and a file that sets every option exactly as the editor reads
// them; `set` and `migrate` on that file change only their lines.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/core/catalog/readCatalog';
import { readCatalogFacts } from '../../src/core/catalog/readCatalogFacts';
import { checkFiles } from '../../src/core/checkFiles';
import { writeSection } from '../../src/core/ini/writeSection';
import { parseGeneratorOutput } from '../../src/core/schema/parseGeneratorOutput';
import type { ConfigSchema, OptionSchema, OptionValue } from '../../src/core/schema/types';
import { optionTypes } from '../../src/core/types/optionTypes';
import { runWith } from '../cli/cliHarness';
import { diffLines } from '../../src/core/ini/diffLines';
import { toOsloValue } from '../support/osloValues';
import { filledFile, underOldNames } from '../support/filledFile';
import { randomSource } from '../support/validValues';
import { readServiceWithOslo, type OsloOptionFacts, type OsloResult, type OsloValue } from './oslo';

const RELEASE = 'zed';
const CATALOG = new URL('../../catalog/', import.meta.url);
const entries = readCatalog(JSON.parse(readFileSync(new URL('manifest.json', CATALOG), 'utf8'))).filter(
  (entry) => entry.release.name === RELEASE,
);
// A fresh seed each run, printed, so that a failure can be repeated: CATALOG_SEED=<seed> npm run test:unit.
const SEED = Number(process.env.CATALOG_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.log(`catalog interop: CATALOG_SEED=${SEED}`);

type Facts = Record<string, Record<string, OsloOptionFacts>>;

interface Comparison {
  /** Options compared and found equal, as `[group] dest`. */
  same: string[];
  /** `[group] dest: ours …, oslo …` for each difference. */
  differences: string[];
  /** Options oslo reads but the editor cannot know: defaults computed where the service runs. */
  computed: string[];
}

/** Every option oslo read, against what the editor's core resolves from the same files. */
function compare(schema: ConfigSchema, facts: Facts, files: string[], oslo: OsloResult): Comparison {
  const { resolution } = checkFiles(schema, files.map((text, index) => ({ name: `file${index}.conf`, text })));
  const result: Comparison = { same: [], differences: [], computed: [] };
  if (oslo.parse_error) return { ...result, differences: [`oslo: ${oslo.parse_error.message}`] };
  for (const error of oslo.errors) {
    const ours = resolution.options.get(error.group)?.get(error.option);
    if (!ours?.error) result.differences.push(`[${error.group}] ${error.option}: oslo refuses it (${error.message}); ours ${JSON.stringify(ours?.value)}`);
  }
  for (const [group, values] of Object.entries(oslo.values)) {
    for (const [dest, value] of Object.entries(values)) {
      const ours = resolution.options.get(group)?.get(dest);
      const where = `[${group}] ${dest}`;
      if (!ours) {
        result.differences.push(`${where}: oslo reads ${JSON.stringify(value)}, the schema has no such option`);
        continue;
      }
      if (ours.computed !== null) {
        result.computed.push(where);
        continue;
      }
      const expected = comparable(ours.option, facts[group]![dest]!, value);
      const actual = ours.error !== null ? { error: ours.error } : ourComparable(ours.option, ours.value);
      if (isDeepStrictEqual(actual, expected)) result.same.push(where);
      else result.differences.push(`${where}: ours ${JSON.stringify(actual)}, oslo ${JSON.stringify(value)}`);
    }
  }
  return result;
}

// The model holds a list's items and a dict's values as text, which is what the generator says of them; where the
// real option converts them further (List of Integer, of IPAddress, of Dict), oslo's are compared as that text.
function comparable(option: OptionSchema, facts: OsloOptionFacts, value: OsloValue): OsloValue {
  if (option.type === 'range' || option.type === 'unknown') return typeof value === 'string' ? value : JSON.stringify(value);
  const itemType = option.facts?.item?.type ?? facts.item_type;
  if (itemType && itemType !== 'String') {
    if (Array.isArray(value)) return value.map(itemText);
    if (value && typeof value === 'object' && !('float' in value) && !('int' in value)) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, itemText(item)]));
    }
  }
  return value;
}

function ourComparable(option: OptionSchema, value: OptionValue): OsloValue {
  if (option.type === 'range' && typeof value === 'string') return optionTypes.range.str(value);
  if (option.type === 'unknown') return typeof value === 'string' ? value : JSON.stringify(value);
  return toOsloValue(value, option);
}

function itemText(item: OsloValue): string {
  if (item && typeof item === 'object' && !Array.isArray(item)) {
    return Object.entries(item).map(([key, value]) => `${key}:${itemText(value)}`).join(',');
  }
  return String(item);
}

/** The lines that differ between two texts, as `-N old` / `+N new`. */
function changedLines(before: string, after: string): string[] {
  const [a, b] = [before.split('\n'), after.split('\n')];
  const { removed, added } = diffLines(a, b);
  return [...removed.map((index) => a[index]!), ...added.map((index) => b[index]!)];
}

describe.each(entries.map((entry) => entry.service))('%s, read by the real oslo.config with its own options', (service) => {
  const entry = entries.find((candidate) => candidate.service === service)!;
  const facts = readCatalogFacts(JSON.parse(readFileSync(new URL(entry.facts!, CATALOG), 'utf8')));
  const schema = parseGeneratorOutput(readFileSync(new URL(entry.path, CATALOG), 'utf8'), service, facts);
  const sample = readFileSync(new URL(`../fixtures/catalog/${RELEASE}/${service}.conf`, import.meta.url), 'utf8');
  const random = randomSource(SEED + service.length);

  it('loads every option: each gets a widget, or is read-only with the reason', () => {
    const options = schema.groups.flatMap((group) => group.options);
    const readOnly = options.filter((option) => option.readOnlyReason !== null).map((option) => `${option.dest}: ${option.readOnlyReason}`);
    expect(options.length).toBeGreaterThan(100);
    // With the catalog's facts, every type is one the editor models (a type of the service's own code as such).
    expect(readOnly).toEqual([]);
  });

  it('checks an empty file without an error, and exports the untouched schema', () => {
    const { findings } = checkFiles(schema, [{ name: `${service}.conf`, text: '' }]);
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    for (const group of schema.groups) expect(writeSection(group, {}, 'annotated')).toHaveProperty('text');
  });

  it('reads the generator\'s sample, and a file that sets every option, as oslo reads them; set and migrate change only their lines', async () => {
    const first = await readServiceWithOslo(RELEASE, service, [{ files: [sample] }]);
    const facts = first.options;
    const fromSample = compare(schema, facts, [sample], first.results[0]!);
    expect(fromSample.differences).toEqual([]);
    // The defaults the editor leaves to the service, as the generator documents them (`<current_hostname>`).
    expect(fromSample.computed).toMatchSnapshot();

    const filled = filledFile(schema, facts, random);
    // `set` of a few options on the filled file, through the CLI as an operator runs it.
    const edited = schema.groups
      .flatMap((group) => group.options.map((option) => ({ group: group.name, option })))
      .filter(({ group, option }) => option.type === 'string' && !option.choices.length && !facts[group]?.[option.dest]?.regex && !facts[group]?.[option.dest]?.max_length)
      .filter((_, index) => index % 7 === random.int(0, 6))
      .slice(0, 8);
    const assignments = edited.map(({ group, option }) => `${group}.${option.dest}=changed-${option.dest}`);
    const set = runWith({ [`${service}.conf`]: filled.text }, ['set', `${service}.conf`, ...assignments, '--service', service]);
    expect(set.stderr).toBe('');
    const afterSet = set.files.get(`${service}.conf`)!;
    const oldNamed = underOldNames(schema, filled.text, random);
    // Every service but placement has options with old names in their own group.
    if (service !== 'placement') expect(oldNamed).not.toBe(filled.text);
    const migrate = runWith({ [`${service}.conf`]: oldNamed }, ['migrate', `${service}.conf`, '--service', service]);
    expect(migrate.stderr).toBe('');
    const migrated = migrate.files.get(`${service}.conf`)!;

    const second = await readServiceWithOslo(RELEASE, service, [{ files: [filled.text] }, { files: [afterSet] }, { files: [oldNamed] }, { files: [migrated] }]);
    const [readFilled, readSet, readOld, readMigrated] = second.results as [OsloResult, OsloResult, OsloResult, OsloResult];

    const fromFilled = compare(schema, facts, [filled.text], readFilled);
    expect(fromFilled.differences).toEqual([]);
    expect(fromFilled.computed).toEqual([]);
    const everyOption = schema.groups.flatMap((group) => group.options.map((option) => `[${group.name}] ${option.dest}`));
    expect(everyOption.filter((option) => !fromFilled.same.includes(option) && !filled.unfilled.some((unfilled) => unfilled.startsWith(`${option} (`)))).toEqual([]);
    // What a file cannot set: an option whose conversion is the service's own code, with nothing to take a text from.
    expect(filled.unfilled.length).toBeLessThan(10);

    expect(compare(schema, facts, [afterSet], readSet).differences).toEqual([]);
    const changed = changedLines(filled.text, afterSet);
    expect(edited.length).toBeGreaterThan(0);
    expect(changed.length).toBe(2 * edited.length);
    for (const { group, option } of edited) expect(readSet.values[group]?.[option.dest]).toBe(`changed-${option.dest}`);

    // The same values under old names (oslo warns), then the same values, migrated, without a warning.
    expect(compare(schema, facts, [oldNamed], readOld).differences).toEqual([]);
    expect(readMigrated.values).toEqual(readOld.values);
    // (oslo.messaging lists rpc_conn_pool_size as its own old name: oslo warns for its own line too.)
    const oldNameWarnings = (result: OsloResult) => result.warnings.filter((warning) => warning.includes('is deprecated. Use option'));
    expect(oldNameWarnings(readMigrated)).toEqual(oldNameWarnings(readFilled));
    expect(changedLines(oldNamed, migrated)).toEqual(changedLines(oldNamed, filled.text));
  }, 600_000);
});
