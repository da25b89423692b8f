// What the generator's placeholders for a default worked out where the service runs stand for.
const MEANINGS: [RegExp, string][] = [
  [/^<(host_ipv4|HOST_IP_ADDRESS|your_ip)>$/i, 'the IP address of this host'],
  [/^<(current_hostname|hostname|your_hostname|server-hostname\.example\.com)>$/i, 'the name of this host'],
  [/^multiprocessing\.cpu_count\(\)$/, 'the number of CPUs of this host'],
  [/^<path>$/i, 'a path on this host'],
];

/**
 * What a documentation default means, for an operator: `<host_ipv4>` is "the IP address of this host". Another text is
 * given as the generator wrote it.
 */
export function describeDefaultText(text: string): string {
  return MEANINGS.find(([pattern]) => pattern.test(text))?.[1] ?? text;
}
