// Rules by what an option is: every TLS client group of a real schema, keystonemiddleware, messaging, endpoints, and
// a rule that reads another group.
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../../src/core/checkFiles';
import { applyFix } from '../../../src/core/findings/applyFix';
import type { Finding } from '../../../src/core/findings/types';
import { catalogSchema } from '../../support/catalogSchema';

const nova = catalogSchema('nova');
const check = (text: string, service = 'nova') => checkFiles(catalogSchema(service), [{ name: `${service}.conf`, text }]).findings;
const byRule = (findings: Finding[], rule: string) => findings.filter((finding) => finding.rule === rule);
const NOVA_CLIENTS = ['glance', 'neutron', 'cinder', 'placement', 'keystone', 'ironic', 'cyborg', 'barbican_service_user', 'service_user', 'oslo_limit', 'vendordata_dynamic_auth'];

describe('rules by what an option is', () => {
  it("every keystoneauth client group of nova 26 gets the session rules [glance] has", () => {
    const text = NOVA_CLIENTS.map((group) => `[${group}]\ninsecure = true\ncafile = /ca.pem\ncertfile = /c.pem\n`).join('');
    const findings = check(text);
    for (const rule of ['tls-insecure', 'tls-cafile-unused', 'tls-certfile-without-keyfile', 'keystoneauth-timeout-unset']) {
      expect(byRule(findings, rule).map((finding) => finding.group).sort(), rule).toEqual([...NOVA_CLIENTS].sort());
    }
    expect(byRule(check(NOVA_CLIENTS.map((group) => `[${group}]\nkeyfile = /k.pem\ntimeout = 30\n`).join('')), 'tls-keyfile-without-certfile')).toHaveLength(11);
  });

  it('[neutron] insecure = true: the explanation names the peer, the fix sets it back', () => {
    const [finding] = byRule(check('[neutron]\ninsecure = true\n'), 'tls-insecure');
    expect({ line: finding!.line, title: finding!.title, explanation: finding!.explanation, fix: finding!.fix }).toMatchInlineSnapshot(`
      {
        "explanation": "nova encrypts its connection to the networking service but accepts any certificate, so it cannot tell the real networking service from an impostor. true turns verification off, whatever the option's upstream help text says.
      Anyone on the network path, or able to redirect the traffic, can pose as the networking service: read the tokens nova sends with every request (and act as their owners until they expire), and hand nova forged ports, addresses and security groups.
      What to do: set insecure = false. If the networking service's certificate is not signed by a CA the system trusts, also set cafile to the CA bundle that signed it.",
        "fix": {
          "edits": [
            {
              "group": "neutron",
              "option": "insecure",
              "value": false,
            },
          ],
          "label": "set insecure = false (and cafile, if the CA is not in the system trust store)",
        },
        "line": 2,
        "title": "[neutron] insecure = true: nova does not check the networking service's TLS certificate",
      }
    `);
    const fixed = applyFix(nova, '[neutron]\ninsecure = true\n', finding!.fix!);
    expect(fixed).toEqual({ text: '[neutron]\ninsecure = false\n' });
  });

  it("a timeout note only for a client the file configures", () => {
    expect(byRule(check(''), 'keystoneauth-timeout-unset')).toEqual([]);
    expect(byRule(check('[placement]\nregion_name = RegionOne\n'), 'keystoneauth-timeout-unset').map((finding) => finding.title)).toMatchInlineSnapshot(`
      [
        "[placement] timeout is not set: nova can wait for the placement service forever",
      ]
    `);
  });

  it('plain http:// auth and endpoint-override URLs, in any group that has them', () => {
    const findings = check('[neutron]\nauth_url = http://keystone:5000/v3\nendpoint_override = http://neutron:9696\n[placement]\nauth_url = https://keystone:5000/v3\n[key_manager]\nauth_url = HTTP://keystone:5000\n');
    expect(findings.filter((finding) => /-http$/.test(finding.rule ?? '')).map((finding) => `${finding.line} ${finding.rule} ${finding.title}`)).toMatchInlineSnapshot(`
      [
        "2 auth-url-http [neutron] auth_url: http://keystone:5000/v3 is plain HTTP",
        "3 endpoint-override-http [neutron] endpoint_override: http://neutron:9696 is plain HTTP",
        "7 auth-url-http [key_manager] auth_url: HTTP://keystone:5000 is plain HTTP",
      ]
    `);
    const [auth] = byRule(findings, 'auth-url-http');
    expect(auth!.explanation).toMatchInlineSnapshot(`
      "nova authenticates to this identity endpoint with the [neutron] credentials (a password, an application credential) without encryption, and gets its tokens back the same way.
      Anyone who can watch the traffic can copy the credentials and act as that user for as long as they are valid, not only until a token expires.
      What to do: use the https:// identity endpoint, with a certificate the service trusts (cafile, if the CA is not in the system trust store)."
    `);
    expect(applyFix(nova, '[neutron]\nauth_url = http://keystone:5000/v3\n', auth!.fix!)).toEqual({ text: '[neutron]\nauth_url = https://keystone:5000/v3\n' });
  });

  it("[keystone_authtoken]: its endpoint, insecure and half client TLS, in every catalog service's file", () => {
    for (const service of ['nova', 'cinder', 'glance', 'neutron', 'keystone', 'placement', 'manila', 'barbican', 'heat', 'octavia', 'ironic']) {
      if (!catalogSchema(service).groups.some((group) => group.name === 'keystone_authtoken')) continue;
      const findings = check('[keystone_authtoken]\nwww_authenticate_uri = http://k:5000\ninsecure = true\ncertfile = /c.pem\n', service);
      expect(findings.filter((finding) => finding.group === 'keystone_authtoken').map((finding) => finding.rule).sort(), service).toEqual([
        'keystonemiddleware-www-authenticate-uri-http',
        'tls-certfile-without-keyfile',
        'tls-insecure',
      ]);
    }
    const [uri] = byRule(check('[keystone_authtoken]\nwww_authenticate_uri = http://keystone.example.org:5000\n'), 'keystonemiddleware-www-authenticate-uri-http');
    expect({ title: uri!.title, explanation: uri!.explanation, fix: uri!.fix, guide: uri!.guide }).toMatchInlineSnapshot(`
      {
        "explanation": "nova's API sends this address to every client whose request it refuses (in the WWW-Authenticate header) as the identity endpoint to get a token from.
      Clients that follow it send user names and passwords there without encryption: anyone who can watch the traffic can copy them.
      What to do: set www_authenticate_uri to the identity service's public https:// endpoint.",
        "fix": {
          "edits": [
            {
              "group": "keystone_authtoken",
              "option": "www_authenticate_uri",
              "value": "https://keystone.example.org:5000",
            },
          ],
          "label": "use https:// (the identity service must serve TLS there)",
        },
        "guide": [
          "Check-Compute-04",
        ],
        "title": "[keystone_authtoken] www_authenticate_uri: http://keystone.example.org:5000 is plain HTTP",
      }
    `);
  });

  it('[keystone_authtoken] memcached without a security strategy', () => {
    const findings = check('[keystone_authtoken]\nmemcached_servers = cache:11211\n');
    expect(byRule(findings, 'keystonemiddleware-memcache-unprotected').map((finding) => finding.title)).toMatchInlineSnapshot(`
      [
        "[keystone_authtoken] memcached_servers without memcache_security_strategy: validated tokens cached in clear",
      ]
    `);
    expect(byRule(check('[keystone_authtoken]\nmemcached_servers = cache:11211\nmemcache_security_strategy = ENCRYPT\nmemcache_secret_key = k\n'), 'keystonemiddleware-memcache-unprotected')).toEqual([]);
  });

  it('RabbitMQ without TLS: [oslo_messaging_rabbit] ssl, or the URL\'s ssl parameter, which wins', () => {
    const url = '[DEFAULT]\ntransport_url = rabbit://nova:secret@mq1:5672,nova:secret@mq2/\n';
    const [plain] = byRule(check(url), 'messaging-rabbit-without-tls');
    expect({ line: plain!.line, title: plain!.title, explanation: plain!.explanation, fix: plain!.fix }).toMatchInlineSnapshot(`
      {
        "explanation": "oslo.messaging connects to these brokers without encryption: nova's broker user name and password, and every RPC message and notification between its processes (with the request context they carry, a user's token among it in many services), cross the network in clear text. TLS is on only with [oslo_messaging_rabbit] ssl = true, or ssl=true in the URL's query, which wins over it.
      Anyone who can watch the traffic can read them and log in to the broker as this service; anyone who can change it can send the service forged RPC calls.
      What to do: set [oslo_messaging_rabbit] ssl = true, with ssl_ca_file set to the CA that signed the brokers' certificates, and point transport_url at the brokers' TLS port (5671 by default).",
        "fix": {
          "edits": [
            {
              "group": "oslo_messaging_rabbit",
              "option": "ssl",
              "value": true,
            },
          ],
          "label": "set [oslo_messaging_rabbit] ssl = true (the brokers must serve TLS there)",
        },
        "line": 2,
        "title": "[DEFAULT] transport_url: the RabbitMQ brokers mq1:5672, mq2:5672 are reached without TLS",
      }
    `);
    expect(byRule(check(`${url}[oslo_messaging_rabbit]\nssl = true\n`), 'messaging-rabbit-without-tls')).toEqual([]);
    expect(byRule(check('[DEFAULT]\ntransport_url = rabbit://mq/?ssl=false\n[oslo_messaging_rabbit]\nssl = true\n'), 'messaging-rabbit-without-tls')).toHaveLength(1);
    expect(byRule(check('[DEFAULT]\ntransport_url = rabbit://mq/?ssl=1\n'), 'messaging-rabbit-without-tls')).toEqual([]);
    // No broker named: oslo.messaging's default, the local one.
    expect(byRule(check('[DEFAULT]\ntransport_url = rabbit://\n'), 'messaging-rabbit-without-tls')).toEqual([]);
    const fixed = applyFix(nova, '[DEFAULT]\ntransport_url = rabbit://mq/?ssl=false\n', byRule(check('[DEFAULT]\ntransport_url = rabbit://mq/?ssl=false\n'), 'messaging-rabbit-without-tls')[0]!.fix!);
    expect(fixed).toEqual({ text: '[DEFAULT]\ntransport_url = rabbit://mq/?ssl=true\n\n[oslo_messaging_rabbit]\nssl = true\n' });
  });

  it("RabbitMQ over TLS without checking the broker's name", () => {
    const text = '[DEFAULT]\ntransport_url = rabbit://mq:5671/\n[oslo_messaging_rabbit]\nssl = true\n';
    expect(byRule(check(text), 'messaging-rabbit-hostname-unverified').map((finding) => finding.title)).toMatchInlineSnapshot(`
      [
        "[DEFAULT] transport_url: TLS to mq:5671 without checking the broker's name",
      ]
    `);
    expect(byRule(check(`${text}ssl_ca_file = /ca.pem\nssl_enforce_hostname_verification = true\n`), 'messaging-rabbit-hostname-unverified')).toEqual([]);
  });

  it('[glance] verify_glance_signatures = true without a key manager that holds certificates: reads [key_manager]', () => {
    const on = '[glance]\nverify_glance_signatures = true\n';
    expect(byRule(check(on), 'glance-signatures-without-key-manager')).toEqual([]);
    expect(byRule(check(`${on}[key_manager]\nbackend = barbican\n`), 'glance-signatures-without-key-manager')).toEqual([]);
    const [empty] = byRule(check(`${on}[key_manager]\nbackend =\n`), 'glance-signatures-without-key-manager');
    expect({ line: empty!.line, title: empty!.title, explanation: empty!.explanation, fix: empty!.fix }).toMatchInlineSnapshot(`
      {
        "explanation": "nova verifies an image's signature with the certificate named by the image's img_signature_certificate_uuid, which it fetches from the key manager that [key_manager] backend loads (through castellan). An empty backend loads none, and nova's fixed-key manager (nova.keymgr.conf_key_mgr.ConfKeyManager) only ever returns the one key of fixed_key.
      No certificate can be fetched, so every signed image fails verification and nova refuses to boot it: signature verification is on, and no instance boots from a signed image.
      What to do: set [key_manager] backend to a key manager that holds the signing certificates (barbican, the default, or vault), with its options set, or set verify_glance_signatures = false until there is one.",
        "fix": {
          "edits": [
            {
              "group": "key_manager",
              "option": "backend",
              "value": "barbican",
            },
          ],
          "label": "set [key_manager] backend = barbican",
        },
        "line": 2,
        "title": "[glance] verify_glance_signatures = true, but [key_manager] backend is empty: there is no key manager to get certificates from",
      }
    `);
    expect(byRule(check(`${on}[key_manager]\nbackend = nova.keymgr.conf_key_mgr.ConfKeyManager\n`), 'glance-signatures-without-key-manager').map((finding) => finding.title)).toMatchInlineSnapshot(`
      [
        "[glance] verify_glance_signatures = true, but [key_manager] backend is nova's fixed key, which holds no certificates",
      ]
    `);
    expect(byRule(check('[glance]\nverify_glance_signatures = false\n[key_manager]\nbackend =\n'), 'glance-signatures-without-key-manager')).toEqual([]);
  });

  it("a group is judged by what it holds: octavia's own [glance] insecure is not a keystoneauth session", () => {
    expect(check('[glance]\ninsecure = true\n', 'octavia').filter((finding) => finding.kind === 'insecure')).toEqual(
      check('', 'octavia').filter((finding) => finding.kind === 'insecure'),
    );
  });
});
