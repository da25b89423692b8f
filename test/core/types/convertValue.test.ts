import { describe, expect, it } from 'vitest';
import { convertValue } from '../../../src/core/types/convertValue';
import { groupOf, loadSchemaFixture } from '../../support/fixtures';

const p = groupOf(loadSchemaFixture('synthetic.json').schema, 'p');

/** `text -> value` or `text -> error: message`, for the option with that dest. */
function converts(dest: string, texts: string[]): string[] {
  const option = p.options.find((candidate) => candidate.dest === dest)!;
  return texts.map((text) => {
    const converted = convertValue(option, text);
    if ('error' in converted) return `${JSON.stringify(text)} -> error: ${converted.error}`;
    const value = converted.value;
    const shown = typeof value === 'number' ? (Object.is(value, -0) ? '-0' : String(value)) : JSON.stringify(value);
    return `${JSON.stringify(text)} -> ${shown}${converted.doubt ? ` (doubt: ${converted.doubt})` : ''}`;
  });
}

describe('convertValue: oslo\'s types', () => {
  it('boolean: true/false/yes/no/on/off/1/0 in any case', () => {
    expect(converts('b', ['TRUE', 'Yes', '1', 'On', 'off', '0', '', 'tru', 't', 'y', 'enabled', ' true'])).toMatchInlineSnapshot(`
      [
        ""TRUE" -> true",
        ""Yes" -> true",
        ""1" -> true",
        ""On" -> true",
        ""off" -> false",
        ""0" -> false",
        """ -> error: Unexpected boolean value ''",
        ""tru" -> error: Unexpected boolean value 'tru'",
        ""t" -> error: Unexpected boolean value 't'",
        ""y" -> error: Unexpected boolean value 'y'",
        ""enabled" -> error: Unexpected boolean value 'enabled'",
        "" true" -> error: Unexpected boolean value ' true'",
      ]
    `);
  });

  it('integer: Python int(), with bounds', () => {
    expect(
      converts('i', ['+3', '007', '1_000', '\u0663', '\uff13', '\u{1d7d1}', ' 3 ', '3\u00a0', '-0', '', '1.5', '0x10', '1e3', '_1', '1__0', '1 000', '+ 3', '\u00b3', '-1', '11', '3 # c']),
    ).toMatchInlineSnapshot(`
      [
        ""+3" -> 3",
        ""007" -> 7",
        ""1_000" -> error: Should be less than or equal to 10",
        ""٣" -> 3",
        ""３" -> 3",
        ""𝟑" -> 3",
        "" 3 " -> 3",
        ""3 " -> 3",
        ""-0" -> 0",
        """ -> null",
        ""1.5" -> error: invalid literal for int() with base 10: '1.5'",
        ""0x10" -> error: invalid literal for int() with base 10: '0x10'",
        ""1e3" -> error: invalid literal for int() with base 10: '1e3'",
        ""_1" -> error: invalid literal for int() with base 10: '_1'",
        ""1__0" -> error: invalid literal for int() with base 10: '1__0'",
        ""1 000" -> error: invalid literal for int() with base 10: '1 000'",
        ""+ 3" -> error: invalid literal for int() with base 10: '+ 3'",
        ""³" -> error: invalid literal for int() with base 10: '³'",
        ""-1" -> error: Should be greater than or equal to 0",
        ""11" -> error: Should be less than or equal to 10",
        ""3 # c" -> error: invalid literal for int() with base 10: '3 # c'",
      ]
    `);
  });

  it('integer with choices', () => {
    expect(converts('ic', ['1', '20', '2', ''])).toMatchInlineSnapshot(`
      [
        ""1" -> 1",
        ""20" -> 20",
        ""2" -> error: Valid values are OrderedDict([(1, None), (20, 'twenty')]), but found 2",
        """ -> null",
      ]
    `);
  });

  it('float: Python float(), with bounds that nan passes', () => {
    expect(converts('fu', ['1e3', '.5', '1.', '1_0.5', '\u0661.\u0665', '3', 'inf', '-Infinity', '1e400', 'nan', '-0', '1,5', '', '0x1p3'])).toMatchInlineSnapshot(`
      [
        ""1e3" -> 1000",
        "".5" -> 0.5",
        ""1." -> 1",
        ""1_0.5" -> 10.5",
        ""١.٥" -> 1.5",
        ""3" -> 3",
        ""inf" -> Infinity",
        ""-Infinity" -> -Infinity",
        ""1e400" -> Infinity",
        ""nan" -> NaN",
        ""-0" -> -0",
        ""1,5" -> error: could not convert string to float: '1,5'",
        """ -> null",
        ""0x1p3" -> error: could not convert string to float: '0x1p3'",
      ]
    `);
    expect(converts('f', ['-0.1', '10.5', 'inf', 'nan', '10'])).toMatchInlineSnapshot(`
      [
        ""-0.1" -> error: Should be greater than or equal to 0",
        ""10.5" -> error: Should be less than or equal to 10",
        ""inf" -> error: Should be less than or equal to 10",
        ""nan" -> NaN",
        ""10" -> 10",
      ]
    `);
  });

  it('port: 0 to 65535, and the option\'s own bounds', () => {
    expect(converts('port', ['0', '65535', '0080', '65536', '-1', '80.0', ''])).toMatchInlineSnapshot(`
      [
        ""0" -> 0",
        ""65535" -> 65535",
        ""0080" -> 80",
        ""65536" -> error: Should be less than or equal to 65535",
        ""-1" -> error: Should be greater than or equal to 0",
        ""80.0" -> error: invalid literal for int() with base 10: '80.0'",
        """ -> null",
      ]
    `);
    expect(converts('pr', ['1024', '2049'])).toMatchInlineSnapshot(`
      [
        ""1024" -> 1024",
        ""2049" -> error: Should be less than or equal to 2048",
      ]
    `);
  });

  it('list: strip, drop trailing commas, split, strip each item; no quoting', () => {
    expect(
      converts('l', ['a, ,', 'a,,b', ',a', 'a,', '', ',', ',,', '"a","b"', '[a, b]', ' a , b ', 'a b, c', 'a\u00a0, \u3000b', 'a\\,b', 'a\nb,c']),
    ).toMatchInlineSnapshot(`
      [
        ""a, ," -> ["a",""]",
        ""a,,b" -> ["a","","b"]",
        "",a" -> ["","a"]",
        ""a," -> ["a"]",
        """ -> []",
        ""," -> []",
        "",," -> []",
        ""\\"a\\",\\"b\\"" -> ["\\"a\\"","\\"b\\""]",
        ""[a, b]" -> ["[a","b]"]",
        "" a , b " -> ["a","b"]",
        ""a b, c" -> ["a b","c"]",
        ""a , 　b" -> ["a","b"]",
        ""a\\\\,b" -> ["a\\\\","b"]",
        ""a\\nb,c" -> ["a\\nb","c"]",
      ]
    `);
  });

  it('dict: NAME:VALUE pairs', () => {
    expect(
      converts('d', ['a:1,b:2', 'a : 1 , b : 2', 'a:1,a:2', 'a', 'a=1', 'a:1,', 'a:b:c', 'a:', ':1', 'a:1,,b:2', '', '__proto__:x']),
    ).toMatchInlineSnapshot(`
      [
        ""a:1,b:2" -> {"a":"1","b":"2"}",
        ""a : 1 , b : 2" -> {"a":"1","b":"2"}",
        ""a:1,a:2" -> error: Duplicate key a",
        ""a" -> error: Value should be NAME:VALUE pairs separated by ","",
        ""a=1" -> error: Value should be NAME:VALUE pairs separated by ","",
        ""a:1," -> error: Value should be NAME:VALUE pairs separated by ","",
        ""a:b:c" -> {"a":"b:c"}",
        ""a:" -> {"a":""}",
        "":1" -> error: Key name should not be empty",
        ""a:1,,b:2" -> {"a":"1",",b":"2"}",
        """ -> {}",
        ""__proto__:x" -> {"__proto__":"x"}",
      ]
    `);
  });

  it('string with choices: exact, or in another case a doubt (oslo may ignore case)', () => {
    expect(converts('c', ['a', 'B', 'A', 'b', '', ' a'])).toMatchInlineSnapshot(`
      [
        ""a" -> "a"",
        ""B" -> "B"",
        ""A" -> "A" (doubt: oslo accepts 'A' only if this option ignores case, which the schema does not say: write a, which it accepts either way)",
        ""b" -> "b" (doubt: oslo accepts 'b' only if this option ignores case, which the schema does not say: write B, which it accepts either way)",
        """ -> error: Valid values are [a, B], but found ''",
        "" a" -> error: Valid values are [a, B], but found ' a'",
      ]
    `);
  });

  it('multi valued: one line, as it is', () => {
    expect(converts('m', ['a,b', '', ' x '])).toMatchInlineSnapshot(`
      [
        ""a,b" -> "a,b"",
        """ -> """,
        "" x " -> " x "",
      ]
    `);
  });

  it('uri: a scheme and a host, returned unchanged', () => {
    expect(converts('u', ['http://h', 'HTTP://H', 'http://[::1]:80', 'http://h:99999', 'h', '', 'http://', '//h/x', 'http://a b'])).toMatchInlineSnapshot(`
      [
        ""http://h" -> "http://h"",
        ""HTTP://H" -> "HTTP://H"",
        ""http://[::1]:80" -> "http://[::1]:80"",
        ""http://h:99999" -> "http://h:99999"",
        ""h" -> error: ('host, scheme were required but missing', URIReference(scheme=None, authority=None, path='h', query=None, fragment=None), ['host', 'scheme'])",
        """ -> error: ('host, scheme were required but missing', URIReference(scheme=None, authority=None, path=None, query=None, fragment=None), ['host', 'scheme'])",
        ""http://" -> error: ('host was required but missing', URIReference(scheme='http', authority=None, path=None, query=None, fragment=None), ['host'])",
        ""//h/x" -> error: ('scheme was required but missing', URIReference(scheme=None, authority='h', path='/x', query=None, fragment=None), ['scheme'])",
        ""http://a b" -> error: ('host was required but missing', URIReference(scheme='http', authority='a b', path=None, query=None, fragment=None), ['host'])",
      ]
    `);
  });

  it('host address and host domain: IP or host name; one final dot goes; underscores only in domains', () => {
    const hosts = ['1.2.3.4', '::1', '::ffff:1.2.3.4', 'Example.COM', 'a.b.', 'a_b.com', '\u017f.com', '1.2.3', '256.1.1.1', '01.2.3.4', '-a.com', 'a..b', 'x'.repeat(64), 'b\u00fccher.de', '[::1]', 'fe80::1%eth0', '*.a.com', ''];
    expect(converts('ha', hosts)).toMatchInlineSnapshot(`
      [
        ""1.2.3.4" -> "1.2.3.4"",
        ""::1" -> "::1"",
        ""::ffff:1.2.3.4" -> "::ffff:1.2.3.4"",
        ""Example.COM" -> "Example.COM"",
        ""a.b." -> "a.b"",
        ""a_b.com" -> error: a_b.com is not a valid host address",
        ""ſ.com" -> "ſ.com"",
        ""1.2.3" -> error: 1.2.3 is not a valid host address",
        ""256.1.1.1" -> error: 256.1.1.1 is not a valid host address",
        ""01.2.3.4" -> error: 01.2.3.4 is not a valid host address",
        ""-a.com" -> error: -a.com is not a valid host address",
        ""a..b" -> error: a..b is not a valid host address",
        ""xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" -> error: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx is not a valid host address",
        ""bücher.de" -> error: bücher.de is not a valid host address",
        ""[::1]" -> error: [::1] is not a valid host address",
        ""fe80::1%eth0" -> error: fe80::1%eth0 is not a valid host address",
        ""*.a.com" -> error: *.a.com is not a valid host address",
        """ -> error:  is not a valid host address",
      ]
    `);
    expect(converts('hd', ['a_b.com', 'A_B', '_a'])).toMatchInlineSnapshot(`
      [
        ""a_b.com" -> "a_b.com"",
        ""A_B" -> "A_B"",
        ""_a" -> "_a"",
      ]
    `);
  });
});
