import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editParsedDocument } from '../../../src/core/ini/editDocument';
import { parseIni, printIni } from '../../../src/core/ini/parseIni';
import { spliceDocument } from '../../../src/core/ini/spliceDocument';
import type { IniDocument } from '../../../src/core/ini/types';
import type { OptionValue } from '../../../src/core/schema/types';
import { dialect, fileArbitrary } from '../../support/iniArbitraries';
import { loadSchemaFixture } from '../../support/fixtures';
import { itWithSeeds } from '../../support/seeds';
import { valueOf } from '../../support/valueArbitraries';

const synthetic = loadSchemaFixture('synthetic.json').schema;
const words = dialect(synthetic, { sections: ['ssl', 'other'], keys: ['no_such_key'], values: [] });
const files = fileArbitrary(words).filter((text) => parseIni(text).errors.length === 0);

/** What a document says, without object identity: to compare a spliced document with a parsed one. */
function reading(document: IniDocument) {
  return {
    lines: document.lines.map((line) => [line.number, line.kind, line.text, line.eol]),
    sections: document.sections.map((section) => [section.line, section.name, section.normalized]),
    entries: document.entries.map((entry) => [entry.line, entry.endLine, entry.section.line, entry.section.name, entry.key, entry.value]),
    errors: document.errors,
  };
}

describe('spliceDocument', () => {
  itWithSeeds('reads what parseIni reads from the changed text, on random files and changes', [1], (seed) => {
    const lineTexts = fc.constantFrom('', '# note', '[glance]', '[other]', 'a = 1', 'b: two', '  continued', 'c =', 'bad line', 'num_retries = 3');
    fc.assert(
      fc.property(
        files,
        fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 2 }), insert: fc.array(lineTexts, { maxLength: 3 }) }), { maxLength: 3 }),
        (text, picks) => {
          const document = parseIni(text);
          const count = document.lines.length;
          // Changes in line order that remove whole entries or single other lines.
          const changes: { line: number; remove: number; insert: { text: string; eol: '\n' }[] }[] = [];
          let from = 1;
          for (const pick of picks) {
            const line = from + (pick.at % Math.max(1, count + 2 - from));
            if (line > count + 1) break;
            const entry = document.entries.find((candidate) => candidate.line === line);
            const kind = document.lines[line - 1]?.kind;
            const remove = kind === 'continuation' ? 0 : entry ? (pick.remove ? entry.endLine - line + 1 : 0) : Math.min(pick.remove, 1, count + 1 - line);
            changes.push({ line, remove, insert: pick.insert.map((lineText) => ({ text: lineText, eol: '\n' })) });
            from = line + remove + 1;
          }
          const spliced = spliceDocument(document, changes);
          expect(reading(spliced)).toEqual(reading(parseIni(printIni(spliced))));
        },
      ),
      { seed, numRuns: 400 },
    );
  });

  it('keeps the objects of lines that did not move', () => {
    const document = parseIni('[glance]\na = 1\nb = 2\n[other]\nc = 3\n');
    const spliced = spliceDocument(document, [{ line: 3, remove: 1, insert: [{ text: 'b = 20', eol: '\n' }] }]);
    expect(spliced.lines[4]).toBe(document.lines[4]);
    expect(spliced.entries[2]).toBe(document.entries[2]);
    expect(spliced.entries[1]!.value).toBe('20');
  });
});

describe('editParsedDocument', () => {
  const options = synthetic.groups.flatMap((group) => group.options.map((option) => ({ group: group.name, option })));
  itWithSeeds('gives the document that parsing the edited text gives, on random files and edits', [2], (seed) => {
    const edit = fc.constantFrom(...options).chain(({ group, option }) =>
      fc.option(valueOf(option), { nil: undefined }).map((value: OptionValue | undefined) => ({ group, option: option.dest, value })),
    );
    fc.assert(
      fc.property(files, fc.array(edit, { maxLength: 4 }), (text, edits) => {
        const edited = editParsedDocument(synthetic, parseIni(text), edits);
        if ('document' in edited) expect(reading(edited.document)).toEqual(reading(parseIni(printIni(edited.document))));
      }),
      { seed, numRuns: 300 },
    );
  });
});
