import type { Peer } from './types';

interface Known {
  noun: string;
  tampering?: (client: string) => string;
  waiting?: string;
  timeoutBounds?: string;
}

// The service a client group of the catalog's services talks to, by the group's name.
const KNOWN: Record<string, Known> = {
  glance: {
    noun: 'image service',
    tampering: (client) => `hand ${client} altered images that it then boots`,
    waiting: ' (booting, snapshotting, listing images)',
    timeoutBounds: 'not a whole download, so large images still download',
  },
  neutron: { noun: 'networking service', tampering: (client) => `hand ${client} forged ports, addresses and security groups` },
  cinder: { noun: 'block storage service', tampering: (client) => `hand ${client} forged volume connection details` },
  nova: { noun: 'compute service' },
  placement: { noun: 'placement service', tampering: (client) => `hand ${client} forged resource inventories and allocations` },
  keystone: { noun: 'identity service', tampering: (client) => `hand ${client} forged tokens and service catalogs` },
  keystone_authtoken: { noun: 'identity service', tampering: (client) => `have ${client} accept forged tokens as valid` },
  oslo_limit: { noun: 'identity service', tampering: (client) => `hand ${client} forged unified limits` },
  ironic: { noun: 'bare metal service' },
  inspector: { noun: 'bare metal inspection service' },
  cyborg: { noun: 'accelerator service' },
  swift: { noun: 'object storage service', tampering: (client) => `hand ${client} altered objects` },
  vendordata_dynamic_auth: { noun: 'dynamic vendordata service', tampering: (client) => `hand ${client} forged vendordata for its instances` },
};

/** Who the connections made with a group's settings reach. */
export function peerOf(group: string): Peer {
  const known = KNOWN[group];
  const tampering = known?.tampering ?? ((client: string) => `send ${client} forged answers`);
  const waiting = known?.waiting ?? '';
  const timeoutBounds = known?.timeoutBounds ?? 'not a whole transfer';
  if (!known) {
    return {
      to: `the services it reaches with the [${group}] settings`,
      one: 'a service',
      whose: 'their',
      real: 'the real services from impostors',
      tampering,
      waiting,
      timeoutBounds,
    };
  }
  const article = /^[aeiou]/.test(known.noun) ? 'an' : 'a';
  return {
    to: `the ${known.noun}`,
    one: `${article} ${known.noun}`,
    whose: `the ${known.noun}'s`,
    real: `the real ${known.noun} from an impostor`,
    tampering,
    waiting,
    timeoutBounds,
  };
}
