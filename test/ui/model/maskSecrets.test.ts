import { describe, expect, it } from 'vitest';
import { maskSecrets, maskValueLine } from '../../../src/ui/model/maskSecrets';

describe('maskSecrets', () => {
  it('masks what a message quotes of a secret, and the secret where it stands bare', () => {
    const url = 'rabbit:hunter2';
    expect([
      maskSecrets(`[DEFAULT] transport_url: ('host, scheme were required but missing', URIReference(scheme='rabbit', authority=None, path='hunter2', query=None, fragment=None), ['host', 'scheme'])`, [url]),
      maskSecrets(`[x] y: invalid literal for int() with base 10: 'pre-hunter2-post'`, ['hunter2']),
      maskSecrets('value "hunter2" given; hunter2 again', ['hunter2']),
      maskSecrets(`Valid values are [a, B], but found 'ab'`, ['ab']),
      maskSecrets('nothing secret here', ['ab']),
      maskSecrets(`found ''`, ['']),
    ]).toMatchInlineSnapshot(`
      [
        "[DEFAULT] transport_url: ('host, scheme were required but missing', URIReference(scheme='••••••', authority=None, path='••••••', query=None, fragment=None), ['host', 'scheme'])",
        "[x] y: invalid literal for int() with base 10: '••••••'",
        "value "••••••" given; •••••• again",
        "Valid values are [a, B], but found '••••••'",
        "nothing secret here",
        "found ''",
      ]
    `);
  });

  it('masks the value of an entry\'s lines, keeping its key and separator', () => {
    expect([maskValueLine('password = s3cret', true), maskValueLine('password:x', true), maskValueLine('password =', true), maskValueLine('  more', false), maskValueLine('', false)]).toMatchInlineSnapshot(`
      [
        "password = ••••••",
        "password:••••••",
        "password =",
        "  ••••••",
        "",
      ]
    `);
  });
});
