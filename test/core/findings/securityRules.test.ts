import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSecurityIssues } from '../../../src/core/findings/findSecurityIssues';
import { guideChecks } from '../../../src/core/findings/security/guideChecks';
import { type SecurityRule, securityRules } from '../../../src/core/findings/securityRules';
import { resolve, seed } from './helpers';

const rule = (id: string) => {
  const found = securityRules.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};
const run = (id: string, text: string) => findSecurityIssues(resolve(seed, text), [rule(id)]);
const one = (id: string, text: string) => {
  const findings = run(id, text);
  expect(findings).toHaveLength(1);
  const [finding] = findings;
  return { line: finding!.line, kind: finding!.kind, severity: finding!.severity, title: finding!.title, explanation: finding!.explanation, fix: finding!.fix };
};

describe('security rules for [glance]', () => {
  it('every rule has a unique id and a plain-text, three-part explanation', () => {
    expect(new Set(securityRules.map((candidate) => candidate.id)).size).toBe(securityRules.length);
    for (const finding of findSecurityIssues(resolve(seed, '[glance]\ninsecure = true\napi_insecure = true\ncafile = /c\ncertfile = /c\napi_servers = http://a:9292\nallowed_direct_url_schemes = file\n'))) {
      expect(finding.explanation!.split('\n'), finding.rule).toHaveLength(3);
      expect(finding.explanation, finding.rule).toMatch(/What to do: /);
      expect(finding.explanation, finding.rule).not.toMatch(/<[a-z/]/i);
    }
  });

  it('insecure = true fires on its line', () => {
    expect(one('tls-insecure', '[glance]\ninsecure = true\n')).toMatchInlineSnapshot(`
      {
        "explanation": "nova encrypts its connection to the image service but accepts any certificate, so it cannot tell the real image service from an impostor. true turns verification off, whatever the option's upstream help text says.
      Anyone on the network path, or able to redirect the traffic, can pose as the image service: read the tokens nova sends with every request (and act as their owners until they expire), and hand nova altered images that it then boots.
      What to do: set insecure = false. If the image service's certificate is not signed by a CA the system trusts, also set cafile to the CA bundle that signed it.",
        "fix": {
          "edits": [
            {
              "group": "glance",
              "option": "insecure",
              "value": false,
            },
          ],
          "label": "set insecure = false (and cafile, if the CA is not in the system trust store)",
        },
        "kind": "insecure",
        "line": 2,
        "severity": "warning",
        "title": "[glance] insecure = true: nova does not check the image service's TLS certificate",
      }
    `);
  });
  it('insecure = true through api_insecure fires on the api_insecure line', () => {
    expect(run('tls-insecure', '[glance]\napi_insecure = yes\n').map((f) => f.line)).toEqual([2]);
  });
  it('insecure stays quiet when false, unset, or refused by oslo', () => {
    for (const text of ['[glance]\ninsecure = false\n', '[glance]\n', '[glance]\ninsecure = maybe\n', '[glance]\napi_insecure = true\ninsecure = false\n']) {
      expect(run('tls-insecure', text), text).toEqual([]);
    }
  });

  it('api_insecure = true fires, and explains what oslo does with the old name', () => {
    expect(one('glance-api-insecure', '[glance]\napi_insecure = true\n')).toMatchInlineSnapshot(`
      {
        "explanation": "oslo.config reads this line twice. As api_insecure itself, it asks for requests to the image service without verifying its certificate. It is also the old name of insecure: unless insecure is set in this file or a later one, oslo.config takes insecure from this line too, so insecure = true, certificate verification is off for nova's image service connection, and oslo.config logs: Deprecated: Option "api_insecure" from group "glance" is deprecated. Use option "insecure" from group "glance". Where insecure is set, insecure wins and this line only sets api_insecure.
      Without verification, anyone on the network path can pose as the image service, read the tokens nova sends and serve it altered images.
      What to do: delete this line and set insecure = false (and cafile, if the image service's CA is not one the system trusts).",
        "fix": {
          "edits": [
            {
              "group": "glance",
              "option": "api_insecure",
            },
            {
              "group": "glance",
              "option": "insecure",
              "value": false,
            },
          ],
          "label": "delete api_insecure and set insecure = false",
        },
        "kind": "insecure",
        "line": 2,
        "severity": "warning",
        "title": "[glance] api_insecure = true: TLS verification off, and insecure = true through the old name",
      }
    `);
    expect(run('glance-api-insecure', '[glance]\napi_insecure = true\ninsecure = false\n')).toHaveLength(1);
  });
  it('api_insecure stays quiet when false or unset', () => {
    expect(run('glance-api-insecure', '[glance]\napi_insecure = false\n')).toEqual([]);
    expect(run('glance-api-insecure', '[glance]\n')).toEqual([]);
  });

  it('api_servers with http:// fires and lists the plain endpoints', () => {
    expect(one('glance-api-servers-http', '[glance]\napi_servers = http://a:9292, https://b:9292, HTTP://c:9292\n')).toMatchInlineSnapshot(`
      {
        "explanation": "nova talks to these image service endpoints without encryption: the token it sends with every request, and the image data, cross the network in clear text.
      Anyone who can watch the traffic can copy the token and act as its owner until it expires; anyone who can change it can alter images on their way to the compute hosts.
      What to do: use https:// endpoints, which the image service (or the load balancer in front of it) must serve with a certificate nova trusts, and keep insecure = false.",
        "fix": {
          "edits": [
            {
              "group": "glance",
              "option": "api_servers",
              "value": [
                "https://a:9292",
                "https://b:9292",
                "https://c:9292",
              ],
            },
          ],
          "label": "use https:// for every endpoint (the image service must serve TLS there)",
        },
        "kind": "insecure",
        "line": 2,
        "severity": "warning",
        "title": "[glance] api_servers: http://a:9292, HTTP://c:9292 are plain HTTP",
      }
    `);
    expect(one('glance-api-servers-http', '[glance]\napi_servers = http://a:9292\n').title).toBe('[glance] api_servers: http://a:9292 is plain HTTP');
  });
  it('api_servers stays quiet with https:// only, or unset', () => {
    expect(run('glance-api-servers-http', '[glance]\napi_servers = https://a:9292,https://httpd:9292\n')).toEqual([]);
    expect(run('glance-api-servers-http', '[glance]\n')).toEqual([]);
  });

  it('verify_glance_signatures = false fires, set or by default', () => {
    expect(one('glance-verify-signatures-off', '[glance]\nverify_glance_signatures = false\n')).toMatchInlineSnapshot(`
      {
        "explanation": "nova boots images as it gets them, without checking that they are the images their owners signed.
      An image altered in the image store, on its way, or swapped for another, boots without any notice. With true, nova checks each image against the signature in its img_signature properties, with a certificate from the key manager, and refuses to boot an image whose signature is wrong, missing or incomplete.
      What to do: set verify_glance_signatures = true. It needs a key manager (the [key_manager] options, e.g. Barbican) holding the signing certificates, and every image signed, with its img_signature, img_signature_hash_method, img_signature_key_type and img_signature_certificate_uuid properties: unsigned images no longer boot.",
        "fix": {
          "edits": [
            {
              "group": "glance",
              "option": "verify_glance_signatures",
              "value": true,
            },
          ],
          "label": "set verify_glance_signatures = true (once images are signed and the key manager is set up)",
        },
        "kind": "insecure",
        "line": 2,
        "severity": "warning",
        "title": "[glance] verify_glance_signatures = false: nova boots images without checking their signature",
      }
    `);
    expect(one('glance-verify-signatures-off', '[glance]\n').line).toBeNull();
  });
  it('verify_glance_signatures stays quiet when true', () => {
    expect(run('glance-verify-signatures-off', '[glance]\nverify_glance_signatures = true\n')).toEqual([]);
  });

  it('certfile without keyfile fires', () => {
    expect(one('tls-certfile-without-keyfile', '[glance]\ncertfile = /c.pem\n')).toMatchInlineSnapshot(`
      {
        "explanation": "nova hands the client certificate to the TLS library alone, as a file that must then hold the private key as well.
      Unless certfile is such a combined PEM file, every HTTPS request to the image service fails with a TLS error (plain http:// endpoints do not use it at all).
      What to do: set keyfile to the certificate's private key, or make certfile a PEM file holding both.",
        "fix": undefined,
        "kind": "invalid",
        "line": 2,
        "severity": "warning",
        "title": "[glance] certfile is set without keyfile",
      }
    `);
    expect(one('tls-certfile-without-keyfile', '[ssl]\ncert_file = /c.pem\n[glance]\nkeyfile =\n').line).toBe(2);
  });
  it('keyfile without certfile fires', () => {
    expect(one('tls-keyfile-without-certfile', '[glance]\nkeyfile = /k.pem\n')).toMatchInlineSnapshot(`
      {
        "explanation": "A client key is used only together with a client certificate: without certfile, nova ignores keyfile and presents no client certificate.
      An image service that requires client certificates refuses nova's requests.
      What to do: set certfile to the client certificate that goes with this key, or delete keyfile.",
        "fix": undefined,
        "kind": "invalid",
        "line": 2,
        "severity": "warning",
        "title": "[glance] keyfile is set without certfile: the key is never used",
      }
    `);
  });
  it('certfile and keyfile stay quiet together, or both unset', () => {
    for (const id of ['tls-certfile-without-keyfile', 'tls-keyfile-without-certfile']) {
      expect(run(id, '[glance]\ncertfile = /c.pem\n[ssl]\nkey_file = /k.pem\n')).toEqual([]);
      expect(run(id, '[glance]\n')).toEqual([]);
    }
  });

  it('cafile with insecure = true fires', () => {
    expect(one('tls-cafile-unused', '[glance]\ncafile = /ca.pem\ninsecure = true\n')).toMatchInlineSnapshot(`
      {
        "explanation": "With insecure = true, nova does not verify the image service's certificate at all, so the CA bundle in cafile is never read.
      Whoever set cafile most likely meant the certificate to be checked, and it is not.
      What to do: set insecure = false; cafile then does its job.",
        "fix": {
          "edits": [
            {
              "group": "glance",
              "option": "insecure",
              "value": false,
            },
          ],
          "label": "set insecure = false",
        },
        "kind": "conflict",
        "line": 2,
        "severity": "warning",
        "title": "[glance] cafile is never used: insecure = true turns verification off",
      }
    `);
  });
  it('cafile stays quiet when verification is on, and no cafile is quiet too', () => {
    expect(run('tls-cafile-unused', '[glance]\ncafile = /ca.pem\ninsecure = false\n')).toEqual([]);
    expect(run('tls-cafile-unused', '[glance]\ninsecure = true\n')).toEqual([]);
  });

  it('allowed_direct_url_schemes holding file fires', () => {
    expect(one('glance-direct-url-file', '[glance]\nallowed_direct_url_schemes = rbd, file\n')).toMatchInlineSnapshot(`
      {
        "explanation": "With file allowed, nova-compute copies an image from the filesystem path in the image's direct URL instead of downloading it through the image service.
      The read happens outside the image service's API and its access checks, on a filesystem every compute host mounts; and it needs the image service to show image locations to its users, which reveals where and how images are stored.
      What to do: remove file (the default is an empty list); nova then downloads images through the image service.",
        "fix": {
          "edits": [
            {
              "group": "glance",
              "option": "allowed_direct_url_schemes",
              "value": [
                "rbd",
              ],
            },
          ],
          "label": "remove file from the list",
        },
        "kind": "insecure",
        "line": 2,
        "severity": "warning",
        "title": "[glance] allowed_direct_url_schemes holds file: nova-compute reads images straight from a shared filesystem",
      }
    `);
  });
  it('allowed_direct_url_schemes stays quiet without file', () => {
    expect(run('glance-direct-url-file', '[glance]\nallowed_direct_url_schemes = rbd, files\n')).toEqual([]);
    expect(run('glance-direct-url-file', '[glance]\n')).toEqual([]);
  });

  it('timeout unset fires as a note, without a line', () => {
    expect(one('keystoneauth-timeout-unset', '[glance]\n')).toMatchInlineSnapshot(`
      {
        "explanation": "Without a timeout, a request to an image service that stopped answering never ends.
      The nova service that made it (booting, snapshotting, listing images) hangs instead of failing and retrying. This is about reliability, not secrecy.
      What to do: set timeout to a number of seconds, e.g. 60. It bounds the wait for the connection and for each read, not a whole download, so large images still download.",
        "fix": {
          "edits": [
            {
              "group": "glance",
              "option": "timeout",
              "value": 60,
            },
          ],
          "label": "set timeout = 60",
        },
        "kind": "insecure",
        "line": null,
        "severity": "info",
        "title": "[glance] timeout is not set: nova can wait for the image service forever",
      }
    `);
    expect(one('keystoneauth-timeout-unset', '[glance]\ntimeout =\n').line).toBe(2);
  });
  it('timeout stays quiet when set', () => {
    expect(run('keystoneauth-timeout-unset', '[glance]\ntimeout = 30\n')).toEqual([]);
  });

  it('rules whose option the schema lacks do not run', () => {
    const otherSchema = { groups: [{ name: 'glance', help: '', options: [], dynamicOwner: null, driver: null }], movedOptions: [] };
    expect(findSecurityIssues(resolve(otherSchema, '[glance]\ninsecure = true\n'))).toEqual([]);
  });

  it('a rule is a few lines of data', () => {
    const custom: SecurityRule = {
      id: 'glance-no-retries',
      group: 'glance',
      option: 'num_retries',
      when: ({ values }) => values.num_retries === 0,
      kind: 'insecure' as const,
      severity: 'info' as const,
      title: '[glance] num_retries = 0',
      explanation: 'a\nb\nWhat to do: c',
    };
    expect(findSecurityIssues(resolve(seed, '[glance]\nnum_retries = 0\n'), [custom]).map((f) => [f.line, f.title])).toEqual([[2, '[glance] num_retries = 0']]);
  });
});

describe('docs/security.md and the README', () => {
  const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
  const ruleIds = [...securityRules.map((candidate) => candidate.id), 'file-ownership', 'file-mode'];

  it('lists every rule and every item of the Security Guide covered', () => {
    const doc = read('docs/security.md');
    const named = (id: string) => doc.includes(`\`${id}\``) || doc.includes(`| ${id} |`);
    expect(ruleIds.filter((id) => !named(id))).toEqual([]);
    expect(guideChecks.map((check) => check.id).filter((id) => !named(id))).toEqual([]);
  });

  it('names every rule, every checklist and the items not judged on the file in the README', () => {
    const readme = read('README.md');
    expect(ruleIds.filter((id) => !readme.includes(`\`${id}\``))).toEqual([]);
    const last = new Map<string, string>();
    for (const { id } of guideChecks) last.set(id.replace(/-\d+$/, ''), id.slice(-2));
    expect([...last].map(([prefix, number]) => `${prefix}-01..${number}`).filter((range) => !readme.includes(range))).toEqual([]);
    const unjudged = guideChecks.filter((check) => check.judged.by === 'none').map((check) => check.id);
    expect(unjudged.filter((id) => !readme.includes(id))).toEqual([]);
  });
});
