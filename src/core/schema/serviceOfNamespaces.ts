// The namespace under which each service's generator lists its own options (its `*-config-generator.conf`).
const SERVICE_BY_NAMESPACE: Record<string, string> = {
  'nova.conf': 'nova',
  'glance.api': 'glance',
  cinder: 'cinder',
  neutron: 'neutron',
  keystone: 'keystone',
  'placement.conf': 'placement',
  manila: 'manila',
  'barbican.common.config': 'barbican',
  'heat.common.config': 'heat',
  octavia: 'octavia',
  ironic: 'ironic',
  // The seed's module: nova's [glance] options, as the seed registers them.
  'seed.glance.with_deprecated': 'nova',
};

/** The service whose options these are, by the namespace of its own options; undefined when none is known. */
export function serviceOfNamespaces(namespaces: Iterable<string>): string | undefined {
  for (const namespace of namespaces) {
    const service = SERVICE_BY_NAMESPACE[namespace];
    if (service) return service;
  }
  return undefined;
}
