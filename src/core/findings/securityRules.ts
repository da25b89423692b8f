import type { OptionValue } from '../schema/types';
import type { FindingKind, FixEdit, Severity } from './types';

/** A group's values as oslo resolves them, by dest; `undefined` when oslo refuses the value or no such option exists. */
export type RuleValues = Readonly<Record<string, OptionValue | undefined>>;

/**
 * One rule of the project's security overlay. Upstream help texts cannot be trusted (keystoneauth's `insecure`
 * says "Verify HTTPS connections." while `true` turns verification off), so every explanation is the project's own.
 */
export interface SecurityRule {
  /** Stable name, for tests and for anyone who wants to list or skip rules. */
  id: string;
  group: string;
  /** The option the finding is about: its line is the finding's line. The rule runs only when it exists. */
  option: string;
  when: (values: RuleValues) => boolean;
  /** Default `insecure`. */
  kind?: FindingKind;
  severity: Severity;
  title: string | ((values: RuleValues) => string);
  /** What happens, why it matters and what to do: one paragraph each, one line per paragraph. */
  explanation: string;
  fix?: { label: string; edits: FixEdit[] | ((values: RuleValues) => FixEdit[]) };
}

const isText = (value: OptionValue | undefined): value is string => typeof value === 'string' && value !== '';
const list = (value: OptionValue | undefined): string[] => (Array.isArray(value) ? value : []);
const plainHttp = (values: RuleValues) => list(values.api_servers).filter((url) => /^http:\/\//i.test(url.trim()));

export const securityRules: SecurityRule[] = [
  {
    id: 'glance-insecure',
    group: 'glance',
    option: 'insecure',
    when: (values) => values.insecure === true,
    severity: 'warning',
    title: '[glance] insecure = true: nova does not check the image service\'s TLS certificate',
    explanation: [
      'nova encrypts its connection to the image service but accepts any certificate, so it cannot tell the real image service from an impostor. true turns verification off, whatever the option\'s upstream help text says.',
      'Anyone on the network path, or able to redirect the traffic, can pose as the image service: read the tokens nova sends with every request (and act as their owners until they expire), and hand nova altered images that it then boots.',
      'What to do: set insecure = false. If the image service\'s certificate is not signed by a CA the system trusts, also set cafile to the CA bundle that signed it.',
    ].join('\n'),
    fix: { label: 'set insecure = false (and cafile, if the CA is not in the system trust store)', edits: [{ group: 'glance', option: 'insecure', value: false }] },
  },
  {
    id: 'glance-api-insecure',
    group: 'glance',
    option: 'api_insecure',
    when: (values) => values.api_insecure === true,
    severity: 'warning',
    title: '[glance] api_insecure = true: TLS verification off, and insecure = true through the old name',
    explanation: [
      'oslo.config reads this line twice. As api_insecure itself, it asks for requests to the image service without verifying its certificate. It is also the old name of insecure: unless insecure is set in this file or a later one, oslo.config takes insecure from this line too, so insecure = true, certificate verification is off for nova\'s image service connection, and oslo.config logs: Deprecated: Option "api_insecure" from group "glance" is deprecated. Use option "insecure" from group "glance". Where insecure is set, insecure wins and this line only sets api_insecure.',
      'Without verification, anyone on the network path can pose as the image service, read the tokens nova sends and serve it altered images.',
      'What to do: delete this line and set insecure = false (and cafile, if the image service\'s CA is not one the system trusts).',
    ].join('\n'),
    fix: {
      label: 'delete api_insecure and set insecure = false',
      edits: [
        { group: 'glance', option: 'api_insecure' },
        { group: 'glance', option: 'insecure', value: false },
      ],
    },
  },
  {
    id: 'glance-api-servers-http',
    group: 'glance',
    option: 'api_servers',
    when: (values) => plainHttp(values).length > 0,
    severity: 'warning',
    title: (values) => `[glance] api_servers: ${plainHttp(values).join(', ')} ${plainHttp(values).length > 1 ? 'are' : 'is'} plain HTTP`,
    explanation: [
      'nova talks to these image service endpoints without encryption: the token it sends with every request, and the image data, cross the network in clear text.',
      'Anyone who can watch the traffic can copy the token and act as its owner until it expires; anyone who can change it can alter images on their way to the compute hosts.',
      'What to do: use https:// endpoints, which the image service (or the load balancer in front of it) must serve with a certificate nova trusts, and keep insecure = false.',
    ].join('\n'),
    fix: {
      label: 'use https:// for every endpoint (the image service must serve TLS there)',
      edits: (values) => [
        { group: 'glance', option: 'api_servers', value: list(values.api_servers).map((url) => url.replace(/^(\s*)http:/i, '$1https:')) },
      ],
    },
  },
  {
    id: 'glance-verify-signatures-off',
    group: 'glance',
    option: 'verify_glance_signatures',
    when: (values) => values.verify_glance_signatures === false,
    severity: 'warning',
    title: '[glance] verify_glance_signatures = false: nova boots images without checking their signature',
    explanation: [
      'nova boots images as it gets them, without checking that they are the images their owners signed.',
      'An image altered in the image store, on its way, or swapped for another, boots without any notice. With true, nova checks each image against the signature in its img_signature properties, with a certificate from the key manager, and refuses to boot an image whose signature is wrong, missing or incomplete.',
      'What to do: set verify_glance_signatures = true. It needs a key manager (the [key_manager] options, e.g. Barbican) holding the signing certificates, and every image signed, with its img_signature, img_signature_hash_method, img_signature_key_type and img_signature_certificate_uuid properties: unsigned images no longer boot.',
    ].join('\n'),
    fix: { label: 'set verify_glance_signatures = true (once images are signed and the key manager is set up)', edits: [{ group: 'glance', option: 'verify_glance_signatures', value: true }] },
  },
  {
    id: 'glance-certfile-without-keyfile',
    group: 'glance',
    option: 'certfile',
    when: (values) => isText(values.certfile) && !isText(values.keyfile),
    kind: 'invalid',
    severity: 'warning',
    title: '[glance] certfile is set without keyfile',
    explanation: [
      'nova hands the client certificate to the TLS library alone, as a file that must then hold the private key as well.',
      'Unless certfile is such a combined PEM file, every HTTPS request to the image service fails with a TLS error (plain http:// endpoints do not use it at all).',
      'What to do: set keyfile to the certificate\'s private key, or make certfile a PEM file holding both.',
    ].join('\n'),
  },
  {
    id: 'glance-keyfile-without-certfile',
    group: 'glance',
    option: 'keyfile',
    when: (values) => isText(values.keyfile) && !isText(values.certfile),
    kind: 'invalid',
    severity: 'warning',
    title: '[glance] keyfile is set without certfile: the key is never used',
    explanation: [
      'A client key is used only together with a client certificate: without certfile, nova ignores keyfile and presents no client certificate.',
      'An image service that requires client certificates refuses nova\'s requests.',
      'What to do: set certfile to the client certificate that goes with this key, or delete keyfile.',
    ].join('\n'),
  },
  {
    id: 'glance-cafile-unused',
    group: 'glance',
    option: 'cafile',
    when: (values) => isText(values.cafile) && values.insecure === true,
    kind: 'conflict',
    severity: 'warning',
    title: '[glance] cafile is never used: insecure = true turns verification off',
    explanation: [
      'With insecure = true, nova does not verify the image service\'s certificate at all, so the CA bundle in cafile is never read.',
      'Whoever set cafile most likely meant the certificate to be checked, and it is not.',
      'What to do: set insecure = false; cafile then does its job.',
    ].join('\n'),
    fix: { label: 'set insecure = false', edits: [{ group: 'glance', option: 'insecure', value: false }] },
  },
  {
    id: 'glance-direct-url-file',
    group: 'glance',
    option: 'allowed_direct_url_schemes',
    when: (values) => list(values.allowed_direct_url_schemes).includes('file'),
    severity: 'warning',
    title: '[glance] allowed_direct_url_schemes holds file: nova-compute reads images straight from a shared filesystem',
    explanation: [
      'With file allowed, nova-compute copies an image from the filesystem path in the image\'s direct URL instead of downloading it through the image service.',
      'The read happens outside the image service\'s API and its access checks, on a filesystem every compute host mounts; and it needs the image service to show image locations to its users, which reveals where and how images are stored.',
      'What to do: remove file (the default is an empty list); nova then downloads images through the image service.',
    ].join('\n'),
    fix: {
      label: 'remove file from the list',
      edits: (values) => [
        { group: 'glance', option: 'allowed_direct_url_schemes', value: list(values.allowed_direct_url_schemes).filter((scheme) => scheme !== 'file') },
      ],
    },
  },
  {
    id: 'glance-timeout-unset',
    group: 'glance',
    option: 'timeout',
    when: (values) => values.timeout === null,
    severity: 'info',
    title: '[glance] timeout is not set: nova can wait for the image service forever',
    explanation: [
      'Without a timeout, a request to an image service that stopped answering never ends.',
      'The nova service that made it (booting, snapshotting, listing images) hangs instead of failing and retrying. This is about reliability, not secrecy.',
      'What to do: set timeout to a number of seconds, e.g. 60. It bounds the wait for the connection and for each read, not a whole download, so large images still download.',
    ].join('\n'),
    fix: { label: 'set timeout = 60', edits: [{ group: 'glance', option: 'timeout', value: 60 }] },
  },
];
