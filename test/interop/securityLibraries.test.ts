// The security rules' claims about what a setting does, checked against the REAL libraries that read it:
// keystoneauth's session and client of every nova client group, keystonemiddleware's auth_token, and oslo.messaging's
// rabbit driver (test/interop/security_libraries.py).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/core/checkFiles';
import { catalogRaw, catalogSchema } from '../support/catalogSchema';
import { OSLO_INSTALL_HINT, SYSTEM_PYTHON } from './oslo';

const SCRIPT = fileURLToPath(new URL('./security_libraries.py', import.meta.url));
const nova = catalogSchema('nova');

type Probe = { kind: 'session' | 'client'; group: string; files: string[] } | { kind: 'authtoken' | 'rabbit'; files: string[] };

function probe<T>(probes: Probe[]): T[] {
  const run = spawnSync(SYSTEM_PYTHON, [SCRIPT], {
    input: JSON.stringify({ schema: catalogRaw('nova'), probes }),
    encoding: 'utf8',
    env: { ...process.env, PYTHONUTF8: '1', PYTHONPATH: '' },
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`security_libraries.py failed:\n${run.stderr}\n${OSLO_INSTALL_HINT}`);
  return (JSON.parse(run.stdout) as { results: T[] }).results;
}

const rules = (text: string) => checkFiles(nova, [{ name: 'nova.conf', text }]).findings.map((finding) => `${finding.group} ${finding.rule ?? finding.kind}`);

const NOVA_CLIENTS = ['glance', 'neutron', 'cinder', 'placement', 'keystone', 'ironic', 'cyborg', 'barbican_service_user', 'service_user', 'oslo_limit', 'vendordata_dynamic_auth'];

describe("keystoneauth's session of every nova client group, as the TLS rules say", () => {
  const cases = {
    insecure: 'insecure = true\n',
    insecureWithCa: 'insecure = true\ncafile = /ca.pem\n',
    ca: 'cafile = /ca.pem\n',
    certOnly: 'certfile = /c.pem\n',
    pair: 'certfile = /c.pem\nkeyfile = /k.pem\n',
    keyOnly: 'keyfile = /k.pem\n',
    timeout: 'timeout = 30\n',
  };
  const texts = NOVA_CLIENTS.flatMap((group) => Object.values(cases).map((body) => ({ group, text: `[${group}]\n${body}` })));
  const sessions = probe<{ verify: boolean | string; cert: null | string | string[]; timeout: number | null }>(
    [...texts, ...NOVA_CLIENTS.map((group) => ({ group, text: `[${group}]\n` }))].map(({ group, text }) => ({ kind: 'session', group, files: [text] })),
  );

  it('insecure = true turns verification off, and cafile is then not used', () => {
    NOVA_CLIENTS.forEach((group, index) => {
      const [insecure, insecureWithCa, ca] = sessions.slice(index * 7, index * 7 + 3);
      expect([insecure!.verify, insecureWithCa!.verify, ca!.verify], group).toEqual([false, false, '/ca.pem']);
      expect(rules(`[${group}]\n${cases.insecure}`), group).toContain(`${group} tls-insecure`);
      expect(rules(`[${group}]\n${cases.insecureWithCa}`), group).toContain(`${group} tls-cafile-unused`);
      expect(rules(`[${group}]\n${cases.ca}`).filter((rule) => rule.startsWith(`${group} tls-`)), group).toEqual([]);
    });
  });

  it('certfile alone is handed over alone, keyfile alone is dropped', () => {
    NOVA_CLIENTS.forEach((group, index) => {
      const [certOnly, pair, keyOnly] = sessions.slice(index * 7 + 3, index * 7 + 6);
      expect([certOnly!.cert, pair!.cert, keyOnly!.cert], group).toEqual(['/c.pem', ['/c.pem', '/k.pem'], null]);
      expect(rules(`[${group}]\n${cases.certOnly}`), group).toContain(`${group} tls-certfile-without-keyfile`);
      expect(rules(`[${group}]\n${cases.keyOnly}`), group).toContain(`${group} tls-keyfile-without-certfile`);
      expect(rules(`[${group}]\n${cases.pair}`).filter((rule) => /certfile|keyfile/.test(rule)), group).toEqual([]);
    });
  });

  it('an unset timeout is no timeout at all', () => {
    NOVA_CLIENTS.forEach((group, index) => {
      expect([sessions[index * 7 + 6]!.timeout, sessions[texts.length + index]!.timeout], group).toEqual([30, null]);
      expect(rules(`[${group}]\n`), group).toContain(`${group} keystoneauth-timeout-unset`);
      expect(rules(`[${group}]\n${cases.timeout}`), group).not.toContain(`${group} keystoneauth-timeout-unset`);
    });
  });
});

describe("keystoneauth's client: auth_url and endpoint_override", () => {
  it('over http://, the password goes to auth_url and the token to endpoint_override in clear text', () => {
    const text = [
      '[neutron]',
      'auth_type = v3password',
      'auth_url = {server}/v3',
      'username = nova',
      'password = s3cret',
      'user_domain_name = Default',
      'project_name = service',
      'project_domain_name = Default',
      'endpoint_override = {server}',
      '',
    ].join('\n');
    const [client] = probe<{ endpoint: string; requests: { method: string; path: string; token: string | null; body: string }[] }>([
      { kind: 'client', group: 'neutron', files: [text] },
    ]);
    expect(client!.endpoint).toBe('{server}');
    const [login, request] = client!.requests;
    expect([login!.method, login!.path, JSON.parse(login!.body).auth.identity.password.user.password]).toEqual(['POST', '/v3/auth/tokens', 's3cret']);
    expect([request!.method, request!.path, request!.token]).toEqual(['GET', '/ports', 'token-from-fake-identity']);
    const plain = text.replaceAll('{server}', 'http://127.0.0.1:9696');
    expect(rules(plain)).toEqual(expect.arrayContaining(['neutron auth-url-http', 'neutron endpoint-override-http']));
    expect(rules(plain.replaceAll('http://', 'https://')).filter((rule) => rule.endsWith('-http'))).toEqual([]);
  });
});

describe("keystonemiddleware's auth_token", () => {
  interface AuthToken {
    verify: boolean | string;
    cert: null | string | string[];
    timeout: number | null;
    www_authenticate: string;
    cache: string;
  }
  const base = '[keystone_authtoken]\nwww_authenticate_uri = https://keystone.example.org:5000\n';
  const [insecure, ca, certOnly, plain, oldName, memcache, secured] = probe<AuthToken>(
    [
      `${base}insecure = true\ncafile = /ca.pem\n`,
      `${base}cafile = /ca.pem\nhttp_connect_timeout = 10\n`,
      `${base}certfile = /c.pem\n`,
      '[keystone_authtoken]\nwww_authenticate_uri = http://keystone.example.org:5000\n',
      '[keystone_authtoken]\nauth_uri = http://keystone.example.org:5000\n',
      `${base}memcached_servers = 127.0.0.1:11211\n`,
      `${base}memcached_servers = 127.0.0.1:11211\nmemcache_security_strategy = ENCRYPT\nmemcache_secret_key = k\n`,
    ].map((text) => ({ kind: 'authtoken', files: [text] })),
  );

  it('insecure = true turns verification off, cafile is then unused, certfile alone is handed over alone', () => {
    expect([insecure!.verify, ca!.verify, ca!.timeout, certOnly!.cert]).toEqual([false, '/ca.pem', 10, '/c.pem']);
    expect(rules(`${base}insecure = true\ncafile = /ca.pem\n`)).toEqual(expect.arrayContaining(['keystone_authtoken tls-insecure', 'keystone_authtoken tls-cafile-unused']));
    expect(rules(`${base}certfile = /c.pem\n`)).toContain('keystone_authtoken tls-certfile-without-keyfile');
  });

  it('www_authenticate_uri, or auth_uri without it, is what refused clients are told to authenticate at', () => {
    expect([plain!.www_authenticate, oldName!.www_authenticate]).toEqual(['Keystone uri="http://keystone.example.org:5000"', 'Keystone uri="http://keystone.example.org:5000"']);
    expect(rules('[keystone_authtoken]\nwww_authenticate_uri = http://keystone.example.org:5000\n')).toContain('keystone_authtoken keystonemiddleware-www-authenticate-uri-http');
    expect(rules('[keystone_authtoken]\nauth_uri = http://keystone.example.org:5000\n')).toContain('keystone_authtoken keystonemiddleware-www-authenticate-uri-http');
  });

  it('memcached without a security strategy caches token data as it is', () => {
    expect([memcache!.cache, secured!.cache]).toEqual(['TokenCache', 'SecureTokenCache']);
    expect(rules(`${base}memcached_servers = 127.0.0.1:11211\n`)).toContain('keystone_authtoken keystonemiddleware-memcache-unprotected');
    expect(rules(`${base}memcached_servers = 127.0.0.1:11211\nmemcache_security_strategy = ENCRYPT\nmemcache_secret_key = k\n`)).not.toContain(
      'keystone_authtoken keystonemiddleware-memcache-unprotected',
    );
  });
});

describe("oslo.messaging's rabbit driver", () => {
  interface Rabbit {
    transport: string;
    brokers: string[];
    tls: boolean;
    verify_certificate?: boolean;
    check_hostname?: boolean;
  }
  const url = '[DEFAULT]\ntransport_url = rabbit://nova:secret@127.0.0.1:5672,nova:secret@localhost/\n';
  // One broker where the name is checked: with several, kombu sets the name of the one it picks when it connects.
  const one = '[DEFAULT]\ntransport_url = rabbit://nova:secret@localhost:5671/\n';
  const ca = '[oslo_messaging_rabbit]\nssl = true\nssl_ca_file = /etc/ssl/certs/ca-certificates.crt\n';
  const texts = [
    url,
    `${url}[oslo_messaging_rabbit]\nssl = true\n`,
    url.replace('localhost/', 'localhost/?ssl=1'),
    `${url.replace('localhost/', 'localhost/?ssl=0')}[oslo_messaging_rabbit]\nssl = true\n`,
    `${one}${ca}`,
    `${one}${ca}ssl_enforce_hostname_verification = true\n`,
  ];
  const drivers = probe<Rabbit>(texts.map((text) => ({ kind: 'rabbit', files: [text] })));
  const fired = (text: string) => rules(text).filter((rule) => rule.includes('messaging-rabbit'));

  it('TLS is on with [oslo_messaging_rabbit] ssl or the URL\'s ssl parameter, which wins', () => {
    expect(drivers[0]!.brokers.sort()).toEqual(['amqp://nova:secret@127.0.0.1:5672/', 'amqp://nova:secret@localhost:5672/']);
    expect(drivers.slice(0, 4).map((driver) => driver.tls)).toEqual([false, true, true, false]);
    expect(texts.slice(0, 4).map((text) => fired(text).includes('DEFAULT messaging-rabbit-without-tls'))).toEqual([true, false, false, true]);
  });

  it("the broker's certificate is verified, its name only with ssl_ca_file and ssl_enforce_hostname_verification", () => {
    expect(drivers.slice(1).filter((driver) => driver.tls).map((driver) => [driver.verify_certificate, driver.check_hostname])).toEqual([
      [true, false],
      [true, false],
      [true, false],
      [true, true],
    ]);
    expect([1, 2, 4, 5].map((index) => fired(texts[index]!).includes('DEFAULT messaging-rabbit-hostname-unverified'))).toEqual([true, true, true, false]);
  });
});
