// upgrade: a file of one release of a service read as the catalog's later release reads it, and rewritten for it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runWith } from './cliHarness';

const ZED_NOVA = readFileSync(new URL('../fixtures/upgrade/zed-nova.conf', import.meta.url), 'utf8');
const DEBIAN_NOVA = readFileSync(new URL('../fixtures/catalog/zed/debian-nova.conf', import.meta.url), 'utf8');

/** The report's headings and findings' first lines, without their explanations. */
function outline(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line && !line.startsWith('    '));
}

describe('upgrade FILE --service S --from R1 --to R2', () => {
  it('reports what a zed nova.conf means under 2025.1, grouped by kind of change, and exits 1 on a refused value', () => {
    const run = runWith({ 'nova.conf': ZED_NOVA }, ['upgrade', 'nova.conf', '--service', 'nova', '--from', 'zed', '--to', '2025.1']);
    expect([run.status, run.stderr]).toEqual([1, '']);
    expect(outline(run.stdout)).toMatchInlineSnapshot(`
      [
        "nova.conf: nova, from zed (2022.2) to epoxy (2025.1)",
        "Values epoxy (2025.1) refuses (2)",
        "nova.conf:5: error (upgrade): epoxy (2025.1) refuses [DEFAULT] rate_limit_except_level = critical: Valid values are [CRITICAL, ERROR, INFO, WARNING, DEBUG, ], but found 'critical'",
        "nova.conf:17: error (upgrade): epoxy (2025.1) refuses [oslo_messaging_rabbit] rabbit_retry_interval = 0: Should be greater than or equal to 1",
        "Options epoxy (2025.1) no longer has: their lines are ignored (3)",
        "nova.conf:3: warning (upgrade): [DEFAULT] use_eventlog is gone in epoxy (2025.1): the line is ignored from then on",
        "nova.conf:4: warning (upgrade): [DEFAULT] rpc_conn_pool_size is gone in epoxy (2025.1): the line is ignored from then on",
        "nova.conf:11: warning (upgrade): [api] use_forwarded_for is gone in epoxy (2025.1): the line is ignored from then on",
        "Names epoxy (2025.1) no longer reads: their lines are ignored (2)",
        "nova.conf:2: warning (upgrade): epoxy (2025.1) no longer reads [DEFAULT] sql_connection as [api_database] connection: the line is ignored from then on",
        "nova.conf:2: warning (upgrade): epoxy (2025.1) no longer reads [DEFAULT] sql_connection as [database] connection: the line is ignored from then on",
        "Options epoxy (2025.1) requires (1)",
        "nova.conf: info (upgrade): [manila] auth_url is required in epoxy (2025.1), and this file does not set it",
        "Options epoxy (2025.1) deprecates for removal (3)",
        "nova.conf:8: warning (upgrade): [DEFAULT] backdoor_port is deprecated for removal in epoxy (2025.1)",
        "nova.conf:18: warning (upgrade): [oslo_messaging_rabbit] heartbeat_in_pthread is deprecated for removal in epoxy (2025.1)",
        "nova.conf:22: warning (upgrade): [oslo_policy] enforce_scope is deprecated for removal in epoxy (2025.1)",
        "Lines epoxy (2025.1) reads under an old name (2)",
        "nova.conf:14: info (upgrade): epoxy (2025.1) reads [ironic] partition_key as [ironic] conductor_group, under an old name",
        "nova.conf:19: info (upgrade): epoxy (2025.1) reads [oslo_messaging_rabbit] rabbit_quroum_max_memory_length as [oslo_messaging_rabbit] rabbit_quorum_max_memory_length, under an old name",
        "Defaults that change under options the file leaves unset (7)",
        "nova.conf: info (upgrade): The default of [DEFAULT] initial_cpu_allocation_ratio changes in epoxy (2025.1): 16.0 → 4.0",
        "nova.conf: info (upgrade): The default of [DEFAULT] initial_ram_allocation_ratio changes in epoxy (2025.1): 1.5 → 1.0",
        "nova.conf: info (upgrade): The default of [DEFAULT] heal_instance_info_cache_interval changes in epoxy (2025.1): 60 → -1",
        "nova.conf: info (upgrade): The default of [cache] memcache_username changes in epoxy (2025.1): '' → <None>",
        "nova.conf: info (upgrade): The default of [cache] memcache_password changes in epoxy (2025.1): '' → <None>",
        "nova.conf: info (upgrade): The default of [oslo_messaging_rabbit] heartbeat_rate changes in epoxy (2025.1): 2 → 3",
        "nova.conf: info (upgrade): The default of [oslo_policy] enforce_new_defaults changes in epoxy (2025.1): false → true",
        "2 errors, 8 warnings, 10 notes",
      ]
    `);
    // Without -o nothing is written.
    expect([...run.files.keys()]).toEqual(['nova.conf']);
  });

  it('explains each finding with both releases\' facts and what to do', () => {
    const run = runWith({ 'nova.conf': '[oslo_messaging_rabbit]\nrabbit_retry_interval = 0\n' }, ['upgrade', 'nova.conf', '--service', 'nova', '--to', 'epoxy']);
    const refused = run.stdout.slice(run.stdout.indexOf('Values epoxy'), run.stdout.indexOf('\n\n', run.stdout.indexOf('Values epoxy')));
    expect(refused).toMatchInlineSnapshot(`
      "Values epoxy (2025.1) refuses (1)
      nova.conf:2: error (upgrade): epoxy (2025.1) refuses [oslo_messaging_rabbit] rabbit_retry_interval = 0: Should be greater than or equal to 1
          zed (2022.2) reads 0 from this line (integer, default 1). epoxy (2025.1)'s option is integer, at
          least 1, default 1, and oslo.config refuses the value: Should be greater than or equal to 1.
          The service stops where it reads rabbit_retry_interval.
          What to do: set a value epoxy (2025.1) accepts."
    `);
  });

  it('finds nothing but defaults and a required plugin option in Debian 12\'s own nova.conf, and exits 0', () => {
    const run = runWith({ 'nova.conf': DEBIAN_NOVA }, ['upgrade', 'nova.conf', '--service', 'nova', '--to', '2025.1', '-o', 'nova.epoxy.conf']);
    expect(run.status).toBe(0);
    expect(outline(run.stdout).at(-2)).toBe('0 errors, 0 warnings, 9 notes');
    expect(outline(run.stdout).at(-1)).toBe('Rewritten for epoxy (2025.1) into nova.epoxy.conf, with nothing to change.');
    expect(run.files.get('nova.epoxy.conf')).toBe(DEBIAN_NOVA);
  });

  it('-o writes the file rewritten for the later release: renames applied, removed options commented out, the rest kept', () => {
    const run = runWith({ 'nova.conf': ZED_NOVA }, ['upgrade', 'nova.conf', '--service', 'nova', '--to', '2025.1', '-o', 'nova.epoxy.conf']);
    expect(run.stdout.slice(run.stdout.indexOf('\nRewritten'))).toMatchInlineSnapshot(`
      "
      Rewritten for epoxy (2025.1) into nova.epoxy.conf:
      nova.conf:3: [DEFAULT] use_eventlog commented out
      nova.conf:4: [DEFAULT] rpc_conn_pool_size commented out
      nova.conf:11: [api] use_forwarded_for commented out
      nova.conf:14: [ironic] partition_key -> [ironic] conductor_group
      nova.conf:19: [oslo_messaging_rabbit] rabbit_quroum_max_memory_length -> [oslo_messaging_rabbit] rabbit_quorum_max_memory_length
      Left alone, for you to carry over:
        nova.conf:2: [DEFAULT] sql_connection is the old name of [api_database] connection and [database] connection, which oslo all read from this line; one name cannot carry it to all: write each option's own line by hand
      "
    `);
    expect(run.files.get('nova.epoxy.conf')).toMatchInlineSnapshot(`
      "[DEFAULT]
      sql_connection = mysql+pymysql://nova:secret@db.example.org/nova
      # epoxy (2025.1) has no option [DEFAULT] use_eventlog and ignores this line.
      #use_eventlog = true
      # epoxy (2025.1) has no option [DEFAULT] rpc_conn_pool_size and ignores this line.
      #rpc_conn_pool_size = 40
      rate_limit_except_level = critical
      my_ip = 192.0.2.5
      state_path = /srv/nova
      backdoor_port = 4444

      [api]
      # epoxy (2025.1) has no option [api] use_forwarded_for and ignores this line.
      #use_forwarded_for = true

      [ironic]
      conductor_group = rack-1

      [oslo_messaging_rabbit]
      rabbit_retry_interval = 0
      heartbeat_in_pthread = false
      rabbit_quorum_max_memory_length = 100

      [oslo_policy]
      enforce_scope = false
      policy_dirs = /etc/nova/policy.d
      "
    `);
    expect(run.files.get('nova.conf')).toBe(ZED_NOVA);
  });

  it('--json: the releases, every finding of kind upgrade with both sides, and the rewrite', () => {
    const run = runWith({ 'nova.conf': '[ironic]\npartition_key = rack-1\n' }, ['upgrade', 'nova.conf', '--service', 'nova', '--from', '2022.2', '--to', 'epoxy', '--json', '-o', 'out.conf']);
    const report = JSON.parse(run.stdout);
    expect([report.service, report.from, report.to]).toMatchInlineSnapshot(`
      [
        "nova",
        {
          "name": "zed",
          "number": "2022.2",
          "suite": "bookworm",
          "version": "26.2.2",
        },
        {
          "name": "epoxy",
          "number": "2025.1",
          "suite": "trixie",
          "version": "31.0.0",
        },
      ]
    `);
    expect(report.findings.every((finding: { kind: string }) => finding.kind === 'upgrade')).toBe(true);
    const renamed = report.findings.find((finding: { upgrade: { change: string } }) => finding.upgrade.change === 'renamed');
    expect([renamed.line, renamed.message, renamed.upgrade, renamed.fix.label]).toMatchInlineSnapshot(`
      [
        2,
        "epoxy (2025.1) reads [ironic] partition_key as [ironic] conductor_group, under an old name",
        {
          "change": "renamed",
          "from": {
            "group": "ironic",
            "option": "partition_key",
            "release": "zed (2022.2)",
            "says": "string, matching ^[a-zA-Z0-9_.-]*$, default <None>",
          },
          "to": {
            "group": "ironic",
            "option": "conductor_group",
            "release": "epoxy (2025.1)",
            "says": "string, matching ^[a-zA-Z0-9_.-]*$, default <None>",
          },
        },
        "move line 2 to [ironic] as conductor_group, keeping the value",
      ]
    `);
    expect(report.rewrite).toMatchInlineSnapshot(`
      {
        "edits": [
          {
            "action": "renamed",
            "from": "[ironic] partition_key",
            "line": 2,
            "to": "[ironic] conductor_group",
          },
        ],
        "file": "out.conf",
        "leftAlone": [],
      }
    `);
    expect(run.files.get('out.conf')).toBe('[ironic]\nconductor_group = rack-1\n');
  });

  it('compares victoria with zed by name or number', () => {
    const byName = runWith({ 'nova.conf': '[DEFAULT]\n' }, ['upgrade', 'nova.conf', '--service', 'nova', '--from', 'victoria', '--to', 'zed']);
    const byNumber = runWith({ 'nova.conf': '[DEFAULT]\n' }, ['upgrade', 'nova.conf', '--service', 'nova', '--from', '2020.2', '--to', '2022.2']);
    expect(byName.stdout.split('\n')[0]).toBe('nova.conf: nova, from victoria (2020.2) to zed (2022.2)');
    expect(byNumber.stdout).toBe(byName.stdout);
  });

  it('refuses what it cannot compare, saying why (exit 2), and a file that does not parse (exit 1), writing nothing', () => {
    const runs = [
      ['upgrade', 'nova.conf', '--service', 'nova'],
      ['upgrade', '--service', 'nova', '--to', 'epoxy'],
      ['upgrade', 'nova.conf', '--service', 'nova', '--to', 'havana'],
      ['upgrade', 'nova.conf', '--service', 'nova', '--from', 'epoxy', '--to', '2025.1'],
      ['upgrade', 'nova.conf', '--service', 'nova', '--from', 'epoxy', '--to', 'zed'],
      ['upgrade', 'nova.conf', '--service', 'nova', '--release', 'zed', '--to', 'epoxy'],
      ['upgrade', 'nova.conf', 'other.conf', '--service', 'nova', '--to', 'epoxy', '-o', 'out.conf'],
      ['upgrade', 'broken.conf', '--service', 'nova', '--to', 'epoxy', '-o', 'out.conf'],
    ].map((argv) => runWith({ 'nova.conf': '', 'other.conf': '', 'broken.conf': '[DEFAULT]\n  indented = 1\n' }, argv));
    expect(runs.map(({ status, stderr }) => `${status} ${stderr}`)).toMatchInlineSnapshot(`
      [
        "2 oslo-config-editor: upgrade needs --service and --to; --from is the catalog's default release without it
      ",
        "2 oslo-config-editor: upgrade needs at least one FILE
      ",
        "2 oslo-config-editor: no release "havana" of nova in the catalog; it has victoria (2020.2), zed (2022.2), epoxy (2025.1)
      ",
        "2 oslo-config-editor: --to names a later release than --from: here epoxy (2025.1) to epoxy (2025.1)
      ",
        "2 oslo-config-editor: --to names a later release than --from: here epoxy (2025.1) to zed (2022.2)
      ",
        "2 oslo-config-editor: upgrade reads the catalog at two releases: give --service, --from and --to
      ",
        "2 oslo-config-editor: -o writes one file: give one FILE with it
      ",
        "1 the files do not parse, so oslo reads nothing from them; nothing was compared:
        broken.conf:2: Unexpected continuation line: '  indented = 1'
      ",
      ]
    `);
    expect(runs.some((run) => run.files.has('out.conf'))).toBe(false);
  });
});
