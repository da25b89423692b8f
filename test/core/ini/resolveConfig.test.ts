import { describe, expect, it } from 'vitest';
import { parseIni } from '../../../src/core/ini/parseIni';
import { resolveConfig } from '../../../src/core/ini/resolveConfig';
import type { ConfigSchema } from '../../../src/core/schema/types';
import { loadSchemaFixture } from '../../support/fixtures';

const seed = loadSchemaFixture('seed-glance.json').schema;
const synthetic = loadSchemaFixture('synthetic.json').schema;

/** What oslo hands the service from these files (file0.conf, file1.conf, ...): set options, and every error. */
function read(schema: ConfigSchema, ...texts: string[]): string {
  const resolution = resolveConfig(
    schema,
    texts.map((text, index) => ({ name: `file${index}.conf`, document: parseIni(text) })),
  );
  const lines: string[] = [];
  for (const [group, options] of resolution.options) {
    for (const [dest, resolved] of options) {
      if (resolved.error) continue;
      const from = resolved.sources.map((source) => `file${source.file}:${source.entry.line}`).join(' ');
      if (resolved.isSet) lines.push(`[${group}] ${dest} = ${JSON.stringify(resolved.value)}  <- ${from}`);
    }
  }
  for (const problem of resolution.problems) lines.push(`${problem.file ?? '-'}:${problem.line ?? '-'}: ${problem.message}`);
  return lines.join('\n');
}

/** One option's value (or error) from one [glance] or [p] section. */
function value(schema: ConfigSchema, group: string, dest: string, text: string) {
  const resolved = resolveConfig(schema, [{ name: 'file0.conf', document: parseIni(text) }]).options.get(group)!.get(dest)!;
  return resolved.error === null ? resolved.value : `error: ${resolved.error}`;
}

describe('resolveConfig: old names and precedence', () => {
  it('in one file the new name wins over an old one, whatever the order', () => {
    expect(read(seed, '[glance]\ncafile = new\n[ssl]\nca_file = old\n')).toMatchInlineSnapshot(`"[glance] cafile = "new"  <- file0:2"`);
    expect(read(seed, '[ssl]\nca_file = old\n[glance]\ncafile = new\n')).toMatchInlineSnapshot(`"[glance] cafile = "new"  <- file0:4"`);
  });

  it('an old name alone feeds the option, in any case of its group; old names do not cross groups', () => {
    expect(read(seed, '[SSL]\nca_file = old\n')).toMatchInlineSnapshot(`"[glance] cafile = "old"  <- file0:2"`);
    expect(read(seed, '[glance]\nca_file = x\n[ssl]\ncafile = y\n')).toMatchInlineSnapshot(`""`);
  });

  it('across files the later file wins, even through an old name', () => {
    expect(read(seed, '[glance]\ncafile = new\n', '[ssl]\nca_file = old\n')).toMatchInlineSnapshot(`"[glance] cafile = "old"  <- file1:2"`);
    expect(read(seed, '[ssl]\nca_file = old\n', '[glance]\ncafile = new\n')).toMatchInlineSnapshot(`"[glance] cafile = "new"  <- file1:2"`);
  });

  it('api_insecure is an option and an old name of insecure', () => {
    expect(read(seed, '[glance]\napi_insecure = true\n')).toMatchInlineSnapshot(`
      "[glance] api_insecure = true  <- file0:2
      [glance] insecure = true  <- file0:2"
    `);
    expect(read(seed, '[glance]\ninsecure = false\napi_insecure = true\n')).toMatchInlineSnapshot(`
      "[glance] api_insecure = true  <- file0:3
      [glance] insecure = false  <- file0:2"
    `);
    expect(read(seed, '[glance]\ninsecure = false\n', '[glance]\napi_insecure = true\n')).toMatchInlineSnapshot(`
      "[glance] api_insecure = true  <- file1:2
      [glance] insecure = true  <- file1:2"
    `);
    expect(read(seed, '[glance]\napi_insecure = bogus\n')).toMatchInlineSnapshot(`
      "file0.conf:2: [glance] api_insecure: oslo.config refuses it: Unexpected boolean value 'bogus'
      file0.conf:2: [glance] insecure: oslo.config refuses it: Unexpected boolean value 'bogus'"
    `);
  });
});

describe('resolveConfig: duplicates and sections', () => {
  it('the last duplicate key wins; duplicate sections merge; unknown keys and sections are ignored', () => {
    expect(
      read(seed, '[glance]\nnum_retries = 1\nnum_retries = 2\n[other]\nnum_retries = 9\n[glance]\ntimeout = 3\nunknown = x\n'),
    ).toMatchInlineSnapshot(`
      "[glance] num_retries = 2  <- file0:2 file0:3
      [glance] timeout = 3  <- file0:7"
    `);
  });

  it('section names are case-insensitive, except that [default] is not [DEFAULT]; [ glance ] is another section', () => {
    expect(read(seed, '[GLANCE]\nnum_retries = 1\n[Glance]\ntimeout = 2\n[ glance ]\ncafile = x\n')).toMatchInlineSnapshot(`
      "[glance] num_retries = 1  <- file0:2
      [glance] timeout = 2  <- file0:4"
    `);
    expect(read(synthetic, '[default]\nhost = a\n[DEFAULT]\nstate_path = /b\n')).toMatchInlineSnapshot(`"[DEFAULT] state_path = "/b"  <- file0:4"`);
  });

  it('keys are case-sensitive dests: NUM_RETRIES and collect-timing are unknown', () => {
    expect(read(seed, '[glance]\nNUM_RETRIES = 1\ncollect-timing = true\ncollect_timing = yes\n')).toMatchInlineSnapshot(`"[glance] collect_timing = true  <- file0:4"`);
  });

  it('a multi valued option gathers every line, old names first, then file by file', () => {
    expect(read(synthetic, '[p]\nm = x\nm_old = a\nm = y\n')).toMatchInlineSnapshot(`"[p] m = ["a","x","y"]  <- file0:3 file0:2 file0:4"`);
    expect(read(synthetic, '[p]\nm = b\n', '[p]\nm_old = a\n[P]\nm = c\n')).toMatchInlineSnapshot(`"[p] m = ["b","a","c"]  <- file0:2 file1:2 file1:4"`);
  });
});

describe('resolveConfig: quotes and `$`', () => {
  it('quotes keep spaces; one outer pair goes', () => {
    expect(read(seed, `[glance]\ncafile = "  a  "\ncertfile = 'x'\nkeyfile = "a"b"\n`)).toMatchInlineSnapshot(`
      "[glance] cafile = "  a  "  <- file0:2
      [glance] certfile = "x"  <- file0:3
      [glance] keyfile = "a\\"b"  <- file0:4"
    `);
  });

  it('`$$` and `\\$` are a literal `$`; a `$` that names nothing stays as written', () => {
    expect(
      [`$$`, `\\$`, `a\\$b`, `$$foo`, `\\\\$$`, `$1`, `a$`, `a $ b`, '${}', '${num_retries', '$ {x}', '$.x', '%(x)s'].map(
        (text) => value(seed, 'glance', 'cafile', `[glance]\ncafile = ${text}\nnum_retries = 7\n`),
      ),
    ).toMatchInlineSnapshot(`
      [
        "$",
        "$",
        "a$b",
        "$foo",
        "\\$$",
        "$1",
        "a$",
        "a $ b",
        "\${}",
        "\${num_retries",
        "$ {x}",
        "$.x",
        "%(x)s",
      ]
    `);
  });

  it('`$name`, `${name}` and `$group.name` insert the typed value as Python prints it', () => {
    const file = '[glance]\nnum_retries = 7\napi_servers = a,b\napi_insecure = yes\ntimeout = 4\n';
    expect(
      ['${num_retries}', '$glance.num_retries', '${glance.num_retries}x', '$num_retries-x', '$api_servers', '$api_insecure', '$verify_glance_signatures', '$keyfile'].map(
        (text) => value(seed, 'glance', 'cafile', `${file}cafile = ${text}\n`),
      ),
    ).toMatchInlineSnapshot(`
      [
        "7",
        "7",
        "7x",
        "7-x",
        "['a', 'b']",
        "True",
        "False",
        "",
      ]
    `);
    expect(value(seed, 'glance', 'num_retries', '[glance]\nnum_retries = $timeout\ntimeout = 4\n')).toMatchInlineSnapshot(`4`);
    expect(value(seed, 'glance', 'api_servers', '[glance]\napi_servers = $keyfile,x\nkeyfile = a,b\n')).toMatchInlineSnapshot(`
      [
        "a",
        "b",
        "x",
      ]
    `);
    expect(value(seed, 'glance', 'cafile', '[glance]\nkeyfile = k\n[ssl]\nca_file = $keyfile\n')).toMatchInlineSnapshot(`"k"`);
  });

  it('floats insert as Python prints them', () => {
    expect(
      ['3', '1e-5', '1e16', '0.1', '-0', 'inf', 'nan'].map((text) => value(synthetic, 'p', 's', `[p]\nfu = ${text}\ns = $fu\n`)),
    ).toMatchInlineSnapshot(`
      [
        "3.0",
        "1e-05",
        "1e+16",
        "0.1",
        "-0.0",
        "inf",
        "nan",
      ]
    `);
  });

  it('errors: no such option or group, a group, recursion, and the referenced option\'s own error', () => {
    expect(
      ['$foo', '$NUM_RETRIES', '$numé', '$num_retries.', '$ssl.ca_file', '$DEFAULT.foo', '$glance.num_retries.x', '$glance', '$cafile', '$timeout'].map(
        (text) => value(seed, 'glance', 'cafile', `[glance]\ntimeout = x\ncafile = ${text}\n`),
      ),
    ).toMatchInlineSnapshot(`
      [
        "error: no such option foo in group [DEFAULT]",
        "error: no such option NUM_RETRIES in group [DEFAULT]",
        "error: no such option num in group [DEFAULT]",
        "error: no such group [num_retries]",
        "error: no such group [ssl]",
        "error: no such group [DEFAULT]",
        "error: no such option glance.num_retries.x in group [DEFAULT]",
        "error: template substitution error: substituting group glance not supported",
        "error: maximum recursion depth exceeded",
        "error: Value for option timeout from LocationInfo(location=<Locations.user: (4, True)>, detail='file0.conf') is not valid: invalid literal for int() with base 10: 'x'",
      ]
    `);
  });

  it('an old name of an option with no group reads the option as [DEFAULT] does', () => {
    expect(value(synthetic, 'p', 's', '[p]\nm = q\ns = $m_old\n[DEFAULT]\nm = z\n')).toMatchInlineSnapshot(`"['z']"`);
    expect(value(synthetic, 'p', 's', '[p]\nb = true\ns = $b_old\n')).toMatchInlineSnapshot(`"False"`);
  });

  it('a "no such option" anywhere down a reference tries [DEFAULT] instead', () => {
    expect(value(synthetic, 'p', 's', '[p]\ns = $port\nport = $nope\n')).toMatchInlineSnapshot(`"8080"`);
    expect(value(synthetic, 'p', 's', '[p]\ns = $port\nport = 81\n')).toMatchInlineSnapshot(`"81"`);
  });

  it('defaults are substituted too', () => {
    expect(value(synthetic, 'p', 'dash_name', '[DEFAULT]\nstate_path = /srv\n')).toMatchInlineSnapshot(`"/srv/dash"`);
    expect(value(synthetic, 'p', 'dash_name', '[DEFAULT]\nstate_path = $nope\n')).toMatchInlineSnapshot(`"error: no such option nope in group [DEFAULT]"`);
  });
});

describe('resolveConfig: empty values, per type', () => {
  it('`key =` is an error for some types, None for numbers (not the default), empty for the rest', () => {
    const dests = ['s', 'c', 'i', 'f', 'b', 'l', 'ld', 'd', 'm', 'port', 'u', 'ha', 'hd'];
    expect(Object.fromEntries(dests.map((dest) => [dest, value(synthetic, 'p', dest, `[p]\n${dest} =\n`)]))).toMatchInlineSnapshot(`
      {
        "b": "error: Unexpected boolean value ''",
        "c": "error: Valid values are [a, B], but found ''",
        "d": {},
        "f": null,
        "ha": "error:  is not a valid host address",
        "hd": "error:  is not a valid host address",
        "i": null,
        "l": [],
        "ld": [],
        "m": [
          "",
        ],
        "port": null,
        "s": "",
        "u": "error: ('host, scheme were required but missing', URIReference(scheme=None, authority=None, path=None, query=None, fragment=None), ['host', 'scheme'])",
      }
    `);
  });

  it('unset options take their defaults, converted', () => {
    const resolution = resolveConfig(synthetic, []);
    expect(Object.fromEntries([...resolution.options.get('p')!].map(([dest, resolved]) => [dest, resolved.value]))).toMatchInlineSnapshot(`
      {
        "b": false,
        "c": "a",
        "d": {},
        "dash_name": "/var/lib/synthetic/dash",
        "f": 1.5,
        "fu": null,
        "gone": null,
        "ha": null,
        "hd": null,
        "i": 5,
        "ic": null,
        "l": null,
        "ld": [
          "x",
        ],
        "m": null,
        "port": 80,
        "pr": null,
        "s": null,
        "u": null,
      }
    `);
  });
});

describe('resolveConfig: findings', () => {
  it('names the file and line of each parse error and of the line whose value oslo refuses', () => {
    expect(read(seed, '[glance]\nnum_retries = 3 # x\n', '[glance]\nbad line\ntimeout = -1\n[ssl]\nca_file = $nope\n')).toMatchInlineSnapshot(`
      "[glance] timeout = -1  <- file1:3
      file1.conf:2: Parse error: No ':' or '=' found in assignment: 'bad line'
      file0.conf:2: [glance] num_retries: oslo.config refuses it: invalid literal for int() with base 10: '3 # x'
      file1.conf:5: [glance] cafile: oslo.config refuses it: no such option nope in group [DEFAULT]"
    `);
  });

  it('judges a required option only where the file sets it: unset, the service may not even read it', () => {
    const required: ConfigSchema = {
      ...synthetic,
      groups: synthetic.groups.map((group) => ({ ...group, options: group.options.map((o) => ({ ...o, required: o.dest === 'i' })) })),
    };
    expect(read(required, '[p]\n')).toMatchInlineSnapshot(`""`);
    expect(read(required, '[p]\ni =\n')).toMatchInlineSnapshot(`
      "[p] i = null  <- file0:2
      file0.conf:2: value required for option i in group [p]: the service refuses this empty value wherever it reads the option"
    `);
  });

  it('leaves a default whose reference is outside the schema to the service, and reads the file\'s errors through one', () => {
    const partial: ConfigSchema = { ...synthetic, groups: synthetic.groups.filter((group) => group.name === 'p') };
    expect(resolveConfig(partial, [{ name: 'a.conf', document: parseIni('') }]).options.get('p')!.get('dash_name')!.computed).toMatchInlineSnapshot(`"$state_path/dash"`);
    expect(value(synthetic, 'p', 'dash_name', '[DEFAULT]\nstate_path = $nope\n')).toMatchInlineSnapshot(`"error: no such option nope in group [DEFAULT]"`);
  });
});
