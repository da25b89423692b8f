import { describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { parseGeneratorOutput, SchemaError } from '../../../src/core/schema/parseGeneratorOutput';
import type { ConfigSchema } from '../../../src/core/schema/types';
import { readFixture } from '../../support/fixtures';

/** One line per option: group, dest, type, default, and what else the model keeps of it. */
function summary(schema: ConfigSchema): string[] {
  return schema.groups.flatMap((group) =>
    group.options.map((option) => {
      const extras = [
        option.name !== option.dest ? `name ${option.name}` : '',
        option.min !== null ? `min ${option.min}` : '',
        option.max !== null ? `max ${option.max}` : '',
        option.choices.length ? `choices ${JSON.stringify(option.choices.map((choice) => choice.value))}` : '',
        option.oldNames.length ? `old ${option.oldNames.map((old) => `[${old.group}]${old.name}`).join(' ')}` : '',
        option.deprecatedForRemoval ? `deprecated since ${option.deprecatedSince}` : '',
      ].filter(Boolean);
      return `[${group.name}] ${option.dest}: ${option.type} = ${JSON.stringify(option.default)}${extras.length ? `; ${extras.join('; ')}` : ''}`;
    }),
  );
}

function failure(text: string): string {
  try {
    parseGeneratorOutput(text, 'nova.json');
  } catch (error) {
    if (error instanceof SchemaError) return error.message;
    throw error;
  }
  return 'accepted';
}

const seedJson = readFixture('seed-glance.json');
const seedData = JSON.parse(seedJson) as { options: { glance: { opts: Record<string, unknown>[] } } };

/** The seed's generator output with one change made to its data. */
function seedWith(change: (data: typeof seedData) => void): string {
  const data = structuredClone(seedData);
  change(data);
  return JSON.stringify(data);
}

describe('parseGeneratorOutput', () => {
  it('reads the seed\'s JSON', () => {
    expect(summary(parseGeneratorOutput(seedJson))).toMatchInlineSnapshot(`
      [
        "[glance] api_servers: list = null",
        "[glance] verify_glance_signatures: boolean = false",
        "[glance] num_retries: integer = 0; min 0",
        "[glance] allowed_direct_url_schemes: list = []",
        "[glance] api_insecure: boolean = false",
        "[glance] cafile: string = null; old [ssl]ca_file",
        "[glance] certfile: string = null; old [ssl]cert_file",
        "[glance] keyfile: string = null; old [ssl]key_file",
        "[glance] insecure: boolean = false; old [glance]api_insecure",
        "[glance] timeout: integer = null",
        "[glance] collect_timing: boolean = false; name collect-timing",
        "[glance] split_loggers: boolean = false; name split-loggers",
      ]
    `);
  });

  it('reads the same data as YAML', () => {
    expect(parseGeneratorOutput(toYaml(JSON.parse(seedJson)))).toEqual(parseGeneratorOutput(seedJson));
  });

  it('reads every type the generator names (synthetic schema)', () => {
    expect(summary(parseGeneratorOutput(readFixture('synthetic.json')))).toMatchInlineSnapshot(`
      [
        "[DEFAULT] host: hostaddress = "localhost"",
        "[DEFAULT] state_path: string = "/var/lib/synthetic"",
        "[DEFAULT] port: port = 8080",
        "[p] s: string = null; old [old]s_old",
        "[p] c: string = "a"; choices ["a","B"]",
        "[p] i: integer = 5; min 0; max 10",
        "[p] ic: integer = null; choices [1,20]",
        "[p] f: float = 1.5; min 0; max 10",
        "[p] fu: float = null",
        "[p] b: boolean = false; old []b_old",
        "[p] l: list = null",
        "[p] ld: list = ["x"]",
        "[p] d: dict = {}",
        "[p] m: multi = null; old []m_old",
        "[p] port: port = 80",
        "[p] pr: port = null; min 1024; max 2048",
        "[p] u: uri = null",
        "[p] ha: hostaddress = null",
        "[p] hd: hostdomain = null",
        "[p] dash_name: string = "$state_path/dash"; name dash-name",
        "[p] gone: string = null; deprecated since 2.0",
      ]
    `);
  });

  it('keeps the top-level map of moved options', () => {
    expect(parseGeneratorOutput(seedJson).movedOptions).toMatchInlineSnapshot(`
      [
        {
          "group": "glance",
          "name": "insecure",
          "oldGroup": "glance",
          "oldName": "api_insecure",
        },
        {
          "group": "glance",
          "name": "cafile",
          "oldGroup": "ssl",
          "oldName": "ca_file",
        },
        {
          "group": "glance",
          "name": "certfile",
          "oldGroup": "ssl",
          "oldName": "cert_file",
        },
        {
          "group": "glance",
          "name": "keyfile",
          "oldGroup": "ssl",
          "oldName": "key_file",
        },
      ]
    `);
  });
});

describe('parseGeneratorOutput: what is not generator output, with the path of the first fault', () => {
  it('text that is neither JSON nor YAML', () => {
    expect(failure('{"options": ')).toMatchInlineSnapshot(`"nova.json: not JSON or YAML: Unexpected end of JSON input"`);
    expect(failure('options: [unclosed')).toMatchInlineSnapshot(`
      "nova.json: not JSON or YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 1, column 19:

      options: [unclosed
                        ^
      "
    `);
  });

  it('data of the wrong shape', () => {
    expect(failure('[]')).toMatchInlineSnapshot(`"nova.json: not oslo-config-generator output: at (top level): Invalid input: expected object, received array"`);
    expect(failure('{"deprecated_options": {}}')).toMatchInlineSnapshot(`"nova.json: not oslo-config-generator output: at options: Invalid input: expected record, received undefined"`);
    expect(failure('options:\n  glance:\n    opts: 3\n')).toMatchInlineSnapshot(`"nova.json: not oslo-config-generator output: at options.glance.opts: Invalid input: expected array, received number"`);
    expect(failure(seedWith((data) => delete data.options.glance.opts[2]!.dest))).toMatchInlineSnapshot(`"nova.json: not oslo-config-generator output: at options.glance.opts.2.dest: Invalid input: expected string, received undefined"`);
    expect(failure(seedWith((data) => (data.options.glance.opts[1]!.choices = [['a']])))).toMatchInlineSnapshot(`"nova.json: not oslo-config-generator output: at options.glance.opts.1.choices.0: Too small: expected array to have >=2 items"`);
    expect(failure(seedWith((data) => (data.options.glance.opts[0]!.min = '0')))).toMatchInlineSnapshot(`"nova.json: not oslo-config-generator output: at options.glance.opts.0.min: Invalid input: expected number, received string"`);
  });

  it('an unknown type, a default that does not fit, a dest twice', () => {
    expect(failure(seedWith((data) => (data.options.glance.opts[2]!.type = 'regex value')))).toMatchInlineSnapshot(`"nova.json: options.glance.opts.2 (num_retries): unknown type "regex value"; known: string value, integer value, floating point value, boolean value, list value, dict value, multi valued, port value, uri value, host address value, host domain value"`);
    expect(failure(seedWith((data) => (data.options.glance.opts[2]!.default = 'many')))).toMatchInlineSnapshot(`"nova.json: options.glance.opts.2 (num_retries): default "many" does not fit an integer option"`);
    expect(failure(seedWith((data) => (data.options.glance.opts[1]!.default = 'yes')))).toMatchInlineSnapshot(`"nova.json: options.glance.opts.1 (verify_glance_signatures): default "yes" does not fit a boolean option"`);
    expect(failure(seedWith((data) => (data.options.glance.opts[1]!.dest = 'api_servers')))).toMatchInlineSnapshot(`"nova.json: option "api_servers" appears twice in group [glance]"`);
  });
});
