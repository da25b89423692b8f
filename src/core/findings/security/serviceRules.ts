import { isText } from './text';
import type { SecurityRule } from './types';

const DEFAULT_BODY_SIZE = 114688;
const NO_AUTH: Record<string, string[]> = {
  nova: ['noauth2'],
  cinder: ['noauth', 'noauth_include_project_id'],
  neutron: ['noauth'],
  manila: ['noauth', 'noauthv2'],
  glance: ['noauth'],
};
const noAuth = (client: string, value: unknown) => typeof value === 'string' && (NO_AUTH[client] ?? []).includes(value.trim());

/**
 * Settings of one service or library whose values the OpenStack Security Guide's checklists judge; what each does
 * follows the option's own documentation in the service.
 */
export const serviceRules: SecurityRule[] = [
  {
    id: 'api-auth-strategy-noauth',
    group: (group) => group.name === 'api' || group.name === 'DEFAULT',
    option: 'auth_strategy',
    services: Object.keys(NO_AUTH),
    when: ({ client, values }) => noAuth(client, values.auth_strategy),
    severity: 'warning',
    title: ({ group, client, values }) => `[${group}] auth_strategy = ${String(values.auth_strategy)}: ${client}'s API does not authenticate its users`,
    explanation: ({ client }) =>
      [
        `With this strategy ${client}'s API does not check credentials with the identity service: it takes the user and project a request names, and noauth strategies are meant for testing.`,
        'Anyone who can reach the API can act as any user and project, administrators included.',
        'What to do: set auth_strategy = keystone (the default), with the [keystone_authtoken] options set.',
      ].join('\n'),
    fix: { label: 'set auth_strategy = keystone', edits: ({ group }) => [{ group, option: 'auth_strategy', value: 'keystone' }] },
  },
  {
    id: 'keystone-admin-token',
    group: 'DEFAULT',
    option: 'admin_token',
    services: ['keystone'],
    when: ({ values }) => isText(values.admin_token),
    severity: 'warning',
    title: '[DEFAULT] admin_token is set: a shared secret that works as an all-powerful token',
    explanation: [
      'keystone accepts this value as a token that needs no user, for any call its admin_token_auth filter lets through (in keystone-paste.ini), bootstrap calls included.',
      'Whoever reads it (in this file, in a backup, in a log of the deployment) can create users, roles and projects, and so own the cloud.',
      'What to do: delete admin_token (keystone-manage bootstrap sets up the first administrator instead), and remove admin_token_auth from keystone-paste.ini.',
    ].join('\n'),
    fix: { label: 'unset admin_token', edits: ({ group }) => [{ group, option: 'admin_token' }] },
  },
  {
    id: 'keystone-insecure-debug',
    group: 'DEFAULT',
    option: 'insecure_debug',
    services: ['keystone'],
    when: ({ values }) => values.insecure_debug === true,
    severity: 'warning',
    title: '[DEFAULT] insecure_debug = true: keystone tells clients why their authentication failed',
    explanation: [
      "keystone's HTTP responses then carry details meant for debugging, such as why a user's authentication failed.",
      'Unauthenticated clients learn which users exist and which part of their credentials was wrong, which helps guess the rest.',
      'What to do: set insecure_debug = false (the default) outside a test deployment.',
    ].join('\n'),
    fix: { label: 'set insecure_debug = false', edits: ({ group }) => [{ group, option: 'insecure_debug', value: false }] },
  },
  {
    id: 'keystone-token-provider-uuid',
    group: 'token',
    option: 'provider',
    services: ['keystone'],
    when: ({ values }) => typeof values.provider === 'string' && values.provider.trim() === 'uuid',
    severity: 'warning',
    title: '[token] provider = uuid: persisted tokens, which this keystone no longer provides',
    explanation: [
      'UUID tokens are stored in keystone\'s database until they expire; keystone dropped the provider in Rocky, and this release supports fernet and jws only, so it does not start with uuid.',
      'Stored bearer tokens are worth stealing from the database and its backups; the guide counts uuid tokens as insecure.',
      'What to do: set provider = fernet (the default) and set up its key repository (keystone-manage fernet_setup).',
    ].join('\n'),
    fix: { label: 'set provider = fernet', edits: ({ group }) => [{ group, option: 'provider', value: 'fernet' }] },
  },
  {
    id: 'neutron-api-without-tls',
    group: 'DEFAULT',
    option: 'use_ssl',
    services: ['neutron'],
    when: ({ values }) => values.use_ssl === false,
    severity: 'warning',
    title: "[DEFAULT] use_ssl = false: neutron's API server serves plain HTTP",
    explanation: [
      'neutron-server answers its API without TLS, unless a proxy in front of it terminates TLS (then this setting is about the hop from the proxy only).',
      'Tokens and everything a request carries cross the network in clear text to anyone who can reach the API port.',
      'What to do: set use_ssl = true with [ssl] cert_file and key_file, or serve the API only through a TLS-terminating proxy on a network nobody else reaches.',
    ].join('\n'),
    fix: { label: 'set use_ssl = true (it needs [ssl] cert_file and key_file)', edits: ({ group }) => [{ group, option: 'use_ssl', value: true }] },
  },
  {
    id: 'cinder-glance-api-insecure',
    group: 'DEFAULT',
    option: 'glance_api_insecure',
    services: ['cinder'],
    when: ({ values }) => values.glance_api_insecure === true,
    severity: 'warning',
    title: "[DEFAULT] glance_api_insecure = true: cinder does not check the image service's TLS certificate",
    explanation: [
      'cinder encrypts its connection to the image service but accepts any certificate, so it cannot tell the real image service from an impostor.',
      'Anyone on the network path can pose as the image service: read the tokens cinder sends, and hand it altered images that it writes to volumes.',
      'What to do: set glance_api_insecure = false, with glance_ca_certificates_file set to the CA bundle if the image service\'s CA is not one the system trusts.',
    ].join('\n'),
    fix: { label: 'set glance_api_insecure = false', edits: ({ group }) => [{ group, option: 'glance_api_insecure', value: false }] },
  },
  ...(['nas_secure_file_permissions', 'nas_secure_file_operations'] as const).map(
    (option): SecurityRule => ({
      id: `cinder-${option.replace(/_/g, '-')}-off`,
      group: (group) => group.name === 'backend_defaults' || group.name === 'DEFAULT',
      option,
      services: ['cinder'],
      when: ({ values }) => typeof values[option] === 'string' && (values[option] as string).trim().toLowerCase() === 'false',
      severity: 'warning',
      title: ({ group }) =>
        option === 'nas_secure_file_permissions'
          ? `[${group}] nas_secure_file_permissions = false: NAS volume files are created readable by everyone`
          : `[${group}] nas_secure_file_operations = false: cinder works on NAS volume files as root`,
      explanation: [
        option === 'nas_secure_file_permissions'
          ? 'With false, cinder\'s NFS and other NAS drivers create volume files with open permissions instead of 660 for the cinder user and group.'
          : 'With false, cinder\'s NFS and other NAS drivers run their file operations on the share as root.',
        option === 'nas_secure_file_permissions'
          ? 'Any user or process on a host that mounts the share can read, and may change, the volumes of every instance.'
          : 'The share must then allow root access from the cinder hosts, and a mistake in a path or a file name on it acts with root\'s rights.',
        `What to do: set ${option} = auto (the default: true on a new installation) or true.`,
      ].join('\n'),
      fix: { label: `set ${option} = auto`, edits: ({ group }) => [{ group, option, value: 'auto' }] },
    }),
  ),
  ...(
    [
      ['nova_api_insecure', 'compute service'],
      ['neutron_api_insecure', 'networking service'],
      ['cinder_api_insecure', 'block storage service'],
    ] as const
  ).map(
    ([option, peer]): SecurityRule => ({
      id: `legacy-${option.replace(/_/g, '-')}`,
      group: 'DEFAULT',
      option,
      services: ['cinder', 'manila'],
      when: ({ values }) => values[option] === true,
      severity: 'warning',
      title: ({ client }) => `[DEFAULT] ${option} = true: ${client} does not check the ${peer}'s TLS certificate`,
      explanation: ({ client }) =>
        [
          `${client} encrypts its connection to the ${peer} but accepts any certificate, so it cannot tell the real ${peer} from an impostor.`,
          `Anyone on the network path can pose as the ${peer}: read the tokens ${client} sends with every request and answer in its place.`,
          `What to do: set ${option} = false, with the CA bundle of the ${peer} configured if the system does not trust it.`,
        ].join('\n'),
      fix: { label: `set ${option} = false`, edits: ({ group }) => [{ group, option, value: false }] },
    }),
  ),
  {
    id: 'request-body-size-not-default',
    group: 'oslo_middleware',
    option: 'max_request_body_size',
    services: ['cinder', 'manila'],
    when: ({ values }) => typeof values.max_request_body_size === 'number' && values.max_request_body_size !== DEFAULT_BODY_SIZE,
    severity: ({ values }) => ((values.max_request_body_size as number) > DEFAULT_BODY_SIZE ? 'warning' : 'info'),
    title: ({ values, client }) => `[oslo_middleware] max_request_body_size = ${String(values.max_request_body_size)}: not the ${DEFAULT_BODY_SIZE} bytes the guide asks of ${client}`,
    explanation: ({ client }) =>
      [
        `oslo.middleware refuses requests to ${client}'s API whose body is larger than this, before the service parses them.`,
        'A larger limit lets a client make the API parse larger bodies, which an attacker can use to exhaust its memory and CPU; a smaller one may refuse legitimate requests.',
        `What to do: set max_request_body_size = ${DEFAULT_BODY_SIZE}, the default.`,
      ].join('\n'),
    fix: { label: `set max_request_body_size = ${DEFAULT_BODY_SIZE}`, edits: ({ group }) => [{ group, option: 'max_request_body_size', value: DEFAULT_BODY_SIZE }] },
  },
  {
    id: 'request-body-size-unset',
    group: 'oslo_middleware',
    option: 'max_request_body_size',
    services: ['keystone'],
    when: ({ values }) => values.max_request_body_size === null,
    severity: 'warning',
    title: '[oslo_middleware] max_request_body_size is empty: no working limit on the size of a request',
    explanation: [
      "An empty value gives oslo.middleware's size limit no number (None) instead of the default 114688, so keystone's API has no working limit on request bodies.",
      'The limit is there to refuse oversized requests before keystone parses them: without it, large bodies are a cheap way to exhaust the API\'s memory and CPU, and the OpenStack Security Guide counts the limit as not set.',
      `What to do: set max_request_body_size to a number of bytes, e.g. ${DEFAULT_BODY_SIZE} (the default), or delete the line.`,
    ].join('\n'),
    fix: { label: `set max_request_body_size = ${DEFAULT_BODY_SIZE}`, edits: ({ group }) => [{ group, option: 'max_request_body_size', value: DEFAULT_BODY_SIZE }] },
  },
  {
    id: 'key-manager-backend-unset',
    group: 'key_manager',
    option: 'backend',
    services: ['cinder'],
    when: ({ values }) => !isText(values.backend),
    kind: 'invalid',
    severity: 'warning',
    title: '[key_manager] backend is empty: cinder has no key manager for encrypted volumes',
    explanation: [
      'castellan loads the key manager that backend names; with none, cinder cannot create or open the keys of encrypted volumes.',
      'Volume encryption cannot be used, so volume data is stored in clear on the storage backend.',
      'What to do: set backend to the key manager that holds the keys (barbican, the default, or vault), with its options set, in cinder.conf and nova.conf alike.',
    ].join('\n'),
    fix: { label: 'set backend = barbican', edits: ({ group }) => [{ group, option: 'backend', value: 'barbican' }] },
  },
  {
    id: 'keystonemiddleware-memcache-unprotected',
    group: 'keystone_authtoken',
    option: 'memcache_security_strategy',
    when: ({ values }) =>
      Array.isArray(values.memcached_servers) && values.memcached_servers.length > 0 && typeof values.memcache_security_strategy === 'string' && values.memcache_security_strategy.trim().toLowerCase() === 'none',
    severity: 'warning',
    title: '[keystone_authtoken] memcached_servers without memcache_security_strategy: validated tokens cached in clear',
    explanation: ({ client }) =>
      [
        `keystonemiddleware caches the result of each token validation in these memcached servers as it is: neither signed nor encrypted.`,
        `Anyone who can reach memcached can read the cached tokens and their roles, and write an entry that makes ${client}'s API accept a token of their own making.`,
        'What to do: set memcache_security_strategy = ENCRYPT (or MAC) with memcache_secret_key set to a long random secret, the same on every API host.',
      ].join('\n'),
  },
];
