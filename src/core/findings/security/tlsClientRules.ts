import { isKeystoneauthSession, isTlsClient } from './groupKinds';
import { atStart, capitalized, isText } from './text';
import type { SecurityRule } from './types';

/**
 * The TLS settings of every keystoneauth client group (`[glance]`, `[neutron]`, ... as keystoneauth's
 * `register_session_conf_options` registers them) and of keystonemiddleware's `[keystone_authtoken]`: both become a
 * keystoneauth session (`Session.load_from_options`), checked against the real libraries in
 * test/interop/securityClaims.test.ts.
 */
export const tlsClientRules: SecurityRule[] = [
  {
    id: 'tls-insecure',
    group: isTlsClient,
    option: 'insecure',
    when: ({ values }) => values.insecure === true,
    severity: 'warning',
    title: ({ group, client, peer }) => `[${group}] insecure = true: ${client} does not check ${peer.whose} TLS certificate`,
    explanation: ({ client, peer }) =>
      [
        `${atStart(client)} encrypts its connection to ${peer.to} but accepts any certificate, so it cannot tell ${peer.real}. true turns verification off, whatever the option's upstream help text says.`,
        `Anyone on the network path, or able to redirect the traffic, can pose as ${peer.to}: read the tokens ${client} sends with every request (and act as their owners until they expire), and ${peer.tampering(client)}.`,
        `What to do: set insecure = false. If ${peer.whose} certificate is not signed by a CA the system trusts, also set cafile to the CA bundle that signed it.`,
      ].join('\n'),
    fix: {
      label: 'set insecure = false (and cafile, if the CA is not in the system trust store)',
      edits: ({ group }) => [{ group, option: 'insecure', value: false }],
    },
  },
  {
    id: 'tls-cafile-unused',
    group: isTlsClient,
    option: 'cafile',
    when: ({ values }) => isText(values.cafile) && values.insecure === true,
    kind: 'conflict',
    severity: 'warning',
    title: ({ group }) => `[${group}] cafile is never used: insecure = true turns verification off`,
    explanation: ({ client, peer }) =>
      [
        `With insecure = true, ${client} does not verify ${peer.whose} certificate at all, so the CA bundle in cafile is never read.`,
        'Whoever set cafile most likely meant the certificate to be checked, and it is not.',
        'What to do: set insecure = false; cafile then does its job.',
      ].join('\n'),
    fix: { label: 'set insecure = false', edits: ({ group }) => [{ group, option: 'insecure', value: false }] },
  },
  {
    id: 'tls-certfile-without-keyfile',
    group: isTlsClient,
    option: 'certfile',
    when: ({ values }) => isText(values.certfile) && !isText(values.keyfile),
    kind: 'invalid',
    severity: 'warning',
    title: ({ group }) => `[${group}] certfile is set without keyfile`,
    explanation: ({ client, peer }) =>
      [
        `${atStart(client)} hands the client certificate to the TLS library alone, as a file that must then hold the private key as well.`,
        `Unless certfile is such a combined PEM file, every HTTPS request to ${peer.to} fails with a TLS error (plain http:// endpoints do not use it at all).`,
        "What to do: set keyfile to the certificate's private key, or make certfile a PEM file holding both.",
      ].join('\n'),
  },
  {
    id: 'tls-keyfile-without-certfile',
    group: isTlsClient,
    option: 'keyfile',
    when: ({ values }) => isText(values.keyfile) && !isText(values.certfile),
    kind: 'invalid',
    severity: 'warning',
    title: ({ group }) => `[${group}] keyfile is set without certfile: the key is never used`,
    explanation: ({ client, peer }) =>
      [
        `A client key is used only together with a client certificate: without certfile, ${client} ignores keyfile and presents no client certificate.`,
        `${capitalized(peer.one)} that requires client certificates refuses ${client}'s requests.`,
        'What to do: set certfile to the client certificate that goes with this key, or delete keyfile.',
      ].join('\n'),
  },
  {
    id: 'keystoneauth-timeout-unset',
    group: isKeystoneauthSession,
    option: 'timeout',
    when: ({ values, configured }) => configured && values.timeout === null,
    severity: 'info',
    title: ({ group, client, peer }) => `[${group}] timeout is not set: ${client} can wait for ${peer.to} forever`,
    explanation: ({ client, peer }) =>
      [
        `Without a timeout, a request to ${peer.one} that stopped answering never ends.`,
        `${client.startsWith('the ') ? 'The process' : `The ${client} service`} that made it${peer.waiting} hangs instead of failing and retrying. This is about reliability, not secrecy.`,
        `What to do: set timeout to a number of seconds, e.g. 60. It bounds the wait for the connection and for each read, ${peer.timeoutBounds}.`,
      ].join('\n'),
    fix: { label: 'set timeout = 60', edits: ({ group }) => [{ group, option: 'timeout', value: 60 }] },
  },
];
