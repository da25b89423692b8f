/** What oslo.messaging's `TransportURL.parse` reads from a transport URL, as far as the security rules need it. */
export interface TransportUrl {
  transport: string;
  /** `host:port` of each broker, the port as written (or none). */
  hosts: string[];
  /** The query's parameters, each one's values joined with `,` as oslo.messaging joins them. */
  query: Map<string, string>;
}

/**
 * Parses a transport URL as oslo.messaging does (urllib's `urlparse` and `parse_qs`): null when it has no scheme.
 * Query parameters override the driver's options of the same name (oslo.messaging's ConfigOptsProxy).
 */
export function parseTransportUrl(url: string): TransportUrl | null {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url);
  if (!scheme) return null;
  const rest = url.slice(scheme[0].length).replace(/#.*$/s, '');
  const [beforeQuery, queryText = ''] = splitOnce(rest, '?');
  const netloc = beforeQuery.startsWith('//') ? beforeQuery.slice(2).split('/')[0]! : '';
  const hosts = netloc
    .split(',')
    .filter((host) => host !== '')
    .map((host) => host.slice(host.lastIndexOf('@') + 1))
    .filter((host) => host !== '');
  const query = new Map<string, string>();
  for (const pair of queryText.split('&')) {
    const [rawKey, rawValue] = splitOnce(pair, '=');
    const key = decode(rawKey);
    const value = decode(rawValue ?? '');
    // parse_qs drops parameters without a value.
    if (!key || !value) continue;
    query.set(key, query.has(key) ? `${query.get(key)},${value}` : value);
  }
  return { transport: scheme[1]!.toLowerCase(), hosts, query };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
