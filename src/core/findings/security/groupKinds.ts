import type { GroupSchema, OptionType } from '../../schema/types';

const holds = (group: GroupSchema, options: Record<string, OptionType>) =>
  Object.entries(options).every(([dest, type]) => group.options.some((option) => option.dest === dest && option.type === type));

/** keystoneauth's session options (`register_session_conf_options`): the group configures a keystoneauth client. */
export function isKeystoneauthSession(group: GroupSchema): boolean {
  return holds(group, {
    insecure: 'boolean',
    cafile: 'string',
    certfile: 'string',
    keyfile: 'string',
    timeout: 'integer',
    collect_timing: 'boolean',
    split_loggers: 'boolean',
  });
}

/** keystonemiddleware's auth_token options: the service's API validates tokens with these. */
export function isKeystonemiddlewareAuthToken(group: GroupSchema): boolean {
  return holds(group, {
    www_authenticate_uri: 'string',
    insecure: 'boolean',
    cafile: 'string',
    certfile: 'string',
    keyfile: 'string',
    http_connect_timeout: 'integer',
  });
}

/** A group whose TLS settings become a keystoneauth session: keystoneauth's own, or keystonemiddleware's. */
export function isTlsClient(group: GroupSchema): boolean {
  return isKeystoneauthSession(group) || isKeystonemiddlewareAuthToken(group);
}
