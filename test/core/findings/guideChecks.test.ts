// Every Security Guide check about a value, for every catalog service it applies to: a file that meets the guide's
// Fail condition raises it (a finding citing the check id, and the checklist item fails), one that meets its Pass
// condition does not.
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../../src/core/checkFiles';
import { buildChecklist } from '../../../src/core/findings/buildChecklist';
import { guideChecks } from '../../../src/core/findings/security/guideChecks';
import { catalogSchema } from '../../support/catalogSchema';

const KEYSTONE_AUTHTOKEN = {
  fail: [
    '[keystone_authtoken]\nwww_authenticate_uri = http://keystone.example.org:5000\n',
    '[keystone_authtoken]\nwww_authenticate_uri = https://keystone.example.org:5000\ninsecure = true\n',
    '[keystone_authtoken]\nauth_uri = http://keystone.example.org:5000\n',
    '',
  ],
  pass: ['[keystone_authtoken]\nwww_authenticate_uri = https://keystone.example.org:5000\ninsecure = false\n'],
};
const BODY_SIZE = {
  fail: ['[oslo_middleware]\nmax_request_body_size = 1048576\n', '[DEFAULT]\nosapi_max_request_body_size = 1048576\n'],
  pass: ['', '[oslo_middleware]\nmax_request_body_size = 114688\n'],
};

/** By check id: files meeting the guide's Fail condition, and files meeting its Pass condition. */
const CASES: Record<string, { fail: string[]; pass: string[] }> = {
  'Check-Compute-03': { fail: ['[api]\nauth_strategy = noauth2\n'], pass: ['', '[api]\nauth_strategy = keystone\n'] },
  'Check-Compute-04': KEYSTONE_AUTHTOKEN,
  'Check-Compute-05': {
    fail: ['[glance]\ninsecure = true\n', '[glance]\napi_servers = http://glance.example.org:9292\n', '[glance]\napi_servers = https://a:9292,http://b:9292\n'],
    pass: ['[glance]\napi_servers = https://glance.example.org:9292\ninsecure = false\n'],
  },
  'Check-Block-03': { fail: ['[DEFAULT]\nauth_strategy = noauth\n', '[DEFAULT]\nauth_strategy = noauth_include_project_id\n'], pass: ['', '[DEFAULT]\nauth_strategy = keystone\n'] },
  'Check-Block-04': KEYSTONE_AUTHTOKEN,
  'Check-Block-06': {
    fail: ['[DEFAULT]\nglance_api_insecure = true\n', '[DEFAULT]\nglance_api_servers = http://glance:9292\n', '[DEFAULT]\nglance_api_servers = glance:9292\n'],
    pass: ['[DEFAULT]\nglance_api_insecure = false\nglance_api_servers = https://glance:9292\n'],
  },
  'Check-Block-07': {
    fail: ['[backend_defaults]\nnas_secure_file_permissions = false\nnas_secure_file_operations = false\n'],
    pass: ['', '[backend_defaults]\nnas_secure_file_permissions = auto\nnas_secure_file_operations = auto\n'],
  },
  'Check-Block-08': BODY_SIZE,
  'Check-Block-09': { fail: ['[key_manager]\nbackend =\n'], pass: ['', '[key_manager]\nbackend = barbican\n'] },
  'Check-Image-04': KEYSTONE_AUTHTOKEN,
  'Check-Identity-05': { fail: ['[oslo_middleware]\nmax_request_body_size =\n'], pass: ['', '[oslo_middleware]\nmax_request_body_size = 114688\n'] },
  'Check-Identity-06': { fail: ['[DEFAULT]\nadmin_token = s3cret\n'], pass: [''] },
  'Check-Identity-07': { fail: ['[DEFAULT]\ninsecure_debug = true\n'], pass: ['', '[DEFAULT]\ninsecure_debug = false\n'] },
  'Check-Identity-08': { fail: ['[token]\nprovider = uuid\n'], pass: ['', '[token]\nprovider = fernet\n'] },
  'Check-Neutron-03': { fail: ['[DEFAULT]\nauth_strategy = noauth\n'], pass: ['[DEFAULT]\nauth_strategy = keystone\n'] },
  'Check-Neutron-04': KEYSTONE_AUTHTOKEN,
  'Check-Neutron-05': { fail: ['', '[DEFAULT]\nuse_ssl = false\n'], pass: ['[DEFAULT]\nuse_ssl = true\n'] },
  'Check-Shared-03': { fail: ['[DEFAULT]\nauth_strategy = noauth\n'], pass: ['', '[DEFAULT]\nauth_strategy = keystone\n'] },
  'Check-Shared-04': KEYSTONE_AUTHTOKEN,
  'Check-Shared-08': BODY_SIZE,
  'Check-Key-Manager-04': KEYSTONE_AUTHTOKEN,
};

/** Not applicable to the catalog's release, with the reason the checklist gives. */
const NOT_APPLICABLE: Record<string, RegExp> = {
  'Check-Block-05': /The cinder schema has no \[DEFAULT\] nova_api_insecure/,
  'Check-Image-03': /The glance schema has no \[DEFAULT\] auth_strategy/,
  'Check-Image-05': /policy file/,
  'Check-Identity-03': /HTTP server/,
  'Check-Identity-04': /obsolete/,
  'Check-Shared-05': /The manila schema has no \[DEFAULT\] nova_api_insecure/,
  'Check-Shared-06': /The manila schema has no \[DEFAULT\] neutron_api_insecure/,
  'Check-Shared-07': /The manila schema has no \[DEFAULT\] cinder_api_insecure/,
  'Check-Key-Manager-03': /barbican-api-paste.ini/,
};

const itemOf = (service: string, text: string, id: string) => {
  const schema = catalogSchema(service);
  const { findings } = checkFiles(schema, [{ name: `${service}.conf`, text }]);
  return { item: buildChecklist(schema, findings).items.find((candidate) => candidate.check.id === id)!, findings };
};

describe("the Security Guide's checks, on the catalog's schemas", () => {
  it('every check of the guide about a value of these services has cases, or says why it is not applicable', () => {
    const judged = guideChecks.filter((check) => check.judged.by !== 'file').map((check) => check.id);
    expect(judged.filter((id) => !CASES[id] && !NOT_APPLICABLE[id])).toEqual([]);
  });

  for (const [id, { fail, pass }] of Object.entries(CASES)) {
    const { service } = guideChecks.find((check) => check.id === id)!;
    it(`${id} (${service}): the Fail condition raises it, the Pass condition does not`, () => {
      for (const text of fail) {
        const { item, findings } = itemOf(service, text, id);
        expect(item.status, text).toBe('fail');
        expect(item.findings.length, text).toBeGreaterThan(0);
        expect(findings.filter((finding) => finding.guide?.includes(id)), text).toEqual(item.findings);
      }
      for (const text of pass) {
        const { item } = itemOf(service, text, id);
        expect([item.status, item.findings], text).toEqual(['pass', []]);
      }
    });
  }

  for (const [id, why] of Object.entries(NOT_APPLICABLE)) {
    const { service } = guideChecks.find((check) => check.id === id)!;
    it(`${id} (${service}) is not applicable, never passed`, () => {
      const { item } = itemOf(service, '', id);
      expect(item.status).toBe('not-applicable');
      expect(item.why).toMatch(why);
    });
  }

  it("the file checks are not applicable without the files' owner and mode", () => {
    const { item } = itemOf('nova', '', 'Check-Compute-01');
    expect(item).toMatchObject({ status: 'not-applicable', why: expect.stringMatching(/check --deployed/) });
  });

  it('a check of old releases says so', () => {
    expect(guideChecks.find((check) => check.id === 'Check-Compute-03')!.releases).toMatch(/Rocky and before/);
    expect(guideChecks.find((check) => check.id === 'Check-Shared-05')!.releases).toMatch(/Train and before/);
  });

  it('a finding cites its check in the words the guide uses, and only for the service whose checklist it is', () => {
    const text = '[keystone_authtoken]\nwww_authenticate_uri = http://keystone:5000\n';
    const guideOf = (service: string) =>
      checkFiles(catalogSchema(service), [{ name: 'a.conf', text }]).findings.find((finding) => finding.rule === 'keystonemiddleware-www-authenticate-uri-http')!.guide;
    expect(['nova', 'cinder', 'glance', 'neutron', 'manila', 'barbican', 'octavia'].map(guideOf)).toEqual([
      ['Check-Compute-04'],
      ['Check-Block-04'],
      ['Check-Image-04'],
      ['Check-Neutron-04'],
      ['Check-Shared-04'],
      ['Check-Key-Manager-04'],
      undefined,
    ]);
  });

  it('a service the guide has no checklist for has no items', () => {
    expect(buildChecklist(catalogSchema('octavia'), [])).toMatchObject({ service: 'octavia', chapter: null, items: [] });
  });
});
