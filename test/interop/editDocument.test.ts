// editDocument on real sample files and a generated file of thousands of lines: only the lines of the edited
// options change, and the REAL oslo.config reads the new values with every other value as before.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect } from 'vitest';
import { editDocument, type OptionEdit } from '../../src/core/ini/editDocument';
import { parseIni, splitLines } from '../../src/core/ini/parseIni';
import { normalizeSectionName } from '../../src/core/ini/normalizeSectionName';
import type { ConfigSchema, OptionSchema } from '../../src/core/schema/types';
import { checkValue } from '../../src/core/values/checkValue';
import { diffLines } from '../../src/core/ini/diffLines';
import { loadSchemaFixture, readFixture } from '../support/fixtures';
import { toOsloValue } from '../support/osloValues';
import { itWithSeeds } from '../support/seeds';
import { valueOf } from '../support/valueArbitraries';
import { readWithOslo, type OsloValue } from './oslo';

const seed = loadSchemaFixture('seed-glance.json');
const nova = loadSchemaFixture('nova-26-glance.json');
const synthetic = loadSchemaFixture('synthetic.json');

/** The seed sample with values set in several styles, old names, a repeated section, CRLF, no final newline. */
function seedSampleWithValues(): string {
  return readFixture('seed-glance.sample.conf')
    .replace('#num_retries = 0', 'num_retries=2')
    .replace('#api_servers = <None>', 'api_servers = http://a:9292,\n    https://b:9292')
    .replace('#timeout = <None>', 'timeout : 30')
    .concat('\n[ssl]\nca_file = /etc/ssl/old-ca.pem\n\n[GLANCE]\n# set again, later\nsplit_loggers = true\ncertfile = "  spaced  "')
    .replaceAll('\n', '\r\n');
}

/** Thousands of lines: many sections of comments, keys and continued values, with [glance] in the middle. */
function generatedLargeFile(): string {
  const sections: string[] = [];
  for (let index = 0; index < 240; index += 1) {
    sections.push(
      [
        `[section_${index}]`,
        `# Options of section ${index}.`,
        '#',
        `#option_${index} = <None>`,
        `option_${index} = value ${index}`,
        `list_${index} = a,b,`,
        `    c,d`,
        `; num_retries = 99`,
        `num_retries = ${index}`,
        '',
        `# cafile = /not/this/one`,
        `cafile = /etc/${index}.pem`,
        '',
      ].join('\n'),
    );
    if (index === 120) sections.push(readFixture('seed-glance.sample.conf').replace('[DEFAULT]\n', ''));
  }
  sections.push('[Glance]\ntimeout = 7\nkeyfile=/etc/key.pem\n', '[ssl]\ncert_file = /etc/old-cert.pem\n');
  return sections.join('\n');
}

const SYNTHETIC_FILE = [
  '[DEFAULT]',
  'host = h1',
  '',
  '[p]',
  '#s = <None>',
  'm = a',
  'm = b',
  'i=3',
  'l = x, y',
  '',
  '[old]',
  's_old = from the old group',
  '',
].join('\r\n');

interface Base {
  name: string;
  schema: ConfigSchema;
  raw: unknown;
  text: string;
  runs: number;
}

const BASES: Base[] = [
  { name: 'seed-glance.sample.conf', ...seed, text: readFixture('seed-glance.sample.conf'), runs: 120 },
  { name: 'nova-26-glance.sample.conf', ...nova, text: readFixture('nova-26-glance.sample.conf'), runs: 120 },
  { name: 'seed sample with values (CRLF)', ...seed, text: seedSampleWithValues(), runs: 120 },
  { name: 'generated large file', ...seed, text: generatedLargeFile(), runs: 40 },
  { name: 'synthetic file (CRLF)', ...synthetic, text: SYNTHETIC_FILE, runs: 120 },
  {
    name: 'synthetic file with an old name of a multi valued option',
    ...synthetic,
    text: SYNTHETIC_FILE.replace('m = b', 'm_old = from the old name\r\nm = b'),
    runs: 60,
  },
  { name: 'synthetic file without [p], no final newline', ...synthetic, text: '[DEFAULT]\nhost = h1', runs: 60 },
];

interface EditCase {
  edits: (OptionEdit & { option: string })[];
}

/** 1-3 edits of distinct options: a value the writer accepts, or unset. */
function editsArbitrary(schema: ConfigSchema): fc.Arbitrary<EditCase> {
  const targets = schema.groups.flatMap((group) => group.options.map((option) => ({ group: group.name, option })));
  const edit = ({ group, option }: { group: string; option: OptionSchema }) =>
    fc.oneof(
      {
        weight: 3,
        arbitrary: valueOf(option)
          .filter((value) => checkValue(group, option, value) === null)
          .map((value) => ({ group, option: option.dest, value })),
      },
      { weight: 1, arbitrary: fc.constant({ group, option: option.dest }) },
    );
  return fc
    .uniqueArray(fc.constantFrom(...targets), { minLength: 1, maxLength: 3, selector: (target) => target.option })
    .chain((chosen) => fc.tuple(...chosen.map(edit)))
    .map((edits) => ({ edits }));
}

/** The 0-based lines that hold the edited options' values in `text` (keys and continuation lines). */
function targetLines(text: string, edits: OptionEdit[]): Set<number> {
  const lines = new Set<number>();
  for (const entry of parseIni(text).entries) {
    if (!edits.some((edit) => entry.key === edit.option && entry.section.normalized === normalizeSectionName(edit.group))) continue;
    for (let line = entry.line; line <= entry.endLine; line += 1) lines.add(line - 1);
  }
  return lines;
}

/** Lines an edit may add: the option's own assignment, and for a new section its header and a blank line. */
function mayAdd(line: string, edits: OptionEdit[]): boolean {
  return edits.some(
    (edit) => new RegExp(`^${edit.option}[ \\t]*[=:]`).test(line) || line === `[${edit.group}]` || line === '',
  );
}

/** Everything wrong with one edit of one file, as sentences. */
function checkEdit(base: Base, edits: OptionEdit[], edited: string, before: OsloValue, after: OsloValue, unset: OsloValue): string[] {
  const problems: string[] = [];
  const oldLines = splitLines(base.text);
  const newLines = splitLines(edited);
  const { removed, added } = diffLines(
    oldLines.map((line) => line.text + line.eol),
    newLines.map((line) => line.text + line.eol),
  );
  const targets = targetLines(base.text, edits);
  // Appending a section gives the old last line the ending it lacked.
  const lastLine = oldLines.length - 1;
  for (const index of removed) {
    if (!targets.has(index) && !(index === lastLine && oldLines[index]!.eol === '')) {
      problems.push(`removed line ${index + 1}: ${JSON.stringify(oldLines[index]!.text)}`);
    }
  }
  const dominant = oldLines.find((line) => line.eol)?.eol ?? '\n';
  for (const index of added) {
    const line = newLines[index]!;
    const isOldLastLine = line.text === oldLines[lastLine]?.text && index === added.find((i) => newLines[i]!.text === line.text);
    if (!mayAdd(line.text, edits) && !isOldLastLine) problems.push(`added line ${index + 1}: ${JSON.stringify(line.text)}`);
    if (line.eol !== dominant && !(line.eol === '' && index === newLines.length - 1)) {
      problems.push(`added line ${index + 1} ends with ${JSON.stringify(line.eol)}, the file with ${JSON.stringify(dominant)}`);
    }
  }
  const beforeValues = before as Record<string, Record<string, OsloValue>>;
  const afterValues = after as Record<string, Record<string, OsloValue>>;
  const unsetValues = unset as Record<string, Record<string, OsloValue>>;
  for (const group of base.schema.groups) {
    for (const option of group.options) {
      const edit = edits.find((candidate) => candidate.group === group.name && candidate.option === option.dest);
      // An option whose old name was edited (api_insecure feeds insecure), or whose default refers to an edited
      // option (`$state_path/dash`), follows the edit: it is not "unchanged"; once unset, it reads what an old name
      // set by another edit gives, or its default with the edited value, not what an empty file gives.
      const oldNameEdits = edits.filter((candidate) =>
        option.oldNames.some((old) => candidate.option === old.name && candidate.group === (old.group || group.name)),
      );
      const defaultEdited = edits.some((candidate) => candidate !== edit && String(option.default).includes(`$${candidate.option}`));
      if ((oldNameEdits.length || defaultEdited) && !edit) continue;
      if ((defaultEdited || oldNameEdits.some((candidate) => 'value' in candidate)) && edit && !('value' in edit)) continue;
      const expected = !edit ? beforeValues[group.name]![option.dest] : 'value' in edit ? toOsloValue(edit.value!, option) : unsetValues[group.name]![option.dest];
      const actual = afterValues[group.name]?.[option.dest];
      if (!isDeepStrictEqual(actual, expected)) {
        problems.push(`[${group.name}] ${option.dest}: oslo reads ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
      }
    }
  }
  return problems;
}

describe('editDocument, read back by oslo.config', () => {
  for (const base of BASES) {
    // Found by fresh seeds: an unset option whose default reads an edited one ($state_path/dash, 1380487254), and one
    // whose old name another edit sets (insecure unset, api_insecure = true, 551939324).
    itWithSeeds(`changes only the edited lines of ${base.name}`, [base.text.length, 1380487254, 551939324], async (seed) => {
      const cases = fc.sample(editsArbitrary(base.schema), { seed, numRuns: base.runs });
      const results = cases.map(({ edits }) => ({ edits, result: editDocument(base.schema, base.text, edits) }));
      const refusals = results.flatMap(({ result }) => ('errors' in result ? result.errors : []));
      // The only edits refused: unsetting an option that an old name would still set.
      expect(refusals.filter((error) => !error.message.includes('under its old name'))).toEqual([]);
      const done = results.flatMap(({ edits, result }) => ('text' in result ? [{ edits, text: result.text }] : []));
      expect(done.length).toBeGreaterThan(base.runs * 0.7);

      const [unset, before, ...after] = await readWithOslo(base.raw, [
        { files: [''] },
        { files: [base.text] },
        ...done.map(({ text }) => ({ files: [text] })),
      ]);
      expect(before!.parse_error).toBeNull();
      expect(before!.errors).toEqual([]);
      const problems = done.flatMap(({ edits, text }, index) => {
        const result = after[index]!;
        if (result.parse_error || result.errors.length) return [{ edits, problems: [JSON.stringify(result.parse_error ?? result.errors)] }];
        const found = checkEdit(base, edits, text, before!.values, result.values, unset!.values);
        return found.length ? [{ edits, problems: found }] : [];
      });
      expect(problems.slice(0, 3)).toEqual([]);
    });
  }
});
