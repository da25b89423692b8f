// Valid values of an option, chosen at random within what its real oslo type accepts (what generator output says,
// and what the service's own option checks beyond it: a regex, item types, a length): to fill every option of a
// service's file.
import type { OptionSchema, OptionValue } from '../../src/core/schema/types';
import type { OsloOptionFacts } from '../interop/oslo';

/** A small seeded random source (mulberry32), so that a run can be repeated from its seed. */
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  return { next, int, pick };
}

export type Random = ReturnType<typeof randomSource>;

// Texts an INI writer must quote or escape, which every string option without a check of its own accepts.
const TEXTS = ['value', 'two words', ' spaced ', 'pa$$word', '$dollar', '"quoted"', "it's", '#hash', 'a;b', 'k=v', 'ünïcödé', 'a\\b', 'x,y'];
const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'nova_1', 'a-b', 'x.y'];

const KNOWN_ITEMS = ['String', 'Integer', 'Port', 'IPAddress', 'HostAddress', 'HostDomain', 'Hostname', 'Dict'];

const host = (random: Random) => `host-${random.int(1, 99)}.example.org`;
const ip = (random: Random) => (random.next() < 0.5 ? `192.0.2.${random.int(1, 254)}` : `2001:db8::${random.int(1, 9999).toString(16)}`);

/** A value the real option accepts, or null where none can be told (a type of the service's own code). */
export function validValue(option: OptionSchema, facts: OsloOptionFacts, random: Random): OptionValue | null {
  if (option.facts?.customType || (option.facts?.item && !KNOWN_ITEMS.includes(option.facts.item.type))) return null;
  const choices = option.choices.map((choice) => choice.value).filter((value) => value !== null);
  const low = option.min ?? (option.type === 'port' ? 1 : 0);
  const high = option.max ?? (option.type === 'port' ? 65535 : low + 1000);
  const item = (itemType: string | null): string | null => {
    if (facts.item_choices?.length) return random.pick(facts.item_choices);
    if (itemType === 'String' || itemType === null) return random.pick(WORDS);
    if (itemType === 'Integer' || itemType === 'Port') {
      return String(random.int(Math.max(facts.item_min ?? 0, 0), Math.min(facts.item_max ?? 65535, 65535)));
    }
    if (itemType === 'IPAddress' || itemType === 'HostAddress') return ip(random);
    if (itemType === 'HostDomain' || itemType === 'Hostname') return host(random);
    if (itemType === 'Dict') return `${random.pick(WORDS)}:${random.pick(WORDS)}`;
    return null;
  };
  switch (option.type) {
    case 'boolean':
      return random.next() < 0.5;
    case 'integer':
    case 'port':
      return choices.length ? (random.pick(choices) as number) : random.int(low, high);
    case 'float':
      return choices.length ? (random.pick(choices) as number) : Math.round((low + random.next() * (high - low)) * 100) / 100;
    case 'string': {
      if (choices.length) return String(random.pick(choices));
      if (facts.regex) {
        const pattern = new RegExp(facts.regex);
        const candidates = ['auto', '1', '1.5', '20', 'value', 'a-b'].filter((text) => pattern.test(text));
        return candidates.length ? random.pick(candidates) : null;
      }
      const text = random.pick(TEXTS);
      return facts.max_length ? text.slice(0, facts.max_length) : text;
    }
    case 'multi': {
      const items = Array.from({ length: random.int(1, 3) }, () =>
        option.facts?.item ? item(option.facts.item.type) : String(choices.length ? random.pick(choices) : random.pick(TEXTS)),
      );
      return items.every((value) => value !== null) ? (items as string[]) : null;
    }
    case 'list': {
      const items = Array.from({ length: random.int(1, 3) }, () => item(facts.item_type));
      return items.every((value) => value !== null) ? (items as string[]) : null;
    }
    case 'dict': {
      const values = Array.from({ length: random.int(1, 3) }, () => item(facts.item_type));
      if (values.some((value) => value === null)) return null;
      return Object.fromEntries(values.map((value, index) => [`key${index}`, value!]));
    }
    case 'uri':
      return `${facts.schemes?.length ? random.pick(facts.schemes) : random.pick(['http', 'https'])}://${host(random)}:${random.int(1, 65535)}/v${random.int(1, 3)}`;
    case 'hostaddress':
      return random.next() < 0.5 ? host(random) : ip(random);
    case 'hostdomain':
      return random.next() < 0.5 ? `${host(random).replace('-', '_')}` : ip(random);
    case 'hostname':
      return host(random);
    case 'ipaddress':
      return ip(random);
    case 'range': {
      const start = random.int(Math.max(low, 0), Math.max(low, 0) + 100);
      return `${start}-${start + random.int(0, 50)}`;
    }
    case 'unknown':
      // What a service's own conversion accepts is its code's to say; the default it ships is one such text.
      return typeof option.default === 'string' && option.default !== '' ? option.default : null;
  }
}
