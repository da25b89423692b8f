// The CLI run in-process with an in-memory io: what a user reads, and the exit status.
import { describe, expect, it } from 'vitest';
import { runWith } from './cliHarness';
import { readFixture } from '../support/fixtures';

const NOVA_CONF = [
  '[DEFAULT]',
  'debug = true',
  '',
  '[glance]',
  'api_servers = https://glance.example.com:9292,b',
  'num_retries = 3 # retry',
  'timeout = 30',
  '',
  '[ssl]',
  'ca_file = /etc/ssl/ca.pem',
  '',
].join('\n');

/** The parse and value errors a check prints (the advisories around them have tests of their own). */
function invalidLines(out: string): string[] {
  return out.split('\n').filter((line) => line.includes('(invalid)') || /^\d+ errors?, /.test(line));
}

const P_CONF = '[p]\ni = 11\nb = maybe\nu = http://h\nm = a\n  continued\n';

describe('check', () => {
  it('prints each error with file and line, and exits 1', () => {
    const result = runWith({ 's.json': readFixture('synthetic.json'), 'p.conf': P_CONF }, ['check', 'p.conf', '--schema', 's.json']);
    expect([result.status, result.stdout]).toMatchInlineSnapshot(`
      [
        1,
        "p.conf:2: error (invalid): [p] i: oslo.config refuses it: Should be less than or equal to 10
      p.conf:3: error (invalid): [p] b: oslo.config refuses it: Unexpected boolean value 'maybe'
      2 errors, 0 warnings, 0 notes
      ",
      ]
    `);
  });

  it('exits 0 when oslo accepts the files', () => {
    const result = runWith({ 's.json': readFixture('synthetic.json'), 'p.conf': '[p]\ni = 3\n' }, ['check', 'p.conf', '--schema', 's.json']);
    expect([result.status, result.stdout]).toMatchInlineSnapshot(`
      [
        0,
        "no findings: oslo reads every option without error
      ",
      ]
    `);
  });

  it('on nova.conf: what oslo refuses and what nova cannot use fail the check, warnings do not', () => {
    const failing = runWith({ 'nova.conf': NOVA_CONF }, ['check', 'nova.conf']);
    expect([failing.status, ...invalidLines(failing.stdout)]).toMatchInlineSnapshot(`
      [
        1,
        "nova.conf:5: error (invalid): [glance] api_servers: nova cannot use it: "b" is not an endpoint URL of the form scheme://hostname:port[/path] (http or https)",
        "nova.conf:6: error (invalid): [glance] num_retries: oslo.config refuses it: invalid literal for int() with base 10: '3 # retry'",
        "2 errors, 2 warnings, 0 notes",
      ]
    `);
    const passing = runWith({ 'nova.conf': NOVA_CONF.replace(' # retry', '').replace(',b', '') }, ['check', 'nova.conf']);
    expect([passing.status, ...invalidLines(passing.stdout)]).toMatchInlineSnapshot(`
      [
        0,
        "0 errors, 2 warnings, 0 notes",
      ]
    `);
  });

  it('reports parse errors of every file; later files win key by key', () => {
    const result = runWith({
      'a.conf': '[glance]\nnum_retries = x\ntimeout = 2\n',
      'b.conf': '[glance]\nnum_retries 5\n',
      'c.conf': '[glance]\n  indented\n',
    }, ['check', 'a.conf', 'b.conf', 'c.conf']);
    expect([result.status, ...invalidLines(result.stdout)]).toMatchInlineSnapshot(`
      [
        1,
        "a.conf:2: error (invalid): [glance] num_retries: oslo.config refuses it: invalid literal for int() with base 10: 'x'",
        "b.conf:2: error (invalid): Parse error: No ':' or '=' found in assignment: 'num_retries 5'",
        "c.conf:2: error (invalid): Parse error: Unexpected continuation line: '  indented'",
        "3 errors, 1 warning, 0 notes",
      ]
    `);
  });

  it('--json prints {"values": {group: {dest: value}}, "findings": [...]}', () => {
    const result = runWith({
      'a.conf': '[glance]\nnum_retries = 1\ntimeout = 2\napi_servers = b\n',
      'b.conf': '[glance]\nnum_retries = x\n[ssl]\nca_file = /ca.pem\n',
    }, ['check', 'a.conf', 'b.conf', '--json']);
    expect(result.status).toBe(1);
    const output = JSON.parse(result.stdout) as { values: unknown; findings: Record<string, unknown>[] };
    expect(Object.keys(output)).toEqual(['values', 'findings']);
    for (const finding of output.findings) {
      expect(Object.keys(finding)).toEqual(expect.arrayContaining(['group', 'option', 'line', 'kind', 'severity', 'message']));
    }
    expect(output.values).toMatchInlineSnapshot(`
      {
        "DEFAULT": {},
        "glance": {
          "allowed_direct_url_schemes": [],
          "api_insecure": false,
          "api_servers": [
            "b",
          ],
          "cafile": "/ca.pem",
          "certfile": null,
          "collect_timing": false,
          "insecure": false,
          "keyfile": null,
          "split_loggers": false,
          "timeout": 2,
          "verify_glance_signatures": false,
        },
      }
    `);
    expect(output.findings.filter((finding) => finding.kind === 'invalid')).toMatchInlineSnapshot(`
      [
        {
          "explanation": "oslo.config accepts this text, but nova cannot use it, and fails when it first tries.",
          "file": "a.conf",
          "group": "glance",
          "kind": "invalid",
          "line": 4,
          "message": "[glance] api_servers: nova cannot use it: "b" is not an endpoint URL of the form scheme://hostname:port[/path] (http or https)",
          "option": "api_servers",
          "severity": "error",
          "title": "[glance] api_servers: nova cannot use it: "b" is not an endpoint URL of the form scheme://hostname:port[/path] (http or https)",
        },
        {
          "file": "b.conf",
          "group": "glance",
          "kind": "invalid",
          "line": 2,
          "message": "[glance] num_retries: oslo.config refuses it: invalid literal for int() with base 10: 'x'",
          "option": "num_retries",
          "severity": "error",
          "title": "[glance] num_retries: oslo.config refuses it: invalid literal for int() with base 10: 'x'",
        },
      ]
    `);
  });

  it('--json writes floats JSON cannot hold as {"float": ...}', () => {
    const result = runWith({
      's.json': readFixture('synthetic.json'),
      'p.conf': '[p]\nfu = -inf\nf = nan\n',
    }, ['check', 'p.conf', '--json', '--schema', 's.json']);
    const values = (JSON.parse(result.stdout) as { values: { p: Record<string, unknown> } }).values.p;
    expect([result.status, values.fu, values.f]).toMatchInlineSnapshot(`
      [
        0,
        {
          "float": "-inf",
        },
        {
          "float": "nan",
        },
      ]
    `);
  });

  it('exits 2 on usage errors and unreadable input', () => {
    const outcomes = [
      runWith({}, ['check']),
      runWith({}, ['check', 'missing.conf']),
      runWith({ 'bad.conf': new Uint8Array([0x5b, 0x67, 0x5d, 0x0a, 0x61, 0x3d, 0xff, 0x0a]) }, ['check', 'bad.conf']),
      runWith({ 'a.conf': '', 's.json': '{"options": 3}' }, ['check', 'a.conf', '--schema', 's.json']),
      runWith({ 'a.conf': '' }, ['check', 'a.conf', '--nope']),
    ];
    expect(outcomes.map(({ status, stderr }) => `${status} ${stderr.trim()}`)).toMatchInlineSnapshot(`
      [
        "2 oslo-config-editor: check needs at least one FILE",
        "2 oslo-config-editor: cannot read missing.conf: no such file or directory",
        "2 oslo-config-editor: cannot read bad.conf: line 2 is not valid UTF-8, which oslo cannot read either",
        "2 oslo-config-editor: s.json: not oslo-config-generator output: at options: Invalid input: expected record, received number",
        "2 oslo-config-editor: unknown option --nope",
      ]
    `);
  });
});

describe('export', () => {
  const values = JSON.stringify({ glance: { num_retries: 3, api_servers: ['https://a:9292'], cafile: ' /etc/ca.pem', keyfile: 'pa$word' } });

  it('prints the minimal section', () => {
    const result = runWith({ 'v.json': values }, ['export', '--values', 'v.json']);
    expect([result.status, result.stdout]).toMatchInlineSnapshot(`
      [
        0,
        "[glance]
      api_servers = https://a:9292
      num_retries = 3
      cafile = " /etc/ca.pem"
      keyfile = pa$$word
      ",
      ]
    `);
  });

  it('prints the annotated section', () => {
    const result = runWith({ 'v.json': values }, ['export', '--values', 'v.json', '--annotated']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').filter((line) => /^#?[a-z_]+ =/.test(line))).toMatchInlineSnapshot(`
      [
        "api_servers = https://a:9292",
        "#verify_glance_signatures = false",
        "num_retries = 3",
        "#allowed_direct_url_schemes =",
        "#api_insecure = false",
        "cafile = " /etc/ca.pem"",
        "#certfile = <None>",
        "keyfile = pa$$word",
        "#insecure = false",
        "#timeout = <None>",
        "#collect_timing = false",
        "#split_loggers = false",
      ]
    `);
  });

  it('refuses values oslo would not read back, printing nothing', () => {
    const result = runWith({
      'v.json': JSON.stringify({ glance: { num_retries: -1, api_servers: ['a,b'], cafile: 'two\nlines', nope: 1 }, ssl: {} }),
    }, ['export', '--values', 'v.json']);
    expect([result.status, result.stdout, result.stderr]).toMatchInlineSnapshot(`
      [
        1,
        "",
        "nothing exported:
        [glance] api_servers: oslo.config would not read it back as given: the value has item 1 ("a,b") with a comma, which oslo's lists cannot hold
        [glance] num_retries: oslo.config refuses it: Should be greater than or equal to 0
        [glance] cafile: oslo.config would not read it back as given: the value contains a line break, which an INI value cannot hold
        [glance] Unrecognized key: "nope"
        no group [ssl] in the schema
      ",
      ]
    `);
  });

  it('takes {"float": "inf"} for floats JSON cannot hold', () => {
    const result = runWith({
      's.json': readFixture('synthetic.json'),
      'v.json': JSON.stringify({ p: { fu: { float: '-inf' }, f: { float: 'nan' }, i: null } }),
    }, ['export', '--values', 'v.json', '--schema', 's.json']);
    expect([result.status, result.stdout]).toMatchInlineSnapshot(`
      [
        0,
        "[p]
      i =
      f = nan
      fu = -inf
      ",
      ]
    `);
  });

  it('exits 2 when the values are not JSON of groups', () => {
    const outcomes = [
      runWith({ 'v.json': '{' }, ['export', '--values', 'v.json']),
      runWith({ 'v.json': '[1]' }, ['export', '--values', 'v.json']),
      runWith({}, ['export']),
    ];
    expect(outcomes.map(({ status, stderr }) => `${status} ${stderr.trim().split('\n')[0]}`)).toMatchInlineSnapshot(`
      [
        "2 oslo-config-editor: v.json is not JSON: Expected property name or '}' in JSON at position 1",
        "2 oslo-config-editor: v.json must hold an object of groups, e.g. {"glance": {"num_retries": 3}}",
        "2 oslo-config-editor: export takes --values V.json and no other arguments",
      ]
    `);
  });
});

describe('set', () => {
  it('edits the file in place: only the named options change', () => {
    const result = runWith({
      'nova.conf': NOVA_CONF.replaceAll('\n', '\r\n'),
    }, ['set', 'nova.conf', 'glance.num_retries=5', 'glance.api_servers=https://a:9292,https://b:9292', 'glance.cafile=/etc/$ca.pem']);
    expect(result.status).toBe(0);
    expect(String(result.files.get('nova.conf')).replaceAll('\r\n', '⏎\n')).toMatchInlineSnapshot(`
      "[DEFAULT]⏎
      debug = true⏎
      ⏎
      [glance]⏎
      api_servers = https://a:9292,https://b:9292⏎
      num_retries = 5⏎
      timeout = 30⏎
      cafile = /etc/$$ca.pem⏎
      ⏎
      [ssl]⏎
      ca_file = /etc/ssl/ca.pem⏎
      "
    `);
  });

  it('--unset and -o write another file, leaving the original alone', () => {
    const result = runWith({ 'nova.conf': NOVA_CONF }, ['set', 'nova.conf', '--unset', 'glance.timeout', 'glance.insecure=false', '-o', 'new.conf']);
    expect(result.status).toBe(0);
    expect(result.files.get('nova.conf')).toBe(NOVA_CONF);
    expect(result.files.get('new.conf')).toMatchInlineSnapshot(`
      "[DEFAULT]
      debug = true

      [glance]
      api_servers = https://glance.example.com:9292,b
      num_retries = 3 # retry
      insecure = false

      [ssl]
      ca_file = /etc/ssl/ca.pem
      "
    `);
  });

  it('takes one item per assignment for a multi valued option', () => {
    const result = runWith({ 's.json': readFixture('synthetic.json'), 'p.conf': '[p]\nm = old\n' }, ['set', 'p.conf', 'p.m=a', 'p.m= b ', '--schema', 's.json']);
    expect([result.status, result.files.get('p.conf')]).toMatchInlineSnapshot(`
      [
        0,
        "[p]
      m = a
      m = " b "
      ",
      ]
    `);
  });

  it('leaves the file untouched and exits 1 on values oslo refuses or a file that does not parse', () => {
    const refused = runWith({ 'nova.conf': NOVA_CONF }, ['set', 'nova.conf', 'glance.num_retries=-1', 'glance.insecure=maybe', 'glance.api_servers=b']);
    const unparsable = runWith({ 'bad.conf': '[glance]\n  x\n' }, ['set', 'bad.conf', 'glance.timeout=1']);
    const oldName = runWith({ 'nova.conf': NOVA_CONF }, ['set', 'nova.conf', '--unset', 'glance.cafile']);
    expect([refused, unparsable, oldName].map(({ status, stderr }) => `${status} ${stderr}`)).toMatchInlineSnapshot(`
      [
        "1 nova.conf left unchanged:
        [glance] num_retries: oslo.config refuses it: Should be greater than or equal to 0
        [glance] insecure: oslo.config refuses it: Unexpected boolean value 'maybe'
        [glance] api_servers: nova cannot use it: "b" is not an endpoint URL of the form scheme://hostname:port[/path] (http or https)
      ",
        "1 bad.conf left unchanged:
        bad.conf:2: the file does not parse, so it is left alone: line 2: Unexpected continuation line: '  x'
      ",
        "1 nova.conf left unchanged:
        nova.conf:10: cannot unset cafile: line 10 ([ssl] ca_file) still sets it under its old name; remove or migrate that line too
      ",
      ]
    `);
    expect(refused.files.get('nova.conf')).toBe(NOVA_CONF);
  });

  it('exits 2 on usage errors', () => {
    const outcomes = [
      runWith({ 'nova.conf': '' }, ['set', 'nova.conf']),
      runWith({ 'nova.conf': '' }, ['set', 'nova.conf', 'glance.nope=1']),
      runWith({ 'nova.conf': '' }, ['set', 'nova.conf', 'num_retries=1']),
      runWith({ 'nova.conf': '' }, ['set', 'nova.conf', 'glance.num_retries']),
    ];
    expect(outcomes.map(({ status, stderr }) => `${status} ${stderr.trim()}`)).toMatchInlineSnapshot(`
      [
        "2 oslo-config-editor: set needs FILE and at least one group.option=value or --unset group.option",
        "2 oslo-config-editor: no option "nope" in group [glance] of the schema",
        "2 oslo-config-editor: "num_retries" is not group.option",
        "2 oslo-config-editor: "glance.num_retries" is not group.option=value",
      ]
    `);
  });
});

describe('usage', () => {
  it('prints help with --help (0), and without a command (2); an unknown command is 2', () => {
    const help = runWith({}, ['--help']);
    const unknown = runWith({}, ['frobnicate']);
    expect([help.status, runWith({}, []).status, unknown.status]).toEqual([0, 2, 2]);
    expect(unknown.stderr.split('\n')[0]).toMatchInlineSnapshot(`"oslo-config-editor: unknown command "frobnicate""`);
    for (const command of ['check FILE...', 'export --values V.json', 'set FILE group.option=value...']) expect(help.stdout).toContain(command);
  });

  it('lists how set and migrate write, and --force and --backup[=SUFFIX]', () => {
    const help = runWith({}, ['--help']).stdout;
    expect(help.slice(help.indexOf('  set FILE'))).toMatchInlineSnapshot(`
      "  set FILE group.option=value... [--unset group.option]... [-o OUT] [--force]
            [--backup[=SUFFIX]] [--diff] [SCHEMA]
            Edit FILE (or write OUT): only the lines of those options change.
        migrate FILE [-o OUT] [--force] [--backup[=SUFFIX]] [--diff] [SCHEMA]
            Rewrite old (deprecated) option names to the new ones in FILE (or write
            OUT), keeping values and every other byte; refuse, with the reason, where
            oslo would read the result differently.
        upgrade FILE... --service NAME [--from R1] --to R2 [--json] [-o OUT]
            [--force] [--backup[=SUFFIX]]
            What the files mean under R2 that they did not under R1 (default: zed):
            lines R2 ignores, values it refuses or reads otherwise, defaults that
            change, options it deprecates or requires. -o writes the file rewritten
            for R2: names R2 reads, removed options commented out, the rest kept.

        set and migrate replace a file in one step, keeping its owner, group and
        mode (a new file gets mode 640), and follow links. Exit 2, with nothing
        changed, when the file cannot be written or another program changed it
        while it was being edited.

        SCHEMA is the options the file is read with; default: nova's [glance] group
        as the seed defines it.
        --schema S         oslo-config-generator output (JSON or YAML) of any service
        --service NAME     a service of the catalog this package ships (nova, glance,
        [--release R]      cinder, neutron, keystone, placement, manila, barbican,
                           heat, octavia, ironic), at a release named or numbered
                           (zed, 2022.2); default: zed
        --force            write even though another program changed the file
                           meanwhile (that change is then lost)
        --backup[=SUFFIX]  keep the file being replaced beside it as FILE.bak (or
                           FILESUFFIX), with its owner, group and mode
        --diff             print the change as a unified diff (what patch reads)
                           instead of writing it; no file is changed
      "
    `);
  });
});
