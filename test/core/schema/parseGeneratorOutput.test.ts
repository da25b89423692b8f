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
  });
});

const glanceOf = (schema: ConfigSchema) => schema.groups.find((group) => group.name === 'glance')!;

/** What the model makes of the seed's option `dest` after one change to its data: read-only reason and defaults. */
function optionAfter(dest: string, change: (data: typeof seedData) => void) {
  const option = glanceOf(parseGeneratorOutput(seedWith(change))).options.find((candidate) => candidate.dest === dest)!;
  return { type: option.type, default: option.default, defaultText: option.defaultText, readOnlyReason: option.readOnlyReason };
}

describe('parseGeneratorOutput: one option the editor cannot model does not refuse the schema', () => {
  it('an entry that cannot be read, or a type the editor does not know, makes the option read-only with the reason', () => {
    expect(optionAfter('verify_glance_signatures', (data) => (data.options.glance.opts[1]!.choices = [['a']]))).toMatchInlineSnapshot(`
      {
        "default": false,
        "defaultText": null,
        "readOnlyReason": "the schema's entry for it cannot be read: at options.glance.opts.1.choices.0: Too small: expected array to have >=2 items",
        "type": "boolean",
      }
    `);
    expect(optionAfter('api_servers', (data) => (data.options.glance.opts[0]!.min = '0'))).toMatchInlineSnapshot(`
      {
        "default": null,
        "defaultText": null,
        "readOnlyReason": "the schema's entry for it cannot be read: at options.glance.opts.0.min: Invalid input: expected number, received string",
        "type": "list",
      }
    `);
    expect(optionAfter('num_retries', (data) => (data.options.glance.opts[2]!.type = 'regex value'))).toMatchInlineSnapshot(`
      {
        "default": "0",
        "defaultText": null,
        "readOnlyReason": "the generator names its type "regex value", which the editor does not know: it cannot check or write its values",
        "type": "unknown",
      }
    `);
  });

  it('a default that is no value of the option\'s type is documentation text, never a value', () => {
    expect(optionAfter('num_retries', (data) => (data.options.glance.opts[2]!.default = 'multiprocessing.cpu_count()'))).toMatchInlineSnapshot(`
      {
        "default": null,
        "defaultText": "multiprocessing.cpu_count()",
        "readOnlyReason": null,
        "type": "integer",
      }
    `);
    expect(optionAfter('verify_glance_signatures', (data) => (data.options.glance.opts[1]!.default = 'yes'))).toMatchInlineSnapshot(`
      {
        "default": true,
        "defaultText": null,
        "readOnlyReason": null,
        "type": "boolean",
      }
    `);
    expect(optionAfter('cafile', (data) => (data.options.glance.opts[5]!.default = '<host_ipv4>'))).toMatchInlineSnapshot(`
      {
        "default": null,
        "defaultText": "<host_ipv4>",
        "readOnlyReason": null,
        "type": "string",
      }
    `);
    // A sample default that differs from the default: the default is worked out where the service runs.
    expect(optionAfter('num_retries', (data) => (data.options.glance.opts[2]!.sample_default = 'the number of CPUs'))).toMatchInlineSnapshot(`
      {
        "default": null,
        "defaultText": "the number of CPUs",
        "readOnlyReason": null,
        "type": "integer",
      }
    `);
    // Beside a default of None, a sample default is an example: the default stays None.
    expect(optionAfter('timeout', (data) => (data.options.glance.opts[9]!.sample_default = '60'))).toMatchInlineSnapshot(`
      {
        "default": null,
        "defaultText": null,
        "readOnlyReason": null,
        "type": "integer",
      }
    `);
  });

  it('the same option twice (two namespaces): one option, read-only when the two differ', () => {
    const twice = (change: (copy: Record<string, unknown>) => void) =>
      parseGeneratorOutput(
        seedWith((data) => {
          const copy = { ...data.options.glance.opts[2]!, namespace: 'other' };
          change(copy);
          data.options.glance.opts.push(copy);
        }),
      ).groups.find((group) => group.name === 'glance')!.options.filter((option) => option.dest === 'num_retries').map((option) => option.readOnlyReason);
    expect(twice(() => {})).toMatchInlineSnapshot(`
      [
        null,
      ]
    `);
    expect(twice((copy) => (copy.default = 5))).toMatchInlineSnapshot(`
      [
        "the schema defines [glance] num_retries twice, differently (options.glance.opts.12)",
      ]
    `);
  });

  it('reads the generator\'s group facts: dynamic and driver groups', () => {
    const schema = parseGeneratorOutput(
      seedWith((data) => {
        Object.assign(data.options.glance, { dynamic_group_owner: 'enabled_backends', driver_option: 'backend', driver_opts: { lvm: ['num_retries'] } });
      }),
    );
    expect([glanceOf(schema).dynamicOwner, glanceOf(schema).driver]).toMatchInlineSnapshot(`
      [
        "enabled_backends",
        {
          "option": "backend",
          "options": {
            "lvm": [
              "num_retries",
            ],
          },
        },
      ]
    `);
  });
});
