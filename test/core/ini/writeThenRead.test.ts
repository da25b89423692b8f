// Properties of our own writer and reader: what is written reads back as the same value (or is refused), and
// no value can add a key or a section to the file.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect } from 'vitest';
import { editDocument } from '../../../src/core/ini/editDocument';
import { parseIni } from '../../../src/core/ini/parseIni';
import { resolveConfig } from '../../../src/core/ini/resolveConfig';
import { writeSection } from '../../../src/core/ini/writeSection';
import type { OptionSchema, OptionValue } from '../../../src/core/schema/types';
import { checkValue } from '../../../src/core/values/checkValue';
import { groupOf, loadSchemaFixture } from '../../support/fixtures';
import { itWithSeeds } from '../../support/seeds';
import { hostileString, valueOf } from '../../support/valueArbitraries';

const synthetic = loadSchemaFixture('synthetic.json').schema;
const p = groupOf(synthetic, 'p');
const RUNS = 250;

/** Writes one value the way export does (refusing what checkValue refuses), then reads it back with our core. */
function writeThenRead(option: OptionSchema, value: OptionValue, annotated: boolean): { refused: true } | { read: OptionValue; error: string | null } {
  if (checkValue(p.name, option, value) !== null) return { refused: true };
  const written = writeSection(p, { [option.dest]: value }, annotated ? 'annotated' : 'minimal');
  if ('errors' in written) throw new Error(`checkValue accepted what writeSection refuses: ${JSON.stringify(written.errors)}`);
  const resolved = resolveConfig(synthetic, [{ name: 'x.conf', document: parseIni(written.text) }]).options.get('p')!.get(option.dest)!;
  return { read: resolved.value, error: resolved.error };
}

describe('a value written by writeSection reads back the same, or the writer refuses it', () => {
  for (const option of p.options) {
    itWithSeeds(`${option.dest} (${option.type})`, [20240], (seed) => {
      let written = 0;
      fc.assert(
        fc.property(valueOf(option, hostileString({ lineBreaks: true })), fc.boolean(), (value, annotated) => {
          const result = writeThenRead(option, value, annotated);
          if ('refused' in result) return true;
          written += 1;
          return result.error === null && isDeepStrictEqual(result.read, value);
        }),
        { seed, numRuns: RUNS },
      );
      // The property must not hold only because everything was refused.
      expect(written).toBeGreaterThan(RUNS / 10);
    });
  }
});

const anyText = fc.oneof(hostileString({ lineBreaks: true, maxLength: 16 }), fc.string({ unit: 'binary', maxLength: 12 }));

describe('no value can add a key or a section', () => {
  const textOptions = p.options.filter((option) => ['string', 'list', 'dict', 'multi', 'uri', 'hostaddress'].includes(option.type));

  for (const option of textOptions) {
    const type = option.type;
    itWithSeeds(`written by writeSection: ${option.dest} (${type})`, [7], (seed) => {
      const value = type === 'list' || type === 'multi' ? fc.array(anyText, { maxLength: 3 }) : type === 'dict' ? fc.dictionary(anyText, anyText, { maxKeys: 2 }) : anyText;
      fc.assert(
        fc.property(value, (value) => {
          const written = writeSection(p, { [option.dest]: value as OptionValue });
          if ('errors' in written) return true;
          const document = parseIni(written.text);
          const lines = type === 'multi' ? (value as string[]).length : 1;
          return (
            document.errors.length === 0 &&
            isDeepStrictEqual(document.sections.map((section) => section.name), ['p']) &&
            document.entries.length === lines &&
            document.entries.every((entry) => entry.key === option.dest)
          );
        }),
        { seed, numRuns: RUNS },
      );
    });
  }

  itWithSeeds('written by editDocument into a file with other sections and keys', [8], (seed) => {
    const file = '[DEFAULT]\r\nhost = h\r\n\r\n[p]\r\n#s = <None>\r\ni = 3\r\n[other]\r\nx = 1';
    const keysOf = (text: string) => parseIni(text).entries.map((entry) => `[${entry.section.name}] ${entry.key}`);
    const sectionsOf = (text: string) => parseIni(text).sections.map((section) => section.name);
    fc.assert(
      fc.property(fc.constantFrom('s', 'i', 'l', 'd', 'm'), anyText, (dest, text) => {
        const option = p.options.find((candidate) => candidate.dest === dest)!;
        const value = option.type === 'list' || option.type === 'multi' ? [text] : option.type === 'dict' ? { k: text } : option.type === 'integer' ? text.length : text;
        const edited = editDocument(synthetic, file, [{ group: 'p', option: dest, value }]);
        if ('errors' in edited) return true;
        const expectedKeys = [...keysOf(file).filter((key) => key !== `[p] ${dest}`), `[p] ${dest}`].sort();
        return isDeepStrictEqual(sectionsOf(edited.text), sectionsOf(file)) && isDeepStrictEqual(keysOf(edited.text).sort(), expectedKeys);
      }),
      { seed, numRuns: RUNS * 4 },
    );
  });
});
