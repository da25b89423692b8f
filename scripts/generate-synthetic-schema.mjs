#!/usr/bin/env node
// Writes a deterministic synthetic `oslo-config-generator --format json` schema with the type mix of nova 26's
// real nova.conf (59 groups, 1,055 options), for the benchmark. Same seed, same bytes: no dependencies, no clock.
//
//   node scripts/generate-synthetic-schema.mjs [--out FILE]   (default bench/schemas/synthetic-1000.json)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** nova.conf's option types, by the generator's display name, with nova 26's counts. */
export const TYPE_MIX = {
  'string value': 501,
  'integer value': 240,
  'boolean value': 190,
  'list value': 52,
  'floating point value': 41,
  'multi valued': 8,
  'port value': 8,
  'uri value': 7,
  'host address value': 5,
  'host domain value': 2,
  'dict value': 1,
};
export const OLD_NAMES = 150;
export const DEPRECATED_FOR_REMOVAL = 22;
export const SECRETS = 22;

// nova 26's groups, in the generator's (sorted) order.
const GROUPS = [
  'DEFAULT', 'api', 'api_database', 'barbican', 'barbican_service_user', 'cache', 'cinder', 'compute',
  'conductor', 'console', 'consoleauth', 'cors', 'cyborg', 'database', 'devices', 'ephemeral_storage_encryption',
  'filter_scheduler', 'glance', 'guestfs', 'healthcheck', 'hyperv', 'image_cache', 'ironic', 'key_manager',
  'keystone', 'keystone_authtoken', 'libvirt', 'metrics', 'mks', 'neutron', 'notifications', 'oslo_concurrency',
  'oslo_limit', 'oslo_messaging_amqp', 'oslo_messaging_kafka', 'oslo_messaging_notifications',
  'oslo_messaging_rabbit', 'oslo_middleware', 'oslo_policy', 'oslo_reports', 'pci', 'placement', 'privsep',
  'profiler', 'quota', 'rdp', 'remote_debug', 'scheduler', 'serial_console', 'service_user', 'spice',
  'upgrade_levels', 'vault', 'vendordata_dynamic_auth', 'vmware', 'vnc', 'workarounds', 'wsgi', 'zvm',
];

// Groups whose options keystoneauth registers: their names use `-` where the dest uses `_`, as in the seed.
const KEYSTONEAUTH_GROUPS = new Set([
  'barbican_service_user', 'cinder', 'cyborg', 'glance', 'ironic', 'keystone', 'neutron', 'placement',
  'service_user', 'vendordata_dynamic_auth',
]);

const NOUNS = [
  'image', 'instance', 'volume', 'network', 'host', 'cell', 'flavor', 'snapshot', 'console', 'server',
  'migration', 'disk', 'cache', 'quota', 'service', 'compute', 'scheduler', 'block_device', 'port', 'vif',
  'agent', 'metadata', 'keypair', 'aggregate', 'resource', 'allocation', 'provider', 'record', 'queue',
  'connection', 'pool', 'worker', 'request', 'response', 'token', 'endpoint', 'policy', 'upgrade', 'build',
  'rescue', 'resize', 'shelve', 'evacuate', 'vnc', 'serial', 'usb', 'cpu', 'memory', 'numa', 'pci', 'vgpu',
];
const SUFFIXES = {
  'string value': ['driver', 'path', 'name', 'format', 'mode', 'user', 'prefix', 'dir', 'template', 'backend', 'file', 'model'],
  'integer value': ['timeout', 'retries', 'interval', 'count', 'size_mb', 'limit', 'workers', 'ttl', 'batch_size', 'delay'],
  'boolean value': ['enabled', 'verify', 'use_cow', 'allow_resize', 'force', 'preallocate', 'cleanup', 'debug'],
  'list value': ['servers', 'filters', 'weighers', 'hosts', 'schemes', 'flags', 'extensions'],
  'floating point value': ['ratio', 'weight_multiplier', 'threshold', 'factor'],
  'multi valued': ['passthrough_whitelist', 'alias', 'mapping'],
  'port value': ['port'],
  'uri value': ['url', 'endpoint', 'connection'],
  'host address value': ['host', 'listen', 'address'],
  'host domain value': ['hostname', 'proxy_host'],
  'dict value': ['properties'],
};
const SECRET_SUFFIXES = ['password', 'secret', 'key', 'token'];

const VERBS = ['controls', 'sets', 'limits', 'selects', 'defines', 'enables', 'determines', 'configures'];
const CONTEXTS = [
  'when the compute service starts',
  'for every request to the image service',
  'while instances are being migrated between hosts',
  'during periodic tasks on the compute host',
  'when the scheduler selects a destination host',
  'for connections to the message queue',
  'when volumes are attached to an instance',
  'for the metadata service',
  'when the API service handles a request',
  'for each cell in the deployment',
];
const REMARKS = [
  'Changing this value requires a restart of the service.',
  'This option only has an effect when the corresponding driver is enabled.',
  'Operators should leave the default unless they understand the consequences for their deployment.',
  'A value that is too small can cause requests to fail under load; a value that is too large delays the detection of failures.',
  'The value is read once at startup and cached for the lifetime of the process.',
  'This setting is only used by the libvirt driver; other drivers ignore it.',
  'Note that the value applies to every host that shares this configuration file.',
];
const RELEASES = ['14.0.0', '15.0.0', '16.0.0', '17.0.0', '18.0.0', '19.0.0', '20.0.0', '21.0.0', '22.0.0', '23.0.0', '24.0.0', '25.0.0'];

/** mulberry32: a small seeded PRNG, so the schema is the same on every machine and Node version. */
function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below) => Math.floor(next() * below);
  const pick = (items) => items[int(items.length)];
  const chance = (p) => next() < p;
  const shuffle = (items) => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = int(i + 1);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  return { int, pick, chance, shuffle };
}

export function generateSyntheticSchema(seed = 20260) {
  const random = createRandom(seed);
  const types = random.shuffle(Object.entries(TYPE_MIX).flatMap(([type, count]) => Array(count).fill(type)));
  const sizes = groupSizes(random, types.length);
  const usedDests = new Set();
  const drafts = [];
  let next = 0;
  GROUPS.forEach((group, groupIndex) => {
    for (let i = 0; i < sizes[groupIndex]; i += 1) {
      const type = types[next++];
      drafts.push({ group, type, dest: uniqueDest(random, type, usedDests) });
    }
  });

  // Special traits go to distinct options, chosen by type where oslo would put them.
  const strings = random.shuffle(drafts.filter((draft) => draft.type === 'string value'));
  const secrets = new Set(strings.slice(0, SECRETS));
  const withChoices = new Set(strings.slice(SECRETS, SECRETS + 45));
  const removed = new Set(random.shuffle(drafts).slice(0, DEPRECATED_FOR_REMOVAL));
  const renamed = new Set(random.shuffle(drafts.filter((draft) => draft.group !== 'DEFAULT')).slice(0, OLD_NAMES));

  const options = {};
  const deprecatedOptions = {};
  for (const group of GROUPS) {
    options[group] = {
      driver_option: '',
      driver_opts: {},
      dynamic_group_owner: '',
      help: group === 'DEFAULT' ? '' : `Configuration options for ${group.replaceAll('_', ' ')}.`,
      opts: [],
      standard_opts: [],
    };
  }
  for (const draft of drafts) {
    if (secrets.has(draft)) draft.dest = uniqueDest(random, 'secret', usedDests);
    const option = buildOption(random, draft, {
      secret: secrets.has(draft),
      choices: withChoices.has(draft),
      removed: removed.has(draft),
    });
    if (renamed.has(draft)) {
      // Most old names are options that moved out of [DEFAULT]; the rest were renamed within their group.
      const old = random.chance(2 / 3)
        ? { group: 'DEFAULT', name: draft.dest }
        : { group: null, name: uniqueDest(random, draft.type, usedDests) };
      option.deprecated_opts.push(old);
      (deprecatedOptions[old.group ?? draft.group] ??= []).push({
        name: old.name,
        replacement_group: draft.group,
        replacement_name: draft.dest,
      });
    }
    options[draft.group].opts.push(option);
    options[draft.group].standard_opts.push(option.name);
  }

  return {
    deprecated_options: sortKeys(deprecatedOptions),
    generator_options: {
      config_dir: [],
      config_file: [],
      config_source: [],
      format_: 'json',
      minimal: false,
      namespace: ['nova.conf', 'synthetic'],
      output_file: 'bench/schemas/synthetic-1000.json',
      summarize: false,
      wrap_width: 80,
    },
    options,
  };
}

/** Sizes that add up to `total`: a large [DEFAULT] and [libvirt], a long tail of small groups, as in nova. */
function groupSizes(random, total) {
  const weights = GROUPS.map((group) => {
    if (group === 'DEFAULT') return 14;
    if (group === 'libvirt') return 10;
    return 0.3 + random.int(100) / 40;
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((weight) => Math.max(1, Math.floor((weight / sum) * total)));
  for (let i = 0; sizes.reduce((a, b) => a + b, 0) < total; i = (i + 1) % sizes.length) sizes[i] += 1;
  return sizes;
}

function uniqueDest(random, type, used) {
  const suffix = type === 'secret' ? random.pick(SECRET_SUFFIXES) : random.pick(SUFFIXES[type]);
  const base = type === 'boolean value' && random.chance(0.4)
    ? `enable_${random.pick(NOUNS)}_${random.pick(NOUNS)}`
    : `${random.pick(NOUNS)}_${suffix}`;
  let dest = base;
  for (let n = 2; used.has(dest); n += 1) dest = `${base}_${n}`;
  used.add(dest);
  return dest;
}

function buildOption(random, { group, type, dest }, traits) {
  const option = {
    advanced: random.chance(0.05),
    choices: [],
    default: null,
    deprecated_for_removal: traits.removed,
    deprecated_opts: [],
    deprecated_reason: traits.removed ? deprecationReason(random) : null,
    deprecated_since: traits.removed ? random.pick(RELEASES) : null,
    dest,
    help: help(random, dest),
    max: null,
    metavar: null,
    min: null,
    mutable: random.chance(0.1),
    name: KEYSTONEAUTH_GROUPS.has(group) ? dest.replaceAll('_', '-') : dest,
    namespace: group.startsWith('oslo_') ? group.split('_').slice(0, 2).join('.') : 'nova.conf',
    positional: false,
    required: false,
    sample_default: null,
    secret: traits.secret,
    short: null,
    type,
  };
  switch (type) {
    case 'string value':
      if (traits.choices) {
        option.choices = Array.from({ length: 2 + random.int(4) }, (_, i) => [
          `${random.pick(NOUNS)}${i}`,
          random.chance(0.6) ? `Use the ${random.pick(NOUNS)} ${random.pick(SUFFIXES[type])}.` : null,
        ]);
        option.default = random.pick(option.choices)[0];
      } else if (!traits.secret) {
        option.default = random.pick([null, null, '', 'nova', `/var/lib/nova/${dest}`, random.pick(NOUNS)]);
      }
      break;
    case 'integer value':
      if (random.chance(0.5)) option.min = random.pick([0, 0, 1, -1]);
      if (option.min !== null && random.chance(0.3)) option.max = option.min + 10 + random.int(3600);
      option.default = random.chance(0.15) ? null : (option.min ?? 0) + random.int(option.max === null ? 600 : option.max - (option.min ?? 0));
      break;
    case 'floating point value':
      if (random.chance(0.4)) option.min = 0;
      option.default = random.int(40) / 4;
      break;
    case 'boolean value':
      option.default = random.chance(0.35);
      break;
    case 'list value':
      option.default = random.pick([null, [], [], ['internal', 'public'], [random.pick(NOUNS), random.pick(NOUNS)]]);
      break;
    case 'multi valued':
      option.default = [];
      break;
    case 'port value':
      option.min = 0;
      option.max = 65535;
      option.default = 5000 + random.int(4000);
      break;
    case 'uri value':
      option.default = random.chance(0.5) ? null : `http://127.0.0.1:${5000 + random.int(4000)}/v${1 + random.int(3)}`;
      break;
    case 'host address value':
      option.default = random.pick(['0.0.0.0', '127.0.0.1', '::']);
      option.sample_default = '<host_ipv4>';
      break;
    case 'host domain value':
      option.default = 'localhost';
      break;
    case 'dict value':
      option.default = {};
      break;
  }
  return option;
}

function sentence(random, dest) {
  return `This option ${random.pick(VERBS)} the ${dest.replaceAll('_', ' ')} ${random.pick(CONTEXTS)}.`;
}

/** Like nova's help: one line for some, several paragraphs with "Possible values" and "Related options" for others. */
function help(random, dest) {
  if (random.chance(0.35)) return sentence(random, dest);
  const paragraphs = [`${sentence(random, dest)} ${random.pick(REMARKS)}`];
  if (random.chance(0.6)) paragraphs.push(`${random.pick(REMARKS)} ${random.pick(REMARKS)}`);
  if (random.chance(0.5)) {
    paragraphs.push('Possible values:', `* Any ${random.pick(['positive integer', 'valid path', 'string', 'hostname'])}\n* ${random.pick(REMARKS)}`);
  }
  if (random.chance(0.3)) {
    paragraphs.push('Related options:', `* \`\`${random.pick(NOUNS)}_${random.pick(SUFFIXES['string value'])}\`\``);
  }
  return `\n${paragraphs.map(wrap).join('\n\n')}\n`;
}

/** Wraps at 79 columns, as nova's help texts are written in the source. */
function wrap(paragraph) {
  if (paragraph.startsWith('*')) return paragraph;
  const lines = [''];
  for (const word of paragraph.split(' ')) {
    const last = lines.length - 1;
    if (lines[last] && lines[last].length + 1 + word.length > 79) lines.push(word);
    else lines[last] = lines[last] ? `${lines[last]} ${word}` : word;
  }
  return lines.join('\n');
}

function deprecationReason(random) {
  const subject = `${random.pick(NOUNS)} ${random.pick(SUFFIXES['string value'])}`;
  return `\n${wrap(`This option is no longer used since the ${subject} was removed. ${random.pick(REMARKS)}`)}\n`;
}

function sortKeys(record) {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outFlag = process.argv.indexOf('--out');
  const out = resolve(outFlag === -1 ? 'bench/schemas/synthetic-1000.json' : process.argv[outFlag + 1]);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(generateSyntheticSchema(), null, 2)}\n`);
  console.log(`wrote ${out}`);
}
