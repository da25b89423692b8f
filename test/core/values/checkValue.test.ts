import { describe, expect, it } from 'vitest';
import type { OptionValue } from '../../../src/core/schema/types';
import { checkValue } from '../../../src/core/values/checkValue';
import { createGroupSchema, createValueSchema } from '../../../src/core/values/createValueSchema';
import { groupOf, loadSchemaFixture } from '../../support/fixtures';

const p = groupOf(loadSchemaFixture('synthetic.json').schema, 'p');
const glance = groupOf(loadSchemaFixture('seed-glance.json').schema, 'glance');

/** What the zod schema says of each value: `ok`, or its messages. */
function accepts(group: typeof p, dest: string, values: unknown[]): string[] {
  const option = group.options.find((candidate) => candidate.dest === dest)!;
  const schema = createValueSchema(group.name, option);
  return values.map((value) => {
    const parsed = schema.safeParse(value);
    const shown = typeof value === 'number' && Object.is(value, -0) ? '-0' : typeof value === 'number' ? String(value) : JSON.stringify(value);
    return `${shown}: ${parsed.success ? 'ok' : parsed.error.issues.map((issue) => issue.message).join('; ')}`;
  });
}

describe('createValueSchema: what oslo accepts and reads back, per type', () => {
  it('integers within bounds; null is `key =`; any whole number', () => {
    expect(accepts(p, 'i', [0, 10, null, -1, 11, 2.5, '3', undefined])).toMatchInlineSnapshot(`
      [
        "0: ok",
        "10: ok",
        "null: ok",
        "-1: oslo.config refuses it: Should be greater than or equal to 0",
        "11: oslo.config refuses it: Should be less than or equal to 10",
        "2.5: Invalid input: expected integer value",
        ""3": Invalid input: expected integer value",
        "undefined: Invalid input: expected integer value",
      ]
    `);
    expect(accepts(p, 'ic', [1, 20, 2])).toMatchInlineSnapshot(`
      [
        "1: ok",
        "20: ok",
        "2: oslo.config refuses it: Valid values are OrderedDict([(1, None), (20, 'twenty')]), but found 2",
      ]
    `);
    expect(accepts(p, 'port', [0, 65535, 65536, -1, 2 ** 53 + 2])).toMatchInlineSnapshot(`
      [
        "0: ok",
        "65535: ok",
        "65536: oslo.config refuses it: Should be less than or equal to 65535",
        "-1: oslo.config refuses it: Should be greater than or equal to 0",
        "9007199254740994: oslo.config refuses it: Should be less than or equal to 65535",
      ]
    `);
  });

  it('floats, inf and nan included (nan passes bounds, as in oslo)', () => {
    expect(accepts(p, 'f', [0, 10, -0, NaN, Infinity, -0.1, 10.5])).toMatchInlineSnapshot(`
      [
        "0: ok",
        "10: ok",
        "-0: ok",
        "NaN: ok",
        "Infinity: oslo.config refuses it: Should be less than or equal to 10",
        "-0.1: oslo.config refuses it: Should be greater than or equal to 0",
        "10.5: oslo.config refuses it: Should be less than or equal to 10",
      ]
    `);
    expect(accepts(p, 'fu', [Infinity, -Infinity, NaN, 1e308, null])).toMatchInlineSnapshot(`
      [
        "Infinity: ok",
        "-Infinity: ok",
        "NaN: ok",
        "1e+308: ok",
        "null: ok",
      ]
    `);
  });

  it('booleans, strings, choices', () => {
    expect(accepts(p, 'b', [true, false, null, 'true'])).toMatchInlineSnapshot(`
      [
        "true: ok",
        "false: ok",
        "null: Invalid input: expected boolean value",
        ""true": Invalid input: expected boolean value",
      ]
    `);
    expect(accepts(p, 's', ['', ' spaced ', 'pa$$word', 'two\nlines', 'a\\$b', null])).toMatchInlineSnapshot(`
      [
        """: ok",
        "" spaced ": ok",
        ""pa$$word": ok",
        ""two\\nlines": oslo.config would not read it back as given: the value contains a line break, which an INI value cannot hold",
        ""a\\\\$b": oslo.config would not read it back as given: the value contains a backslash before "$", which oslo always reads as a plain "$"",
        "null: Invalid input: expected string value",
      ]
    `);
    expect(accepts(p, 'c', ['a', 'B', 'A', ''])).toMatchInlineSnapshot(`
      [
        ""a": ok",
        ""B": ok",
        ""A": oslo accepts 'A' only if this option ignores case, which the schema does not say: write a, which it accepts either way",
        """: oslo.config refuses it: Valid values are [a, B], but found ''",
      ]
    `);
  });

  it('lists, dicts, multi valued', () => {
    expect(accepts(p, 'l', [[], ['a', ''], ['a,b'], [' a'], [''], 'a,b'])).toMatchInlineSnapshot(`
      [
        "[]: ok",
        "["a",""]: ok",
        "["a,b"]: oslo.config would not read it back as given: the value has item 1 ("a,b") with a comma, which oslo's lists cannot hold",
        "[" a"]: oslo.config would not read it back as given: the value has item 1 (" a") with spaces at an end, which oslo strips",
        "[""]: oslo.config would not read it back as given: the value is a list of one empty item, which oslo reads as no item",
        ""a,b": Invalid input: expected list value",
      ]
    `);
    expect(accepts(p, 'd', [{}, { a: 'b:c' }, { 'a:b': 'c' }, { a: '1,2' }, { a: 1 }])).toMatchInlineSnapshot(`
      [
        "{}: ok",
        "{"a":"b:c"}: ok",
        "{"a:b":"c"}: oslo.config would not read it back as given: the value has the key "a:b" with ":", which separates keys from values",
        "{"a":"1,2"}: oslo.config would not read it back as given: the value has "1,2" under the key "a" with a comma, which oslo's dicts cannot hold",
        "{"a":1}: Invalid input: expected dict value",
      ]
    `);
    expect(accepts(p, 'm', [['a', ''], [], ['a\nb']])).toMatchInlineSnapshot(`
      [
        "["a",""]: ok",
        "[]: oslo.config would not read it back as given: the value has no item, which no line can write: leave it unset",
        "["a\\nb"]: oslo.config would not read it back as given: the value contains a line break, which an INI value cannot hold",
      ]
    `);
  });

  it('URIs, host addresses and domains, as oslo reads them back unchanged', () => {
    expect(accepts(p, 'u', ['https://h:9292/x', 'h', 'http://'])).toMatchInlineSnapshot(`
      [
        ""https://h:9292/x": ok",
        ""h": oslo.config refuses it: ('host, scheme were required but missing', URIReference(scheme=None, authority=None, path='h', query=None, fragment=None), ['host', 'scheme'])",
        ""http://": oslo.config refuses it: ('host was required but missing', URIReference(scheme='http', authority=None, path=None, query=None, fragment=None), ['host'])",
      ]
    `);
    expect(accepts(p, 'ha', ['1.2.3.4', 'a.b', 'a.b.', 'a_b'])).toMatchInlineSnapshot(`
      [
        ""1.2.3.4": ok",
        ""a.b": ok",
        ""a.b.": oslo reads "a.b." as "a.b": write it that way",
        ""a_b": oslo.config refuses it: a_b is not a valid host address",
      ]
    `);
    expect(accepts(p, 'hd', ['a_b', 'a.b.'])).toMatchInlineSnapshot(`
      [
        ""a_b": ok",
        ""a.b.": oslo reads "a.b." as "a.b": write it that way",
      ]
    `);
  });
});

describe('createValueSchema: the seed\'s api_servers form', () => {
  it('each entry must be scheme://hostname:port[/path], http or https', () => {
    expect(
      accepts(glance, 'api_servers', [
        ['https://glance.example.com:9292', 'http://10.0.1.0:9292', 'https://my.glance.server/image', 'http://[::1]:9292/v2'],
        ['glance.example.com:9292'],
        ['ftp://h:21'],
        ['https://h:99999'],
        ['https://h:9292?x=1'],
        [],
      ]),
    ).toMatchInlineSnapshot(`
      [
        "["https://glance.example.com:9292","http://10.0.1.0:9292","https://my.glance.server/image","http://[::1]:9292/v2"]: ok",
        "["glance.example.com:9292"]: nova cannot use it: "glance.example.com:9292" is not an endpoint URL of the form scheme://hostname:port[/path] (http or https)",
        "["ftp://h:21"]: nova cannot use it: "ftp://h:21" is not an endpoint URL of the form scheme://hostname:port[/path] (http or https)",
        "["https://h:99999"]: nova cannot use it: "https://h:99999" has a port above 65535",
        "["https://h:9292?x=1"]: nova cannot use it: "https://h:9292?x=1" is not an endpoint URL of the form scheme://hostname:port[/path] (http or https)",
        "[]: ok",
      ]
    `);
  });

  it('checkValue without strict leaves the project rule out: oslo takes any text', () => {
    const option = glance.options.find((candidate) => candidate.dest === 'api_servers')!;
    expect([checkValue('glance', option, ['b'], true), checkValue('glance', option, ['b'], false)]).toMatchInlineSnapshot(`
      [
        "nova cannot use it: "b" is not an endpoint URL of the form scheme://hostname:port[/path] (http or https)",
        null,
      ]
    `);
  });
});

describe('createGroupSchema', () => {
  it('accepts a group\'s set values and refuses unknown options', () => {
    const schema = createGroupSchema(glance);
    const issues = (values: Record<string, OptionValue | undefined>) => {
      const parsed = schema.safeParse(values);
      return parsed.success ? 'ok' : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    };
    expect([
      issues({}),
      issues({ num_retries: 3, api_servers: ['https://a:9292'], insecure: false }),
      issues({ num_retries: -1, nope: 1 }),
    ]).toMatchInlineSnapshot(`
      [
        "ok",
        "ok",
        [
          "num_retries: oslo.config refuses it: Should be greater than or equal to 0",
          ": Unrecognized key: "nope"",
        ],
      ]
    `);
  });
});
