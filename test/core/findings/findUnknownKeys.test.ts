import { describe, expect, it } from 'vitest';
import { findUnknownKeys } from '../../../src/core/findings/findUnknownKeys';
import { suggestKey } from '../../../src/core/findings/suggestKey';
import { resolve, schemaOf, seed } from './helpers';

const brief = (text: string, schema = seed) =>
  findUnknownKeys(resolve(schema, text)).map(({ line, kind, severity, title, explanation, fix }) => ({ line, kind, severity, title, explanation, fix }));

describe('findUnknownKeys', () => {
  it('collect-timing: the option name with `-` instead of its dest', () => {
    expect(brief('[glance]\ncollect-timing = true\n')).toMatchInlineSnapshot(`
      [
        {
          "explanation": "oslo.config silently ignores keys it does not know, so this line has no effect and the option you meant keeps its value from elsewhere or its default.
      Keys are case-sensitive and are written with \`_\` where option names have \`-\`.
      What to do: write the key as collect_timing.",
          "fix": {
            "edits": [
              {
                "action": "rename",
                "group": "glance",
                "line": 2,
                "option": "collect_timing",
              },
            ],
            "label": "rename collect-timing to collect_timing on line 2",
          },
          "kind": "unknown",
          "line": 2,
          "severity": "warning",
          "title": "[glance] collect-timing is not an option: oslo ignores it (did you mean collect_timing?)",
        },
      ]
    `);
  });

  it('NUM_RETRIES when num_retries is set too: no rename fix, the explanation says so', () => {
    expect(brief('[glance]\nNUM_RETRIES = 3\nnum_retries = 1\n')).toMatchInlineSnapshot(`
      [
        {
          "explanation": "oslo.config silently ignores keys it does not know, so this line has no effect and the option you meant keeps its value from elsewhere or its default.
      Keys are case-sensitive and are written with \`_\` where option names have \`-\`.
      What to do: write the key as num_retries, which this file already sets: keep the line you mean and delete the other.",
          "fix": undefined,
          "kind": "unknown",
          "line": 2,
          "severity": "warning",
          "title": "[glance] NUM_RETRIES is not an option: oslo ignores it (did you mean num_retries?)",
        },
      ]
    `);
  });

  it('a key nothing is close to', () => {
    expect(brief('[glance]\nendpoint_override = x\n')[0]?.title).toBe('[glance] endpoint_override is not an option: oslo ignores it');
    expect(brief('[glance]\nendpoint_override = x\n')[0]?.fix).toBeUndefined();
  });

  it('only in sections of groups with options: other sections of a nova.conf are not this schema\'s business', () => {
    expect(brief('[DEFAULT]\nmy_ip = 10.0.0.5\ndebug = true\n[ssl]\nciphers = HIGH\n[libvirt]\nvirt_type = kvm\n')).toEqual([]);
  });

  it('old names are known keys', () => {
    expect(brief('[glance]\napi_insecure = true\n[ssl]\nca_file = x\n')).toEqual([]);
    const moved = schemaOf([{ name: 'new', deprecated_opts: [{ group: 'p', name: 'old' }] }]);
    expect(brief('[p]\nold = x\n', moved)).toEqual([]);
  });

  it('section names fold as oslo folds them: [GLANCE] is [glance], [ glance ] is another section', () => {
    expect(brief('[GLANCE]\ntimout = 3\n').map((f) => f.title)).toEqual(['[GLANCE] timout is not an option: oslo ignores it (did you mean timeout?)']);
    expect(brief('[ glance ]\ntimout = 3\n')).toEqual([]);
  });
});

describe('suggestKey', () => {
  const known = ['num_retries', 'timeout', 'collect_timing', 'api_servers', 'cafile', 'certfile', 'keyfile', 'insecure'];
  it.each([
    ['NUM_RETRIES', 'num_retries'],
    ['collect-timing', 'collect_timing'],
    ['Collect-Timing', 'collect_timing'],
    ['timout', 'timeout'],
    ['num_retires', 'num_retries'],
    ['api_server', 'api_servers'],
    ['ca_file', 'cafile'],
    ['insceure', 'insecure'],
  ])('%s -> %s', (key, expected) => {
    expect(suggestKey(key, known)).toBe(expected);
  });
  it.each(['debug', 'endpoint_override', 'region_name', 'cert'])('%s -> nothing', (key) => {
    expect(suggestKey(key, known)).toBeNull();
  });
});
