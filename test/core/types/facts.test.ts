// What the catalog's facts add to a type: the checks a service's real option makes beyond generator output.
import { describe, expect, it } from 'vitest';
import { readCatalogFacts } from '../../../src/core/catalog/readCatalogFacts';
import { readGeneratorData } from '../../../src/core/schema/readGeneratorData';
import type { OptionSchema, OptionValue } from '../../../src/core/schema/types';
import { convertValue } from '../../../src/core/types/convertValue';
import { checkValue } from '../../../src/core/values/checkValue';
import { formatValue } from '../../../src/core/types/formatValue';

function option(type: string, facts: Record<string, unknown>, fields: Record<string, unknown> = {}): OptionSchema {
  const data = { options: { g: { help: '', opts: [{ name: 'o', dest: 'o', type, default: null, help: '', ...fields }] } } };
  return readGeneratorData(data, 'schema', readCatalogFacts({ options: { g: { o: facts } } })).groups[0]!.options[0]!;
}

const reads = (subject: OptionSchema, texts: string[]) =>
  texts.map((text) => {
    const converted = convertValue(subject, text);
    return `${JSON.stringify(text)} -> ${'error' in converted ? `error: ${converted.error}` : JSON.stringify(converted.value)}`;
  });
const writes = (subject: OptionSchema, values: OptionValue[]) =>
  values.map((value) => {
    const error = checkValue('g', subject, value);
    const formatted = formatValue(subject, value);
    return `${JSON.stringify(value)} -> ${error ? `refused: ${error}` : 'texts' in formatted ? formatted.texts.join(' | ') : formatted.error}`;
  });

describe('facts of string options', () => {
  it('a regex, a maximum length, quotes, and choices without case', () => {
    expect(reads(option('string value', { regex: '^(auto|\\d*\\.\\d+|\\d+)$' }), ['auto', '1.5', 'x'])).toMatchInlineSnapshot(`
      [
        ""auto" -> "auto"",
        ""1.5" -> "1.5"",
        ""x" -> error: Value 'x' doesn't match regex '^(auto|\\\\d*\\\\.\\\\d+|\\\\d+)$'",
      ]
    `);
    expect(reads(option('string value', { max_length: 3 }), ['abc', 'abcd'])).toMatchInlineSnapshot(`
      [
        ""abc" -> "abc"",
        ""abcd" -> error: Value 'abcd' exceeds maximum length 3",
      ]
    `);
    expect(reads(option('string value', { quotes: true }), ["'a b'", '"x', 'plain'])).toMatchInlineSnapshot(`
      [
        ""'a b'" -> "a b"",
        ""\\"x" -> error: Non-closed quote: "x",
        ""plain" -> "plain"",
      ]
    `);
    const choices = option('string value', { ignore_case: true }, { choices: [['Days', null], ['Hours', null]] });
    expect(reads(choices, ['days', 'Days', 'weeks'])).toMatchInlineSnapshot(`
      [
        ""days" -> "days"",
        ""Days" -> "Days"",
        ""weeks" -> error: Valid values are [Days, Hours], but found 'weeks'",
      ]
    `);
    // Known facts without ignore_case: another case is refused, as oslo refuses it.
    expect(reads(option('string value', {}, { choices: [['Days', null]] }), ['days'])).toMatchInlineSnapshot(`
      [
        ""days" -> error: Valid values are [Days], but found 'days'",
      ]
    `);
    expect(writes(option('string value', { quotes: true }), ['"quoted"'])).toMatchInlineSnapshot(`
      [
        ""\\"quoted\\"" -> refused: oslo reads ""quoted"" as "quoted": write it that way",
      ]
    `);
  });
});

describe('facts of lists and dicts', () => {
  it('a list inside [ ], read and written so', () => {
    const bounded = option('list value', { bounds: true });
    expect(reads(bounded, ['[a,b]', 'a,b', '[a', '[]', '[a,]'])).toMatchInlineSnapshot(`
      [
        ""[a,b]" -> ["a","b"]",
        ""a,b" -> error: Value should start with "["",
        ""[a" -> error: Value should end with "]"",
        ""[]" -> []",
        ""[a,]" -> ["a",""]",
      ]
    `);
    expect(writes(bounded, [['glance-direct', 'web-download'], []])).toMatchInlineSnapshot(`
      [
        "["glance-direct","web-download"] -> [glance-direct,web-download]",
        "[] -> []",
      ]
    `);
  });

  it('items of a type: converted, a piece refused joined to the next, and written as oslo gives them', () => {
    const integers = option('list value', { item_type: 'Integer', item_min: 0 });
    expect(reads(integers, ['1, 007,3', 'x', '-1'])).toMatchInlineSnapshot(`
      [
        ""1, 007,3" -> ["1","7","3"]",
        ""x" -> error: invalid literal for int() with base 10: 'x'",
        ""-1" -> error: Should be greater than or equal to 0",
      ]
    `);
    expect(writes(integers, [['1', '2'], ['007'], ['x']])).toMatchInlineSnapshot(`
      [
        "["1","2"] -> 1,2",
        "["007"] -> refused: oslo reads item 1 ("007") as "7": write it that way",
        "["x"] -> refused: oslo.config refuses it: item 1 ("x"): invalid literal for int() with base 10: 'x'",
      ]
    `);
    const dicts = option('list value', { item_type: 'Dict' });
    expect(reads(dicts, ['amanda:tcp, ftp : tcp', 'nopair'])).toMatchInlineSnapshot(`
      [
        ""amanda:tcp, ftp : tcp" -> ["amanda:tcp","ftp:tcp"]",
        ""nopair" -> error: Value should be NAME:VALUE pairs separated by ","",
      ]
    `);
    const unknownItems = option('list value', { item_type: 'function' });
    expect(convertValue(unknownItems, 'a,b')).toMatchInlineSnapshot(`
      {
        "doubt": "oslo converts each item with the service's own function, which the editor cannot check",
        "value": [
          "a",
          "b",
        ],
      }
    `);
  });

  it('a dict inside { }, its values of a type', () => {
    expect(reads(option('dict value', { bounds: true }), ['{a:1}', 'a:1'])).toMatchInlineSnapshot(`
      [
        ""{a:1}" -> {"a":"1"}",
        ""a:1" -> error: Value should start with "{"",
      ]
    `);
    expect(reads(option('dict value', { item_type: 'Boolean' }), ['a:yes,b:0', 'a:maybe'])).toMatchInlineSnapshot(`
      [
        ""a:yes,b:0" -> {"a":"True","b":"False"}",
        ""a:maybe" -> error: Unexpected boolean value 'maybe'",
      ]
    `);
  });
});

describe('facts of addresses', () => {
  it('an IP version, URI schemes', () => {
    expect(reads(option('IP address value', { version: 4 }), ['192.0.2.1', '::1'])).toMatchInlineSnapshot(`
      [
        ""192.0.2.1" -> "192.0.2.1"",
        ""::1" -> error: ::1 is not an IPv4 address",
      ]
    `);
    expect(reads(option('host address value', { version: 4 }), ['::1', 'example.org'])).toMatchInlineSnapshot(`
      [
        ""::1" -> error: ::1 is not a valid host address",
        ""example.org" -> "example.org"",
      ]
    `);
    expect(reads(option('uri value', { schemes: ['https'] }), ['https://h/x', 'http://h/x'])).toMatchInlineSnapshot(`
      [
        ""https://h/x" -> "https://h/x"",
        ""http://h/x" -> error: the scheme 'http' is not one this option allows: https",
      ]
    `);
  });
});

describe('facts of defaults', () => {
  it('a default worked out where the service runs is documentation, with the sample default as its text', () => {
    const host = option('host domain value', { computed_default: true }, { default: 'localhost', sample_default: '<current_hostname>' });
    const address = option('string value', { computed_default: true }, { default: '127.0.0.1', sample_default: '127.0.0.1' });
    expect([host, address].map(({ default: value, defaultText }) => ({ value, defaultText }))).toMatchInlineSnapshot(`
      [
        {
          "defaultText": "<current_hostname>",
          "value": null,
        },
        {
          "defaultText": "127.0.0.1",
          "value": null,
        },
      ]
    `);
  });

  it('a default of items not of text: their file text where the items are typed, documentation where oslo hands it over as it is', () => {
    const typed = option('list value', { item_type: 'Dict' }, { default: [{ amanda: 'tcp' }, { ftp: 'tcp' }] });
    const untyped = option('dict value', {}, { default: { ssl: false, ssl_ca_certs: null } });
    expect([typed, untyped].map(({ default: value, defaultText }) => ({ value, defaultText }))).toMatchInlineSnapshot(`
      [
        {
          "defaultText": null,
          "value": [
            "amanda:tcp",
            "ftp:tcp",
          ],
        },
        {
          "defaultText": "ssl:False,ssl_ca_certs:None",
          "value": null,
        },
      ]
    `);
  });
});

it('facts that are not a facts file are refused with where', () => {
  expect(() => readCatalogFacts({ options: { g: { o: { bounds: 'yes' } } } })).toThrowErrorMatchingInlineSnapshot(`[Error: not a catalog facts file: at options.g.o.bounds: Invalid input: expected boolean, received string]`);
});
