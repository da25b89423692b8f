import { booleanType } from '../../types/booleanType';
import { parseTransportUrl, type TransportUrl } from './parseTransportUrl';
import { isText } from './text';
import type { RuleContext, SecurityRule } from './types';

const RABBIT = 'oslo_messaging_rabbit';

/** The RabbitMQ brokers a transport_url names, or null for another transport (or none). */
function rabbitBrokers({ values }: RuleContext): TransportUrl | null {
  const url = values.transport_url;
  const parsed = isText(url) ? parseTransportUrl(url) : null;
  return parsed && parsed.transport === 'rabbit' && parsed.hosts.length ? parsed : null;
}

/**
 * Whether the rabbit driver connects with TLS: the URL's `ssl` parameter, when it has one, overrides
 * [oslo_messaging_rabbit] ssl. null when that parameter is not a boolean (the driver then fails to load).
 */
function usesTls(context: RuleContext, url: TransportUrl): boolean | null {
  const fromUrl = url.query.get('ssl');
  if (fromUrl === undefined) return context.read(RABBIT).ssl === true;
  const converted = booleanType.convert({ type: 'boolean', typeName: 'boolean value', choices: [], min: null, max: null }, fromUrl);
  return 'value' in converted ? (converted.value as boolean) : null;
}

const brokerList = (url: TransportUrl) => url.hosts.map((host) => (host.includes(':') ? host : `${host}:5672`)).join(', ');

// The fix sets the driver's option, and the URL's own `ssl` parameter where it has one (it wins).
const tlsOnEdits = (context: RuleContext, url: TransportUrl) => [
  { group: RABBIT, option: 'ssl', value: true },
  ...(url.query.has('ssl')
    ? [{ group: context.group, option: 'transport_url', value: (context.values.transport_url as string).replace(/([?&]ssl=)[^&#]*/gi, '$1true') }]
    : []),
];

/**
 * oslo.messaging's transport to its RabbitMQ brokers, as its rabbit driver (oslo.messaging 14, Debian 12's) connects:
 * checked against the real driver in test/interop/securityClaims.test.ts.
 */
export const messagingRules: SecurityRule[] = [
  {
    id: 'messaging-rabbit-without-tls',
    group: (group) => group.name === 'DEFAULT' || group.name === 'oslo_messaging_notifications',
    option: 'transport_url',
    reads: [RABBIT],
    when: (context) => {
      const url = rabbitBrokers(context);
      return url !== null && 'ssl' in context.read(RABBIT) && usesTls(context, url) === false;
    },
    severity: 'warning',
    title: (context) => {
      const several = rabbitBrokers(context)!.hosts.length > 1;
      return `[${context.group}] transport_url: the RabbitMQ broker${several ? 's' : ''} ${brokerList(rabbitBrokers(context)!)} ${several ? 'are' : 'is'} reached without TLS`;
    },
    explanation: ({ client }) =>
      [
        `oslo.messaging connects to these brokers without encryption: ${client === 'the service' ? "the service's" : `${client}'s`} broker user name and password, and every RPC message and notification between its processes (with the request context they carry, a user's token among it in many services), cross the network in clear text. TLS is on only with [oslo_messaging_rabbit] ssl = true, or ssl=true in the URL's query, which wins over it.`,
        'Anyone who can watch the traffic can read them and log in to the broker as this service; anyone who can change it can send the service forged RPC calls.',
        'What to do: set [oslo_messaging_rabbit] ssl = true, with ssl_ca_file set to the CA that signed the brokers\' certificates, and point transport_url at the brokers\' TLS port (5671 by default).',
      ].join('\n'),
    fix: { label: 'set [oslo_messaging_rabbit] ssl = true (the brokers must serve TLS there)', edits: (context) => tlsOnEdits(context, rabbitBrokers(context)!) },
  },
  {
    id: 'messaging-rabbit-hostname-unverified',
    group: (group) => group.name === 'DEFAULT' || group.name === 'oslo_messaging_notifications',
    option: 'transport_url',
    reads: [RABBIT],
    when: (context) => {
      const url = rabbitBrokers(context);
      const rabbit = context.read(RABBIT);
      return (
        url !== null &&
        'ssl_enforce_hostname_verification' in rabbit &&
        usesTls(context, url) === true &&
        !(isText(rabbit.ssl_ca_file) && rabbit.ssl_enforce_hostname_verification === true)
      );
    },
    severity: 'warning',
    title: (context) => `[${context.group}] transport_url: TLS to ${brokerList(rabbitBrokers(context)!)} without checking the broker's name`,
    explanation: [
      'oslo.messaging checks the broker\'s certificate against the broker\'s host name only with both [oslo_messaging_rabbit] ssl_ca_file and ssl_enforce_hostname_verification = true. Otherwise any certificate signed by a trusted CA (ssl_ca_file, or the system\'s CAs without it) is accepted, whatever name it was issued for.',
      'Anyone on the network path holding such a certificate for any name can pose as the broker: read the credentials and messages, and send forged RPC calls.',
      'What to do: set ssl_ca_file to the CA that signed the brokers\' certificates and ssl_enforce_hostname_verification = true, with transport_url naming the brokers by the names in their certificates.',
    ].join('\n'),
    fix: {
      label: 'set [oslo_messaging_rabbit] ssl_enforce_hostname_verification = true (it needs ssl_ca_file too)',
      edits: () => [{ group: RABBIT, option: 'ssl_enforce_hostname_verification', value: true }],
    },
  },
];
