// check --checklist: the Security Guide's checklist per file, as text, JSON and SARIF (validated against the SARIF
// 2.1.0 schema), and the checks of installed files (--deployed).
import { chmodSync, chownSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { makeDirectory, runIn, runWith } from './cliHarness';

const require = createRequire(import.meta.url);
const sarifSchema: unknown = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const validateSarif = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(sarifSchema as object);
const sample = (name: string) => readFileSync(new URL(`../fixtures/catalog/zed/${name}.conf`, import.meta.url), 'utf8');
const SERVICES = ['nova', 'glance', 'cinder', 'neutron', 'keystone', 'placement', 'manila', 'barbican', 'heat', 'octavia', 'ironic'];

const insecureNova = [
  '[DEFAULT]',
  'transport_url = rabbit://nova:secret@mq.example.org:5672/',
  '',
  '[glance]',
  'api_servers = http://glance.example.org:9292',
  '',
  '[keystone_authtoken]',
  'www_authenticate_uri = https://keystone.example.org:5000',
  'insecure = true',
  '',
].join('\n');

describe('check --checklist', () => {
  it('text: every item of the service\'s checklist, failing items with their findings', () => {
    const run = runWith({ 'nova.conf': insecureNova }, ['check', 'nova.conf', '--service', 'nova', '--checklist']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatchInlineSnapshot(`
      "nova.conf: OpenStack Security Guide, Compute service checklist (https://docs.openstack.org/security-guide/compute/checklist.html)
        n/a   Check-Compute-01  Is user/group ownership of config files set to root/nova?
              why: The files' owner, group and mode are those of the files where the service reads them:
              the CLI checks them with check --deployed.
        n/a   Check-Compute-02  Are strict permissions set for configuration files?
              why: The files' owner, group and mode are those of the files where the service reads them:
              the CLI checks them with check --deployed.
        pass  Check-Compute-03  Is keystone used for authentication?
              releases: The guide applies this item to OpenStack releases Rocky and before, as
              auth_strategy was deprecated in Stein; it is judged wherever the schema still has the
              option.
        FAIL  Check-Compute-04  Is secure protocol used for authentication?
              nova.conf:9: [keystone_authtoken] insecure = true: nova does not check the identity
              service's TLS certificate
              fix: set insecure = false (and cafile, if the CA is not in the system trust store)
        FAIL  Check-Compute-05  Does Nova communicate with Glance securely?
              nova.conf:5: [glance] api_servers: http://glance.example.org:9292 is plain HTTP
              fix: use https:// for every endpoint (the image service must serve TLS there)
              note: The guide names [glance] api_insecure, which nova replaced with keystoneauth's
              [glance] insecure (the seed still has api_insecure, as an option of its own and as an old
              name of insecure): both are judged. Where api_servers is not set, nova takes the image
              service's endpoint from the service catalog, which the file does not show: make sure it is
              https:// there.
      nova.conf: 1 pass, 2 fail, 2 not applicable
      "
    `);
  });

  it('JSON: the items with their status, findings and reasons', () => {
    const run = runWith({ 'nova.conf': insecureNova }, ['check', 'nova.conf', '--service', 'nova', '--checklist', '--format', 'json']);
    const { files } = JSON.parse(run.stdout) as { files: { file: string; service: string; items: { id: string; status: string; findings: { rule: string; line: number }[] }[] }[] };
    expect(files.map(({ file, service, items }) => ({ file, service, items: items.map((item) => `${item.id} ${item.status} ${item.findings.map((finding) => `${finding.line}:${finding.rule}`).join(' ')}`.trim()) }))).toMatchInlineSnapshot(`
      [
        {
          "file": "nova.conf",
          "items": [
            "Check-Compute-01 not-applicable",
            "Check-Compute-02 not-applicable",
            "Check-Compute-03 pass",
            "Check-Compute-04 fail 9:tls-insecure",
            "Check-Compute-05 fail 5:glance-api-servers-http",
          ],
          "service": "nova",
        },
      ]
    `);
  });

  it('runs on the generator sample of every catalog service, in text, JSON and SARIF; the SARIF validates against SARIF 2.1.0', () => {
    for (const service of SERVICES) {
      const files = { [`${service}.conf`]: sample(service) };
      const argv = ['check', `${service}.conf`, '--service', service, '--checklist'];
      const text = runWith(files, argv);
      expect(text.stderr, service).toBe('');
      expect(text.stdout, service).toMatch(new RegExp(`^${service}\\.conf: `));
      const json = JSON.parse(runWith(files, [...argv, '--json']).stdout) as { files: { items: unknown[] }[] };
      expect(json.files, service).toHaveLength(1);
      const sarif = JSON.parse(runWith(files, [...argv, '--format', 'sarif']).stdout) as { runs: { results: unknown[] }[] };
      expect(validateSarif(sarif), `${service}: ${JSON.stringify(validateSarif.errors)}`).toBe(true);
      expect(sarif.runs[0]!.results.length, service).toBeGreaterThanOrEqual(json.files[0]!.items.length);
    }
  });

  it('SARIF: a result per item, of kind pass, fail or notApplicable, failures at their line', () => {
    const run = runWith({ 'nova.conf': insecureNova }, ['check', 'nova.conf', '--service', 'nova', '--checklist', '--format', 'sarif']);
    const log = JSON.parse(run.stdout) as { runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } }; results: { ruleId: string; kind: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[] }[] }[] };
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const [sarifRun] = log.runs;
    expect(sarifRun!.tool.driver.rules.map((rule) => `${rule.id} ${rule.helpUri}`)).toMatchInlineSnapshot(`
      [
        "Check-Compute-01 https://docs.openstack.org/security-guide/compute/checklist.html#check-compute-01",
        "Check-Compute-02 https://docs.openstack.org/security-guide/compute/checklist.html#check-compute-02",
        "Check-Compute-03 https://docs.openstack.org/security-guide/compute/checklist.html#check-compute-03",
        "Check-Compute-04 https://docs.openstack.org/security-guide/compute/checklist.html#check-compute-04",
        "Check-Compute-05 https://docs.openstack.org/security-guide/compute/checklist.html#check-compute-05",
      ]
    `);
    expect(sarifRun!.results.map((result) => `${result.ruleId} ${result.kind} ${result.level} ${result.locations[0]!.physicalLocation.artifactLocation.uri}:${result.locations[0]!.physicalLocation.region?.startLine ?? '-'}`)).toMatchInlineSnapshot(`
      [
        "Check-Compute-01 notApplicable none nova.conf:-",
        "Check-Compute-02 notApplicable none nova.conf:-",
        "Check-Compute-03 pass none nova.conf:-",
        "Check-Compute-04 fail warning nova.conf:9",
        "Check-Compute-05 fail warning nova.conf:5",
      ]
    `);
  });

  it('SARIF without --checklist: a result per finding, by the rule that made it; an invalid log would fail', () => {
    const run = runWith({ 'nova.conf': insecureNova }, ['check', 'nova.conf', '--service', 'nova', '--format', 'sarif']);
    const log = JSON.parse(run.stdout) as { runs: { results: { ruleId: string }[] }[] };
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0]!.results.map((result) => result.ruleId)).toContain('messaging-rabbit-without-tls');
    expect(validateSarif({ ...log, version: '2.0.0' })).toBe(false);
  });

  it('each file is judged on its own', () => {
    const run = runWith({ 'a.conf': insecureNova, 'b.conf': '[keystone_authtoken]\nwww_authenticate_uri = https://k:5000\n' }, ['check', 'a.conf', 'b.conf', '--service', 'nova', '--checklist', '--json']);
    const { files } = JSON.parse(run.stdout) as { files: { file: string; items: { id: string; status: string }[] }[] };
    expect(files.map(({ file, items }) => `${file} ${items.filter((item) => item.status === 'fail').map((item) => item.id).join(' ')}`)).toEqual([
      'a.conf Check-Compute-04 Check-Compute-05',
      'b.conf ',
    ]);
    expect(run.status).toBe(1);
  });

  it('usage errors: a checklist needs a whole schema; --group goes with --deployed; known formats', () => {
    const errors = [
      ['check', 'a.conf', '--checklist'],
      ['check', 'a.conf', '--service', 'nova', '--group', 'nova'],
      ['check', 'a.conf', '--format', 'xml'],
    ].map((argv) => {
      const run = runWith({ 'a.conf': '' }, argv);
      return `${run.status} ${run.stderr.trim()}`;
    });
    expect(errors).toMatchInlineSnapshot(`
      [
        "2 oslo-config-editor: --checklist needs the schema of the whole file: --service NAME or --schema FILE",
        "2 oslo-config-editor: --group goes with --deployed",
        "2 oslo-config-editor: --format takes text, json, sarif, not "xml"",
      ]
    `);
  });
});

describe('check --deployed: the files where the service reads them', () => {
  const inDirectory = (directoryMode: number, fileMode: number, uid: number, gid: number, argv: string[]) => {
    const directory = makeDirectory();
    try {
      const path = join(directory, 'etc');
      mkdirSync(path);
      writeFileSync(join(path, 'nova.conf'), '[keystone_authtoken]\nwww_authenticate_uri = https://k:5000\n');
      chmodSync(join(path, 'nova.conf'), fileMode);
      chmodSync(path, directoryMode);
      chownSync(join(path, 'nova.conf'), uid, gid);
      chownSync(path, uid, gid);
      return runIn(directory, ['check', 'etc/nova.conf', '--service', 'nova', '--checklist', '--deployed', '--format', 'json', ...argv]);
    } finally {
      rmSync(directory, { force: true, recursive: true });
    }
  };
  const statuses = (run: { stdout: string }) => {
    const { files } = JSON.parse(run.stdout) as { files: { items: { id: string; status: string; findings: { title: string }[] }[] }[] };
    return files[0]!.items.filter((item) => /-0[12]$/.test(item.id)).map((item) => `${item.id} ${item.status} ${item.findings.map((finding) => finding.title).join('; ')}`.trim());
  };

  it('root and the service\'s group (--group names it), mode 640 or a 750 directory: pass', () => {
    // The tests run as root; the group root stands for the service's group.
    expect(statuses(inDirectory(0o755, 0o640, 0, 0, ['--group', 'root']))).toEqual(['Check-Compute-01 pass', 'Check-Compute-02 pass']);
    expect(statuses(inDirectory(0o750, 0o644, 0, 0, ['--group', 'root']))).toEqual(['Check-Compute-01 pass', 'Check-Compute-02 pass']);
  });

  it('another owner or group, a mode that lets others read: fail, with what is wrong', () => {
    expect(statuses(inDirectory(0o755, 0o644, 65534, 0, []))).toMatchInlineSnapshot(`
      [
        "Check-Compute-01 fail the file is owned by nobody:root, its directory etc by nobody:root, not root:nova",
        "Check-Compute-02 fail the file has mode 644 and its directory etc 755: neither 640 or stricter, nor a directory of 750 or stricter",
      ]
    `);
  });

  it('without --deployed the file items are not applicable, with why', () => {
    const run = runWith({ 'nova.conf': '' }, ['check', 'nova.conf', '--service', 'nova', '--checklist', '--json']);
    expect(statuses(run)).toEqual(['Check-Compute-01 not-applicable', 'Check-Compute-02 not-applicable']);
  });

  it('plain check --deployed reports them as findings of the same form', () => {
    // The test's file is root's, in a directory of mode 700: the group is wrong, the mode is not.
    const run = runWith({ 'nova.conf': '' }, ['check', 'nova.conf', '--service', 'nova', '--deployed', '--json']);
    const { findings } = JSON.parse(run.stdout) as { findings: { rule?: string; guide?: string[]; severity: string }[] };
    expect(findings.filter((finding) => finding.rule?.startsWith('file-')).map((finding) => `${finding.rule} ${finding.severity} ${finding.guide}`)).toMatchInlineSnapshot(`
      [
        "file-ownership warning Check-Compute-01",
      ]
    `);
  });
});
