import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDeprecations } from '../../../src/core/findings/findDeprecations';
import { migrateOldNames } from '../../../src/core/findings/migrateOldNames';
import { itWithSeeds } from '../../support/seeds';
import { resolve, schemaOf, seed } from './helpers';

const migrated = (text: string, schema = seed) => {
  const result = migrateOldNames(schema, text);
  if (!('text' in result)) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.text;
};
const valuesOf = (text: string, schema = seed) =>
  [...resolve(schema, text).options].map(([group, options]) => [group, [...options].map(([dest, r]) => [dest, r.value, r.error])]);

describe('migrateOldNames', () => {
  it('moves [ssl] names into [glance], after the commented sample line when there is one', () => {
    expect(migrated('[glance]\n#cafile = <None>\ntimeout = 3\n\n[ssl]\nca_file = /ca.pem\n')).toBe(
      '[glance]\n#cafile = <None>\ncafile = /ca.pem\ntimeout = 3\n\n[ssl]\n',
    );
  });

  it('keeps the value text byte for byte: quotes, `$` references, continuation lines', () => {
    const text = '[glance]\nkeyfile = /k\n[ssl]\nca_file = "$keyfile "\ncert_file = a\n  b\n';
    expect(migrated(text)).toBe('[glance]\nkeyfile = /k\ncafile = "$keyfile "\ncertfile = a\n  b\n[ssl]\n');
    expect(valuesOf(migrated(text))).toEqual(valuesOf(text));
  });

  it('appends a [glance] section when there is none, keeping CRLF and a missing final newline', () => {
    expect(migrated('[ssl]\r\nkey_file = /k')).toBe('[ssl]\r\n\r\n[glance]\r\nkeyfile = /k');
  });

  it('api_insecure: keeps the line (it is an option of its own) and adds insecure with the same value text', () => {
    expect(migrated('[glance]\napi_insecure = Yes\nnum_retries = 1\n')).toBe('[glance]\napi_insecure = Yes\ninsecure = Yes\nnum_retries = 1\n');
  });

  it('leaves api_insecure alone when insecure is set: nothing is read through the old name', () => {
    const result = migrateOldNames(seed, '[glance]\napi_insecure = true\ninsecure = false\n');
    expect(result).toEqual({ text: '[glance]\napi_insecure = true\ninsecure = false\n', changes: [] });
  });

  it('deletes an ignored old-name line with the same value, whatever its spelling', () => {
    expect(migrated('[glance]\ncafile = /ca\n[ssl]\nca_file = \'/ca\'\n')).toBe('[glance]\ncafile = /ca\n[ssl]\n');
  });

  it('refuses an ignored old-name line with another value, and says which line oslo reads', () => {
    expect(migrateOldNames(seed, '[ssl]\nca_file = /old\n[glance]\ncafile = /new\n')).toMatchInlineSnapshot(`
      {
        "errors": [
          {
            "line": 2,
            "message": "[ssl] ca_file = "/old" is ignored: oslo reads [glance] cafile = "/new" (line 4) instead. The two disagree and only you know which value is meant: delete the other line, then migrate again",
          },
        ],
      }
    `);
  });

  it('renames earlier duplicates too, so the last line still wins', () => {
    const text = '[ssl]\nca_file = /a\nca_file = /b\n[glance]\n';
    expect(migrated(text)).toBe('[ssl]\n[glance]\ncafile = /a\ncafile = /b\n');
    expect(valuesOf(migrated(text))).toEqual(valuesOf(text));
  });

  it('a multi valued option keeps oslo\'s order: old-name values first', () => {
    const multi = schemaOf([{ name: 'm', type: 'multi valued', deprecated_opts: [{ group: 'q', name: 'm_old' }] }]);
    const text = '[p]\nm = x\nm = y\n[q]\nm_old = a\n';
    expect(migrated(text, multi)).toBe('[p]\nm = a\nm = x\nm = y\n[q]\n');
    expect(valuesOf(migrated(text, multi), multi)).toEqual(valuesOf(text, multi));
  });

  it('reports what it did, line by line', () => {
    const result = migrateOldNames(seed, '[glance]\napi_insecure = true\n[ssl]\ncert_file = /c\n');
    expect('changes' in result && result.changes).toMatchInlineSnapshot(`
      [
        {
          "action": "copied",
          "from": "[glance] api_insecure",
          "line": 2,
          "to": "[glance] insecure",
        },
        {
          "action": "renamed",
          "from": "[ssl] cert_file",
          "line": 4,
          "to": "[glance] certfile",
        },
      ]
    `);
  });

  it('refuses a file that does not parse', () => {
    expect(migrateOldNames(seed, 'ca_file = x\n')).toMatchInlineSnapshot(`
      {
        "errors": [
          {
            "line": 1,
            "message": "the file does not parse, so oslo reads nothing from it: Section must be started before assignment: None",
          },
        ],
      }
    `);
  });

  itWithSeeds('on random files: the same reading, no old name left, idempotent, and every other line kept', [1], (seedNumber) => {
    const line = fc.constantFrom(
      '[glance]', '[GLANCE]', '[ssl]', '[SSL]', '[DEFAULT]', '', '# c', '#cafile = <None>',
      'api_insecure = true', 'api_insecure = false', 'insecure = false', 'insecure = true', 'cafile = /a', 'ca_file = /a',
      'ca_file = /b', 'cert_file = /c', 'certfile = /c', 'key_file = $cafile', 'keyfile=/k', 'num_retries = 2', 'other = x',
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const text = ['[glance]', ...lines].join('\n') + '\n';
        const result = migrateOldNames(seed, text);
        if (!('text' in result)) {
          expect(result.errors.every((e) => /is ignored/.test(e.message))).toBe(true);
          return;
        }
        expect(valuesOf(result.text)).toEqual(valuesOf(text));
        expect(findDeprecations(resolve(seed, result.text))).toEqual([]);
        expect(migrated(result.text)).toBe(result.text);
        // Only old-name lines move or go; the rest keep their order.
        const untouched = (t: string) => t.split('\n').filter((l) => !/^(ca_file|cert_file|key_file|cafile|certfile|keyfile|insecure)\b/.test(l));
        expect(untouched(result.text)).toEqual(untouched(text));
      }),
      { seed: seedNumber, numRuns: 500 },
    );
  });
});
