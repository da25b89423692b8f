// oslo's HostAddress / HostDomain: an IP address (as inet_pton reads it) or a host name of dot-separated
// labels. Python's IGNORECASE also lets a few non-ASCII letters (İ ı ſ K) match [A-Z].
// Python's `$` also matches before a final "\n", so a label may end with one (`$` can insert an empty value).
const LABEL = /^(?!-)[A-Z0-9\u0130\u0131\u017f\u212a-]{1,63}(?<!-)\n?$/i;
const DOMAIN_LABEL = /^(?!-)[A-Z0-9\u0130\u0131\u017f\u212a_-]{1,63}(?<!-)\n?$/i;
const IPV4_PART = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${IPV4_PART}(?:\\.${IPV4_PART}){3}$`);

function isIPv4(text: string): boolean {
  return IPV4.test(text);
}

function isIPv6(text: string): boolean {
  let head = text;
  let groupsAvailable = 8;
  const lastColon = text.lastIndexOf(':');
  if (lastColon >= 0 && text.slice(lastColon + 1).includes('.')) {
    if (!isIPv4(text.slice(lastColon + 1))) return false;
    head = text.slice(0, lastColon + 1) + '0';
    groupsAvailable = 7;
  }
  const hex = /^[0-9a-f]{1,4}$/i;
  const halves = head.split('::');
  if (halves.length > 2) return false;
  const parts = (half: string) => (half === '' ? [] : half.split(':'));
  if (halves.length === 1) {
    const groups = parts(head);
    return groups.length === groupsAvailable && groups.every((g) => hex.test(g));
  }
  const groups = [...parts(halves[0]!), ...parts(halves[1]!)];
  return groups.length < groupsAvailable && groups.every((g) => hex.test(g));
}

/** Checks a host name as oslo's Hostname type does; returns the name oslo keeps (without a final dot). */
export function checkHostname(value: string, label: RegExp = LABEL): { value: string } | { error: string } {
  if (value.length === 0) return { error: 'Cannot have an empty hostname' };
  if (value.length > 253) return { error: `hostname is greater than 253 characters: ${value}` };
  const name = value.endsWith('.') ? value.slice(0, -1) : value;
  const labels = name.split('.');
  if (!/[a-zA-Z-]/.test(labels[labels.length - 1]!)) {
    return {
      error: `${name} contains no non-numeric characters in the top-level domain part of the host name and is invalid`,
    };
  }
  if (!labels.every((part) => label.test(part))) return { error: `${name} is an invalid hostname` };
  return { value: name };
}

/** oslo's IPAddress type, of one version where the option says so (generator output leaves it out). */
export function checkIpAddress(value: string, version?: 4 | 6): { value: string } | { error: string } {
  if (!value) return { error: 'IP address cannot be an empty string' };
  if (version === 4) return isIPv4(value) ? { value } : { error: `${value} is not an IPv4 address` };
  if (version === 6) return isIPv6(value) ? { value } : { error: `${value} is not an IPv6 address` };
  return isIPv4(value) || isIPv6(value) ? { value } : { error: `${value} is not IPv4 or IPv6 address` };
}

/** oslo's HostAddress type, or with `allowUnderscore` its HostDomain type; of one IP version where given. */
export function checkHostAddress(value: string, allowUnderscore: boolean, version?: 4 | 6): { value: string } | { error: string } {
  if (value && 'value' in checkIpAddress(value, version)) return { value };
  const host = checkHostname(value, LABEL);
  if ('value' in host) return host;
  if (allowUnderscore) {
    const domain = checkHostname(value, DOMAIN_LABEL);
    if ('value' in domain) return domain;
  }
  return { error: `${value} is not a valid host address` };
}
