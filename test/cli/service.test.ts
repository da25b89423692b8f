// --service and --release: the schemas of the catalog the package ships, for every command.
import { describe, expect, it } from 'vitest';
import { runWith } from './cliHarness';

describe('--service NAME [--release R]', () => {
  it('checks a file with a service\'s options: an empty file is accepted, a wrong value refused', () => {
    expect(runWith({ 'cinder.conf': '' }, ['check', 'cinder.conf', '--service', 'cinder']).status).toBe(0);
    const wrong = runWith({ 'cinder.conf': '[database]\nmax_retries = often\n' }, ['check', 'cinder.conf', '--service', 'cinder', '--release', '2022.2']);
    expect([wrong.status, wrong.stdout.split('\n').find((line) => line.includes('max_retries'))]).toMatchInlineSnapshot(`
      [
        1,
        "cinder.conf:2: error (invalid): [database] max_retries: oslo.config refuses it: invalid literal for int() with base 10: 'often'",
      ]
    `);
  });

  it('reads a file with the options of the release named or numbered: victoria, zed or 2025.1', () => {
    const file = { 'nova.conf': '[oslo_messaging_rabbit]\nrabbit_retry_interval = 0\n' };
    const status = (release: string) => runWith(file, ['check', 'nova.conf', '--service', 'nova', '--release', release]).status;
    expect(['victoria', '2020.2', 'zed', 'epoxy', '2025.1', 'trixie'].map(status)).toEqual([0, 0, 0, 1, 1, 1]);
    const epoxy = runWith(file, ['check', 'nova.conf', '--service', 'nova', '--release', '2025.1']);
    expect(epoxy.stdout.split('\n').find((line) => line.includes('rabbit_retry_interval'))).toMatchInlineSnapshot(`"nova.conf:2: error (invalid): [oslo_messaging_rabbit] rabbit_retry_interval: oslo.config refuses it: Should be greater than or equal to 1"`);
  });

  it('sets an option of the service\'s own groups', () => {
    const run = runWith({ 'nova.conf': '[DEFAULT]\n' }, ['set', 'nova.conf', 'neutron.insecure=false', 'database.connection=mysql+pymysql://nova:secret@db/nova', '--service', 'nova']);
    expect([run.status, run.files.get('nova.conf')]).toMatchInlineSnapshot(`
      [
        0,
        "[DEFAULT]

      [database]
      connection = mysql+pymysql://nova:secret@db/nova

      [neutron]
      insecure = false
      ",
      ]
    `);
  });

  it('finds the option of a group whose name holds dots (glance\'s stores)', () => {
    const run = runWith({ 'glance-api.conf': '' }, ['set', 'glance-api.conf', 'glance.store.swift.store.swift_store_region=RegionOne', '--service', 'glance']);
    expect([run.status, run.stderr, run.files.get('glance-api.conf')]).toMatchInlineSnapshot(`
      [
        0,
        "",
        "[glance.store.swift.store]
      swift_store_region = RegionOne
      ",
      ]
    `);
  });

  it('says what the catalog has when the service or release is not in it', () => {
    const service = runWith({ 'a.conf': '' }, ['check', 'a.conf', '--service', 'swift']);
    const release = runWith({ 'a.conf': '' }, ['check', 'a.conf', '--service', 'nova', '--release', 'havana']);
    const both = runWith({ 'a.conf': '' }, ['check', 'a.conf', '--service', 'nova', '--schema', 'x.json']);
    expect([service, release, both].map(({ status, stderr }) => `${status} ${stderr}`)).toMatchInlineSnapshot(`
      [
        "2 oslo-config-editor: no service "swift" in the catalog; it has nova, glance, cinder, neutron, keystone, placement, manila, barbican, heat, octavia, ironic
      ",
        "2 oslo-config-editor: no release "havana" of nova in the catalog; it has victoria (2020.2), zed (2022.2), epoxy (2025.1)
      ",
        "2 oslo-config-editor: give --schema or --service, not both
      ",
      ]
    `);
  });
});
