import { atStart, isPlainHttp, isText, listOf, toHttps } from './text';
import type { RuleContext, SecurityRule } from './types';

const plainHttp = (urls: string[]) => urls.filter(isPlainHttp);
const plainList = (option: string) => (context: RuleContext) => plainHttp(listOf(context.values[option]));
const areOrIs = (urls: string[]) => `${urls.join(', ')} ${urls.length > 1 ? 'are' : 'is'} plain HTTP`;
const httpText = (option: string) => (context: RuleContext) => {
  const value = context.values[option];
  return isText(value) && isPlainHttp(value);
};
const toHttpsEdit = (option: string) => ({ group, values }: RuleContext) => [{ group, option, value: toHttps(values[option] as string) }];

/**
 * Endpoints given as plain `http://`: keystoneauth's auth and endpoint-override URLs wherever a group has them,
 * keystonemiddleware's `www_authenticate_uri`, and the services' own lists of image service endpoints.
 */
export const endpointRules: SecurityRule[] = [
  {
    id: 'auth-url-http',
    group: () => true,
    option: 'auth_url',
    when: httpText('auth_url'),
    severity: 'warning',
    title: ({ group, values }) => `[${group}] auth_url: ${String(values.auth_url)} is plain HTTP`,
    explanation: ({ group, client }) =>
      [
        `${atStart(client)} authenticates to this identity endpoint with the [${group}] credentials (a password, an application credential) without encryption, and gets its tokens back the same way.`,
        'Anyone who can watch the traffic can copy the credentials and act as that user for as long as they are valid, not only until a token expires.',
        'What to do: use the https:// identity endpoint, with a certificate the service trusts (cafile, if the CA is not in the system trust store).',
      ].join('\n'),
    fix: { label: 'use https:// (the identity service must serve TLS there)', edits: toHttpsEdit('auth_url') },
  },
  {
    id: 'endpoint-override-http',
    group: () => true,
    option: 'endpoint_override',
    when: httpText('endpoint_override'),
    severity: 'warning',
    title: ({ group, values }) => `[${group}] endpoint_override: ${String(values.endpoint_override)} is plain HTTP`,
    explanation: ({ client, peer }) =>
      [
        `${atStart(client)} sends every request of this client to this endpoint, instead of the one in the service catalog, without encryption: the token it sends with each request crosses the network in clear text.`,
        `Anyone who can watch the traffic can copy the token and act as its owner until it expires; anyone who can change it can pose as ${peer.to} and ${peer.tampering(client)}.`,
        'What to do: use an https:// endpoint, served with a certificate the service trusts, or unset endpoint_override to use the catalog.',
      ].join('\n'),
    fix: { label: 'use https:// (the endpoint must serve TLS there)', edits: toHttpsEdit('endpoint_override') },
  },
  {
    id: 'keystonemiddleware-www-authenticate-uri-http',
    group: 'keystone_authtoken',
    option: 'www_authenticate_uri',
    when: httpText('www_authenticate_uri'),
    severity: 'warning',
    title: ({ values }) => `[keystone_authtoken] www_authenticate_uri: ${String(values.www_authenticate_uri)} is plain HTTP`,
    explanation: ({ client }) =>
      [
        `${atStart(client)}'s API sends this address to every client whose request it refuses (in the WWW-Authenticate header) as the identity endpoint to get a token from.`,
        'Clients that follow it send user names and passwords there without encryption: anyone who can watch the traffic can copy them.',
        "What to do: set www_authenticate_uri to the identity service's public https:// endpoint.",
      ].join('\n'),
    fix: { label: 'use https:// (the identity service must serve TLS there)', edits: toHttpsEdit('www_authenticate_uri') },
  },
  {
    id: 'keystonemiddleware-www-authenticate-uri-unset',
    group: 'keystone_authtoken',
    option: 'www_authenticate_uri',
    when: ({ values }) => !isText(values.www_authenticate_uri),
    severity: 'warning',
    title: '[keystone_authtoken] www_authenticate_uri is not set: clients are not told of an https:// identity endpoint',
    explanation: ({ client }) =>
      [
        `keystonemiddleware then logs "Configuring www_authenticate_uri to point to the public identity endpoint is required" and sends clients whose requests ${client}'s API refuses the endpoint it finds in the service catalog for its own interface (internal by default), which may be plain http:// or unreachable to them.`,
        'The OpenStack Security Guide asks for an https:// endpoint here.',
        "What to do: set www_authenticate_uri to the identity service's public https:// endpoint.",
      ].join('\n'),
  },
  {
    id: 'glance-api-servers-http',
    group: 'glance',
    option: 'api_servers',
    when: (context) => plainList('api_servers')(context).length > 0,
    severity: 'warning',
    title: (context) => `[glance] api_servers: ${areOrIs(plainList('api_servers')(context))}`,
    explanation: ({ client }) =>
      [
        `${atStart(client)} talks to these image service endpoints without encryption: the token it sends with every request, and the image data, cross the network in clear text.`,
        'Anyone who can watch the traffic can copy the token and act as its owner until it expires; anyone who can change it can alter images on their way to the compute hosts.',
        `What to do: use https:// endpoints, which the image service (or the load balancer in front of it) must serve with a certificate ${client} trusts, and keep insecure = false.`,
      ].join('\n'),
    fix: {
      label: 'use https:// for every endpoint (the image service must serve TLS there)',
      edits: ({ group, values }) => [{ group, option: 'api_servers', value: listOf(values.api_servers).map(toHttps) }],
    },
  },
  {
    id: 'cinder-glance-api-servers-not-https',
    group: 'DEFAULT',
    option: 'glance_api_servers',
    services: ['cinder'],
    when: ({ values }) => listOf(values.glance_api_servers).some((url) => !/^\s*https:\/\//i.test(url)),
    severity: 'warning',
    title: ({ values }) =>
      `[DEFAULT] glance_api_servers: ${listOf(values.glance_api_servers).filter((url) => !/^\s*https:\/\//i.test(url)).join(', ')} without https://`,
    explanation: [
      'cinder talks to these image service endpoints without encryption: an endpoint without a scheme is http:// to cinder. The token it sends with every request, and the image data it copies to volumes, cross the network in clear text.',
      'Anyone who can watch the traffic can copy the token and act as its owner until it expires; anyone who can change it can alter the images written to volumes.',
      'What to do: write every endpoint as https://host:port, served with a certificate cinder trusts (glance_ca_certificates_file), and keep glance_api_insecure = false.',
    ].join('\n'),
    fix: {
      label: 'write every endpoint with https:// (the image service must serve TLS there)',
      edits: ({ group, values }) => [
        {
          group,
          option: 'glance_api_servers',
          value: listOf(values.glance_api_servers).map((url) => (/^\s*https?:\/\//i.test(url) ? toHttps(url) : `https://${url.trim()}`)),
        },
      ],
    },
  },
];
