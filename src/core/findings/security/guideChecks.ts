/** A chapter of the OpenStack Security Guide with a checklist, and the service whose files it checks. */
export interface GuideChapter {
  service: string;
  title: string;
  url: string;
}

/** A value a check reads. */
export interface CheckedOption {
  group: string;
  option: string;
}

/** How the project judges a check of the guide. */
export type CheckJudgement =
  /** On the resolved values: it fails where one of these rules fires (on that group, if given). */
  | { by: 'values'; options: CheckedOption[]; rules: { rule: string; group?: string }[] }
  /** On the files as they are installed (the CLI's `--deployed`): owner and group, or mode. */
  | { by: 'file'; what: 'ownership' | 'mode'; owner: 'root' | 'group' }
  /** Not on the configuration file's values: why. */
  | { by: 'none'; why: string };

/** One item of a Security Guide checklist, with its id as the guide gives it. */
export interface GuideCheck {
  id: string;
  service: string;
  /** The guide's own title of the item. */
  question: string;
  judged: CheckJudgement;
  /** The guide's note on the releases the item concerns. */
  releases?: string;
  /** How the project reads the guide's conditions where the release differs from the guide's wording. */
  reading?: string;
  url: string;
}

const GUIDE = 'https://docs.openstack.org/security-guide/';

export const guideChapters: GuideChapter[] = [
  { service: 'nova', title: 'Compute service checklist', url: `${GUIDE}compute/checklist.html` },
  { service: 'cinder', title: 'Block Storage service checklist', url: `${GUIDE}block-storage/checklist.html` },
  { service: 'glance', title: 'Image service checklist', url: `${GUIDE}image-storage/checklist.html` },
  { service: 'keystone', title: 'Identity service checklist', url: `${GUIDE}identity/checklist.html` },
  { service: 'neutron', title: 'Networking service checklist', url: `${GUIDE}networking/checklist.html` },
  { service: 'manila', title: 'Shared File Systems service checklist', url: `${GUIDE}shared-file-systems/checklist.html` },
  { service: 'barbican', title: 'Key Manager service checklist', url: `${GUIDE}secrets-management/checklist.html` },
];

const ROCKY = 'The guide applies this item to OpenStack releases Rocky and before, as auth_strategy was deprecated in Stein; it is judged wherever the schema still has the option.';
const TRAIN = 'The guide applies this item to OpenStack releases Train and before; it is judged wherever the schema still has the option.';

const ownership = (owner: 'root' | 'group'): CheckJudgement => ({ by: 'file', what: 'ownership', owner });
const mode: CheckJudgement = { by: 'file', what: 'mode', owner: 'root' };
const auth = (group: string): CheckJudgement => ({
  by: 'values',
  options: [{ group, option: 'auth_strategy' }],
  rules: [{ rule: 'api-auth-strategy-noauth' }],
});
const authToken: CheckJudgement = {
  by: 'values',
  options: [
    { group: 'keystone_authtoken', option: 'www_authenticate_uri' },
    { group: 'keystone_authtoken', option: 'insecure' },
  ],
  rules: [
    { rule: 'tls-insecure', group: 'keystone_authtoken' },
    { rule: 'keystonemiddleware-www-authenticate-uri-http' },
    { rule: 'keystonemiddleware-www-authenticate-uri-unset' },
  ],
};
const legacyInsecure = (option: string): CheckJudgement => ({
  by: 'values',
  options: [{ group: 'DEFAULT', option }],
  rules: [{ rule: `legacy-${option.replace(/_/g, '-')}` }],
});
const bodySize = (rule: string): CheckJudgement => ({
  by: 'values',
  options: [{ group: 'oslo_middleware', option: 'max_request_body_size' }],
  rules: [{ rule }],
});
const BODY_SIZE_READING =
  'The guide names [DEFAULT] osapi_max_request_body_size or [oslo_middleware] max_request_body_size: oslo.config reads the first as an old name of the second, so the value judged is the one oslo resolves.';

function chapter(service: string, prefix: string, anchor: string | null, items: [number, string, CheckJudgement, Partial<GuideCheck>?][]): GuideCheck[] {
  const { url } = guideChapters.find((candidate) => candidate.service === service)!;
  return items.map(([number, question, judged, more]) => {
    const digits = String(number).padStart(2, '0');
    return { id: `Check-${prefix}-${digits}`, service, question, judged, url: anchor ? `${url}#${anchor}-${digits}` : url, ...more };
  });
}

/** Every item of the guide's checklists for the services it covers, as the project judges it. */
export const guideChecks: GuideCheck[] = [
  ...chapter('nova', 'Compute', 'check-compute', [
    [1, 'Is user/group ownership of config files set to root/nova?', ownership('root')],
    [2, 'Are strict permissions set for configuration files?', mode],
    [3, 'Is keystone used for authentication?', { by: 'values', options: [{ group: 'api', option: 'auth_strategy' }, { group: 'DEFAULT', option: 'auth_strategy' }], rules: [{ rule: 'api-auth-strategy-noauth' }] }, { releases: ROCKY }],
    [4, 'Is secure protocol used for authentication?', authToken],
    [
      5,
      'Does Nova communicate with Glance securely?',
      {
        by: 'values',
        options: [
          { group: 'glance', option: 'api_insecure' },
          { group: 'glance', option: 'insecure' },
          { group: 'glance', option: 'api_servers' },
        ],
        rules: [{ rule: 'glance-api-insecure' }, { rule: 'tls-insecure', group: 'glance' }, { rule: 'glance-api-servers-http' }],
      },
      {
        reading:
          "The guide names [glance] api_insecure, which nova replaced with keystoneauth's [glance] insecure (the seed still has api_insecure, as an option of its own and as an old name of insecure): both are judged. Where api_servers is not set, nova takes the image service's endpoint from the service catalog, which the file does not show: make sure it is https:// there.",
      },
    ],
  ]),
  ...chapter('cinder', 'Block', 'check-block', [
    [1, 'Is user/group ownership of config files set to root/cinder?', ownership('root')],
    [2, 'Are strict permissions set for configuration files?', mode],
    [3, 'Is keystone used for authentication?', auth('DEFAULT'), { releases: ROCKY }],
    [4, 'Is TLS enabled for authentication?', authToken],
    [
      5,
      'Does cinder communicate with nova over TLS?',
      legacyInsecure('nova_api_insecure'),
      { reading: "Newer cinder talks to nova with the [nova] group's keystoneauth settings instead, which the rules on every TLS client group check." },
    ],
    [
      6,
      'Does cinder communicate with glance over TLS?',
      {
        by: 'values',
        options: [
          { group: 'DEFAULT', option: 'glance_api_insecure' },
          { group: 'DEFAULT', option: 'glance_api_servers' },
        ],
        rules: [{ rule: 'cinder-glance-api-insecure' }, { rule: 'cinder-glance-api-servers-not-https' }],
      },
      { reading: "Where glance_api_servers is not set, cinder takes the image service's endpoint from the service catalog, which the file does not show: make sure it is https:// there." },
    ],
    [
      7,
      'Is NAS operating in a secure environment?',
      {
        by: 'values',
        options: ['backend_defaults', 'DEFAULT'].flatMap((group) => [
          { group, option: 'nas_secure_file_permissions' },
          { group, option: 'nas_secure_file_operations' },
        ]),
        rules: [{ rule: 'cinder-nas-secure-file-permissions-off' }, { rule: 'cinder-nas-secure-file-operations-off' }],
      },
      {
        reading:
          'The guide names [DEFAULT]; cinder reads these options of its back ends from [backend_defaults] (and each back end\'s own section). Its Fail names both set to false and its Pass wants both auto: one false already misses the Pass, so the item fails when either is false.',
      },
    ],
    [8, 'Is max size for the body of a request set to default (114688)?', bodySize('request-body-size-not-default'), { reading: BODY_SIZE_READING }],
    [
      9,
      'Is the volume encryption feature enabled?',
      { by: 'values', options: [{ group: 'key_manager', option: 'backend' }], rules: [{ rule: 'key-manager-backend-unset' }] },
      {
        reading:
          "This file's half only: nova.conf's [key_manager] backend is judged with nova's file, and the guide's third condition (the volume encryption setup followed and tested) cannot be read from a file. An unset backend is barbican, the default.",
      },
    ],
  ]),
  ...chapter('glance', 'Image', 'check-image', [
    [1, 'Is user/group ownership of config files set to root/glance?', ownership('root')],
    [2, 'Are strict permissions set for configuration files?', mode],
    [3, 'Is keystone used for authentication?', auth('DEFAULT'), { releases: ROCKY }],
    [4, 'Is TLS enabled for authentication?', authToken],
    [5, 'Are masked port scans prevented?', { by: 'none', why: 'copy_from is a rule of the policy file (policy.yaml), not a setting of glance-api.conf; the Images API v1 it concerns was removed in Rocky.' }],
  ]),
  ...chapter('keystone', 'Identity', null, [
    [1, 'Is user/group ownership of config files set to keystone?', ownership('group')],
    [2, 'Are strict permissions set for Identity configuration files?', mode],
    [3, 'is TLS enabled for Identity?', { by: 'none', why: "TLS is the HTTP server's (Apache, nginx, uWSGI) in front of keystone, not a setting of keystone.conf." }],
    [4, '(Obsolete)', { by: 'none', why: 'The guide marks this item obsolete.' }],
    [5, 'Is max_request_body_size set to default (114688)?', bodySize('request-body-size-unset'), { reading: 'The guide passes the default or another reasonable value, and fails a limit that is not set: an empty value, which oslo reads as none.' }],
    [
      6,
      'Disable admin token in /etc/keystone/keystone.conf',
      { by: 'values', options: [{ group: 'DEFAULT', option: 'admin_token' }], rules: [{ rule: 'keystone-admin-token' }] },
      { reading: "This file's half only: AdminTokenAuthMiddleware in keystone-paste.ini is not read here." },
    ],
    [7, 'insecure_debug false in /etc/keystone/keystone.conf', { by: 'values', options: [{ group: 'DEFAULT', option: 'insecure_debug' }], rules: [{ rule: 'keystone-insecure-debug' }] }],
    [
      8,
      'Use fernet token in /etc/keystone/keystone.conf',
      { by: 'values', options: [{ group: 'token', option: 'provider' }], rules: [{ rule: 'keystone-token-provider-uuid' }] },
      { reading: 'The guide fails uuid and passes fernet; jws, the other provider of this release, does not need persistence either and passes.' },
    ],
  ]),
  ...chapter('neutron', 'Neutron', 'check-neutron', [
    [1, 'Is user/group ownership of config files set to root/neutron?', ownership('root')],
    [2, 'Are strict permissions set for configuration files?', mode],
    [3, 'Is keystone used for authentication?', auth('DEFAULT'), { releases: ROCKY }],
    [4, 'Is secure protocol used for authentication?', authToken],
    [5, 'Is TLS enabled on Neutron API server?', { by: 'values', options: [{ group: 'DEFAULT', option: 'use_ssl' }], rules: [{ rule: 'neutron-api-without-tls' }] }],
  ]),
  ...chapter('manila', 'Shared', 'check-shared-fs', [
    [1, 'Is user/group ownership of config files set to root/manila?', ownership('root')],
    [2, 'Are strict permissions set for configuration files?', mode],
    [3, 'Is OpenStack Identity used for authentication?', auth('DEFAULT'), { releases: ROCKY }],
    [4, 'Is TLS enabled for authentication?', authToken],
    [5, 'Does Shared File Systems contact with Compute over TLS?', legacyInsecure('nova_api_insecure'), { releases: TRAIN }],
    [6, 'Does Shared File Systems contact with Networking over TLS?', legacyInsecure('neutron_api_insecure'), { releases: TRAIN }],
    [7, 'Does Shared File Systems contact with Block Storage over TLS?', legacyInsecure('cinder_api_insecure'), { releases: TRAIN }],
    [8, 'Is max size for the request body set to default (114688)?', bodySize('request-body-size-not-default'), { reading: BODY_SIZE_READING }],
  ]),
  ...chapter('barbican', 'Key-Manager', 'check-key-mgr', [
    [1, 'Is the ownership of config files set to root/barbican?', ownership('root')],
    [2, 'Are strict permissions set for configuration files?', mode],
    [3, 'Is OpenStack Identity used for authentication?', { by: 'none', why: 'authtoken in the barbican-api-keystone pipeline is a setting of barbican-api-paste.ini, not of barbican.conf.' }],
    [4, 'Is TLS enabled for authentication?', authToken],
  ]),
];
