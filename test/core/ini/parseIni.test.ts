import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIni, printIni, splitLines, splitKeyValue } from '../../../src/core/ini/parseIni';
import { itWithSeeds } from '../../support/seeds';

/** What a user would be told about a file: its parse errors, then every entry oslo's parser hands on. */
function show(text: string): string {
  const document = parseIni(text);
  return [
    ...document.errors.map((error) => `line ${error.line}: ${error.message}`),
    ...document.entries.map(
      (entry) =>
        `[${entry.section.name}] ${entry.key} = ${JSON.stringify(entry.value)}` +
        (entry.endLine === entry.line ? ` (line ${entry.line})` : ` (lines ${entry.line}-${entry.endLine})`),
    ),
  ].join('\n');
}

describe('parseIni: every parse error oslo raises, with its line', () => {
  it('a key before any section (reported at the key)', () => {
    expect(show('num_retries = 1\n[glance]\n')).toMatchInlineSnapshot(`"line 1: Section must be started before assignment: None (oslo.config reports it at line 2, the line that ends the value)"`);
    expect(show('# comment\n\ns = a\n  continued\n')).toMatchInlineSnapshot(`"line 3: Section must be started before assignment: None (oslo.config reports it at line 4, the line that ends the value)"`);
  });

  it('a line with neither = nor :', () => {
    expect(show('[glance]\nnum_retries 1\n')).toMatchInlineSnapshot(`"line 2: No ':' or '=' found in assignment: 'num_retries 1'"`);
  });

  it('an empty key', () => {
    expect(show('[glance]\n= v\n : v\n')).toMatchInlineSnapshot(`
      "line 2: Key cannot be empty: '= v'
      line 3: Unexpected continuation line: ' : v'"
    `);
  });

  it('a section header that does not end with ] (no inline comments)', () => {
    expect(show('[glance\n[glance] # x\n')).toMatchInlineSnapshot(`
      "line 1: Invalid section (must end with ]): '[glance'
      line 2: Invalid section (must end with ]): '[glance] # x'"
    `);
  });

  it('an empty section name', () => {
    expect(show('[]\n')).toMatchInlineSnapshot(`"line 1: Empty section name: '[]'"`);
  });

  it('an indented line with nothing to continue', () => {
    expect(show('  [glance]\n')).toMatchInlineSnapshot(`"line 1: Unexpected continuation line: '  [glance]'"`);
    expect(show('[glance]\n  num_retries = 1\n')).toMatchInlineSnapshot(`"line 2: Unexpected continuation line: '  num_retries = 1'"`);
    expect(show('[glance]\ns = a\n\n  b\n')).toMatchInlineSnapshot(`
      "line 4: Unexpected continuation line: '  b'
      [glance] s = "a" (line 2)"
    `);
    expect(show('[glance]\ns = a\n# a comment ends the value\n  b\n')).toMatchInlineSnapshot(`
      "line 4: Unexpected continuation line: '  b'
      [glance] s = "a" (line 2)"
    `);
    expect(show('[glance]\ns = a\n\f\n  b\n')).toMatchInlineSnapshot(`
      "line 4: Unexpected continuation line: '  b'
      [glance] s = "a" (line 2)"
    `);
  });

  it('a UTF-8 byte order mark at the start, and form feeds, are not whitespace to the parser', () => {
    expect(show('\ufeff[glance]\nnum_retries = 1\n')).toMatchInlineSnapshot(`
      "line 1: No ':' or '=' found in assignment: '\\ufeff[glance]'
      line 2: Section must be started before assignment: None"
    `);
    expect(show('\f[glance]\n')).toMatchInlineSnapshot(`"line 1: No ':' or '=' found in assignment: '\\x0c[glance]'"`);
    expect(show('[glance]\ns = a\n\fb\n')).toMatchInlineSnapshot(`
      "line 3: No ':' or '=' found in assignment: '\\x0cb'
      [glance] s = "a" (line 2)"
    `);
  });

  it('reports every error of a file, each at its line, where oslo stops at the first', () => {
    expect(show('x = 1\n[glance\n[glance]\nnum_retries 1\n= v\n  [p]\n[]\ns = ok\n')).toMatchInlineSnapshot(`
      "line 1: Section must be started before assignment: None (oslo.config reports it at line 2, the line that ends the value)
      line 2: Invalid section (must end with ]): '[glance'
      line 4: No ':' or '=' found in assignment: 'num_retries 1'
      line 5: Key cannot be empty: '= v'
      line 6: Unexpected continuation line: '  [p]'
      line 7: Empty section name: '[]'
      [glance] s = "ok" (line 8)"
    `);
  });

  it('counts lines across \\n, \\r\\n and lone \\r alike', () => {
    expect(show('[glance]\r\nnum_retries = 1\rbad line\ntimeout = 2\r\n= v')).toMatchInlineSnapshot(`
      "line 3: No ':' or '=' found in assignment: 'bad line'
      line 5: Key cannot be empty: '= v'
      [glance] num_retries = "1" (line 2)
      [glance] timeout = "2" (line 4)"
    `);
  });
});

describe('parseIni: what each accepted line means', () => {
  it('first = or : splits; key and value are stripped; inner spaces and comment characters are kept', () => {
    expect(
      show('[glance]\nnum_retries: 1\ns : v = w\ns2 = v : w\nt\t= 1\nu = 3 # not a comment\nv = a ; b\nw==x\na b = c\n'),
    ).toMatchInlineSnapshot(`
      "[glance] num_retries = "1" (line 2)
      [glance] s = "v = w" (line 3)
      [glance] s2 = "v : w" (line 4)
      [glance] t = "1" (line 5)
      [glance] u = "3 # not a comment" (line 6)
      [glance] v = "a ; b" (line 7)
      [glance] w = "=x" (line 8)
      [glance] a b = "c" (line 9)"
    `);
  });

  it('one pair of matching outer quotes goes, from the first line only', () => {
    expect(
      show(`[p]\na = "  a  "\nb = 'x'\nc = "\nd = ""\ne = "a'\nf = "a"b"\ng = "a\n  b"\nh = "a"\n  "b"\n`),
    ).toMatchInlineSnapshot(`
      "[p] a = "  a  " (line 2)
      [p] b = "x" (line 3)
      [p] c = "" (line 4)
      [p] d = "" (line 5)
      [p] e = "\\"a'" (line 6)
      [p] f = "a\\"b" (line 7)
      [p] g = "\\"a\\nb\\"" (lines 8-9)
      [p] h = "a\\n\\"b\\"" (lines 10-11)"
    `);
  });

  it('continuation lines (space or tab) join with \\n; an indented key or comment is part of the value', () => {
    expect(show('[glance]\ns = a\n  num_retries = 2\n\t# c\ns2 =\n  b\n')).toMatchInlineSnapshot(`
      "[glance] s = "a\\nnum_retries = 2\\n# c" (lines 2-4)
      [glance] s2 = "\\nb" (lines 5-6)"
    `);
  });

  it('keeps section names as written and normalizes them as oslo looks them up', () => {
    const document = parseIni('[GLANCE]\n[Glance]\n[glance]   \n[ glance ]\n[DEFAULT]\n[default]\n[glance]]\n');
    expect(document.sections.map((section) => `${JSON.stringify(section.name)} -> ${section.normalized}`)).toMatchInlineSnapshot(`
      [
        ""GLANCE" -> glance",
        ""Glance" -> glance",
        ""glance" -> glance",
        "" glance " ->  glance ",
        ""DEFAULT" -> DEFAULT",
        ""default" -> default",
        ""glance]" -> glance]",
      ]
    `);
  });

  it('strips Python whitespace (U+00A0, U+3000, U+0085, U+2028), not U+200B or U+FEFF', () => {
    expect(show('[p]\na = x\u00a0\u3000\nb = \u0085y\u2028\nc = z\u200b\nd = \ufeffw\n\u00a0\n  e\n')).toMatchInlineSnapshot(`
      "line 7: Unexpected continuation line: '  e'
      [p] a = "x" (line 2)
      [p] b = "y" (line 3)
      [p] c = "z​" (line 4)
      [p] d = "﻿w" (line 5)"
    `);
  });

  it('classifies every line, byte for byte', () => {
    const document = parseIni('[glance]\r\n# c\r\n; c\r\n\r\nnum_retries = 1\r\n  more\r\nbad\r\n   ');
    expect(document.lines.map((line) => `${line.number} ${line.kind} ${JSON.stringify(line.text + line.eol)}`)).toMatchInlineSnapshot(`
      [
        "1 section "[glance]\\r\\n"",
        "2 comment "# c\\r\\n"",
        "3 comment "; c\\r\\n"",
        "4 blank "\\r\\n"",
        "5 entry "num_retries = 1\\r\\n"",
        "6 continuation "  more\\r\\n"",
        "7 invalid "bad\\r\\n"",
        "8 blank "   "",
      ]
    `);
  });

  it('splitKeyValue is the parser\'s split of one line', () => {
    expect([splitKeyValue('k = "v"'), splitKeyValue('k:v=w'), splitKeyValue('nothing')]).toMatchInlineSnapshot(`
      [
        {
          "key": "k",
          "value": "v",
        },
        {
          "key": "k",
          "value": "v=w",
        },
        null,
      ]
    `);
  });
});

describe('parseIni then printIni gives back every byte', () => {
  it.each([
    ['LF', '[glance]\nnum_retries = 1\n'],
    ['CRLF', '[glance]\r\nnum_retries = 1\r\n'],
    ['lone CR', '[glance]\rnum_retries = 1\r'],
    ['mixed endings', '[glance]\r\nnum_retries = 1\rtimeout = 2\n'],
    ['no final newline', '[glance]\nnum_retries = 1'],
    ['BOM', '\ufeff[glance]\nnum_retries = 1\n'],
    ['empty', ''],
    ['blank lines only', '\n\r\n\r  \n'],
    ['trailing spaces and tabs', '[glance]  \t\nnum_retries = 1 \t \n\t\n'],
    ['parse errors', 'x\n  y\n[glance\n'],
  ])('%s', (_, text) => {
    expect(printIni(parseIni(text))).toBe(text);
  });

  itWithSeeds('for any text', [1], (seed) => {
    const unit = fc.constantFrom('[', ']', '=', ':', ' ', '\t', '\r', '\n', '\r\n', '#', ';', '"', 'a', 'k', '\ufeff', '\f', '\u2028');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => printIni(parseIni(text)) === text),
      { seed, numRuns: 2000 },
    );
  });

  it('splitLines splits where Python\'s universal newlines do, and only there', () => {
    const lines = splitLines('a\r\nb\rc\nd\u2028e\u0085f\vg\fh');
    expect(lines.map((line) => `${JSON.stringify(line.text)} ${JSON.stringify(line.eol)}`)).toMatchInlineSnapshot(`
      [
        ""a" "\\r\\n"",
        ""b" "\\r"",
        ""c" "\\n"",
        ""d ef\\u000bg\\fh" """,
      ]
    `);
  });
});
