import { describe, expect, it } from 'vitest';
import { formatText, formatValue } from '../../../src/core/types/formatValue';
import type { OptionValue } from '../../../src/core/schema/types';
import { groupOf, loadSchemaFixture } from '../../support/fixtures';

const p = groupOf(loadSchemaFixture('synthetic.json').schema, 'p');
const option = (dest: string) => p.options.find((candidate) => candidate.dest === dest)!;

/** `value -> text after "key = "` (one per line), or the reason it is refused. */
function formats(dest: string, values: OptionValue[]): string[] {
  return values.map((value) => {
    const formatted = formatValue(option(dest), value);
    const shown = typeof value === 'number' ? String(Object.is(value, -0) ? '-0' : value) : JSON.stringify(value);
    return `${shown} -> ${'error' in formatted ? `refused: ${formatted.error}` : formatted.texts.map((text) => JSON.stringify(text)).join(' / ')}`;
  });
}

describe('formatValue: the text oslo reads back as the value', () => {
  it('strings: `$` doubled; quotes where the ends are spaces or a matching quote', () => {
    expect(
      formats('s', ['plain', '', 'pa$word', '${x}', ' lead', 'trail ', '\u00a0nbsp', 'zwsp\u200b', '"quoted"', "'x'", '"a', 'a # b', '=x', 'a\\b']),
    ).toMatchInlineSnapshot(`
      [
        ""plain" -> "plain"",
        """ -> """,
        ""pa$word" -> "pa$$word"",
        ""\${x}" -> "$\${x}"",
        "" lead" -> "\\" lead\\""",
        ""trail " -> "\\"trail \\""",
        "" nbsp" -> "\\" nbsp\\""",
        ""zwsp​" -> "zwsp​"",
        ""\\"quoted\\"" -> "\\"\\"quoted\\"\\""",
        ""'x'" -> "\\"'x'\\""",
        ""\\"a" -> "\\"a"",
        ""a # b" -> "a # b"",
        ""=x" -> "=x"",
        ""a\\\\b" -> "a\\\\b"",
      ]
    `);
  });

  it('strings oslo cannot read back: line breaks, a backslash before `$`, lone surrogates, None', () => {
    expect(formats('s', ['a\nb', 'a\rb', 'a\\$b', 'x\ud800', null])).toMatchInlineSnapshot(`
      [
        ""a\\nb" -> refused: contains a line break, which an INI value cannot hold",
        ""a\\rb" -> refused: contains a line break, which an INI value cannot hold",
        ""a\\\\$b" -> refused: contains a backslash before "$", which oslo always reads as a plain "$"",
        ""x\\ud800" -> refused: contains text that is not valid Unicode",
        "null -> refused: has no value: leave it unset so that oslo uses the default",
      ]
    `);
  });

  it('integers, ports and floats; null is `key =`', () => {
    expect(formats('i', [3, -1, 0, null, 1e21, 2 ** 53 + 2, 1.5])).toMatchInlineSnapshot(`
      [
        "3 -> "3"",
        "-1 -> "-1"",
        "0 -> "0"",
        "null -> """,
        "1e+21 -> "1000000000000000000000"",
        "9007199254740994 -> "9007199254740994"",
        "1.5 -> refused: is not an integer value",
      ]
    `);
    expect(formats('port', [0, 65535, null])).toMatchInlineSnapshot(`
      [
        "0 -> "0"",
        "65535 -> "65535"",
        "null -> """,
      ]
    `);
    expect(formats('fu', [1.5, 3, -0, 1e-7, 1e21, Infinity, -Infinity, NaN, null])).toMatchInlineSnapshot(`
      [
        "1.5 -> "1.5"",
        "3 -> "3"",
        "-0 -> "-0.0"",
        "1e-7 -> "1e-7"",
        "1e+21 -> "1e+21"",
        "Infinity -> "inf"",
        "-Infinity -> "-inf"",
        "NaN -> "nan"",
        "null -> """,
      ]
    `);
  });

  it('booleans', () => {
    expect(formats('b', [true, false, null])).toMatchInlineSnapshot(`
      [
        "true -> "true"",
        "false -> "false"",
        "null -> refused: has no value: leave it unset so that oslo uses the default",
      ]
    `);
  });

  it('lists: comma joined; no item may hold a comma or end in spaces; a trailing empty item needs ` ,`', () => {
    expect(formats('l', [[], ['a'], ['a', 'b'], ['a', ''], ['', 'a'], ['', ''], ['a', '', 'b'], ['$x', '"q"']])).toMatchInlineSnapshot(`
      [
        "[] -> """,
        "["a"] -> "a"",
        "["a","b"] -> "a,b"",
        "["a",""] -> "a, ,"",
        "["","a"] -> ",a"",
        "["",""] -> ", ,"",
        "["a","","b"] -> "a,,b"",
        "["$x","\\"q\\""] -> "$$x,\\"q\\""",
      ]
    `);
    expect(formats('l', [[''], ['a,b'], [' a'], ['a\u3000'], ['"a', 'b"']])).toMatchInlineSnapshot(`
      [
        "[""] -> refused: is a list of one empty item, which oslo reads as no item",
        "["a,b"] -> refused: has item 1 ("a,b") with a comma, which oslo's lists cannot hold",
        "[" a"] -> refused: has item 1 (" a") with spaces at an end, which oslo strips",
        "["a　"] -> refused: has item 1 ("a　") with spaces at an end, which oslo strips",
        "["\\"a","b\\""] -> "\\"\\"a,b\\"\\""",
      ]
    `);
  });

  it('dicts: key:value pairs; keys hold no `:`, values no comma, and nothing ends in spaces', () => {
    // oslo joins a piece without `:` to the next one, so a key may hold commas.
    expect(formats('d', [{}, { a: '1' }, { a: '1', b: 'x:y' }, { a: '' }, { k: '$v' }, { 'a,b': '1', ',': 'v' }])).toMatchInlineSnapshot(`
      [
        "{} -> """,
        "{"a":"1"} -> "a:1"",
        "{"a":"1","b":"x:y"} -> "a:1,b:x:y"",
        "{"a":""} -> "a:"",
        "{"k":"$v"} -> "k:$$v"",
        "{"a,b":"1",",":"v"} -> "a,b:1,,:v"",
      ]
    `);
    expect(formats('d', [{ '': 'x' }, { 'a:b': '1' }, { a: '1,2' }, { ' a': '1' }, { a: '1 ' }])).toMatchInlineSnapshot(`
      [
        "{"":"x"} -> refused: has an empty key, which oslo refuses",
        "{"a:b":"1"} -> refused: has the key "a:b" with ":", which separates keys from values",
        "{"a":"1,2"} -> refused: has "1,2" under the key "a" with a comma, which oslo's dicts cannot hold",
        "{" a":"1"} -> refused: has the key " a" with spaces at an end, which oslo strips",
        "{"a":"1 "} -> refused: has "1 " under the key "a" with spaces at an end, which oslo strips",
      ]
    `);
  });

  it('multi valued: one line per item; an empty list cannot be written', () => {
    expect(formats('m', [['a'], ['a', '', ' b ', 'c,d'], [], ['x\ny']])).toMatchInlineSnapshot(`
      [
        "["a"] -> "a"",
        "["a",""," b ","c,d"] -> "a" / "" / "\\" b \\"" / "c,d"",
        "[] -> refused: has no item, which no line can write: leave it unset",
        "["x\\ny"] -> refused: contains a line break, which an INI value cannot hold",
      ]
    `);
  });

  it('a value of the wrong type is refused', () => {
    expect([...formats('i', ['3']), ...formats('l', ['a,b']), ...formats('b', ['true']), ...formats('d', [['a']])]).toMatchInlineSnapshot(`
      [
        ""3" -> refused: is not an integer value",
        ""a,b" -> refused: is not a list value",
        ""true" -> refused: is not a boolean value",
        "["a"] -> refused: is not a dict value",
      ]
    `);
  });

  it('formatText is the string case', () => {
    expect(formatText(' $ ')).toMatchInlineSnapshot(`"" $$ ""`);
  });
});
