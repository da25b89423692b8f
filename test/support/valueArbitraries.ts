// fast-check generators of option values, of every type, biased towards what breaks INI writers: `$`, quotes,
// spaces at the ends, comment and separator characters, backslashes and Unicode whitespace and line separators.
import fc from 'fast-check';
import type { GroupValues } from '../../src/core/ini/writeSection';
import type { GroupSchema, OptionSchema, OptionValue } from '../../src/core/schema/types';

export const HOSTILE_UNITS = [
  '$', '$$', '${', '}', '"', "'", ' ', '\t', '#', ';', '=', ':', ',', '\\', '\\$', '[', ']', '%', '.', '/',
  '\u00a0', '\u3000', '\u200b', '\ufeff', '\u2028', '\u0085', '\u000b', '\u000c', '\u001c', '\u0000', '\u{1f600}',
  '\u00e9', '\u212a', 'a', 'b', 'x', '1', '-', '_',
];

/** Text made of hostile pieces; `lineBreaks` adds \n and \r, which no INI line can hold. */
export function hostileString(options: { maxLength?: number; lineBreaks?: boolean } = {}) {
  const units = options.lineBreaks ? [...HOSTILE_UNITS, '\n', '\r', '\r\n'] : HOSTILE_UNITS;
  return fc.string({ unit: fc.constantFrom(...units), maxLength: options.maxLength ?? 8 });
}

const word = fc.stringMatching(/^[a-z][a-z0-9_.-]{0,7}$/);

/** Host names, IP addresses and near misses, for host address, host domain and URI options. */
export const hostText = fc.oneof(
  fc.constantFrom(
    'localhost', 'Example.COM', 'a.b.', 'a_b.com', 'A_B', '1.2.3.4', '::1', '::ffff:1.2.3.4', 'fe80::1', '1.2.3',
    '256.1.1.1', '01.2.3.4', '-a.com', 'a-.com', 'a..b', 'bücher.de', '[::1]', 'a b', '*.a.com', 'a:b', '\u017f.com',
    '\u212a.com', 'x'.repeat(63) + '.com', 'x'.repeat(64) + '.com', '',
  ),
  fc.array(fc.stringMatching(/^[a-zA-Z0-9_-]{1,6}$/), { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.')),
  fc.tuple(fc.nat(300), fc.nat(255), fc.nat(255), fc.nat(255)).map((octets) => octets.join('.')),
);

const uriText = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('http', 'https', 'HTTP', 'rabbit', 'mysql+pymysql', 'http', 'https', '1http', ''),
      fc.constantFrom('://', '://', '://', ':', '//'),
      fc.oneof(fc.constantFrom('h', 'localhost', '10.0.0.1', '[::1]', 'user:pw@h', 'Example.COM'), hostText),
      fc.option(fc.integer({ min: 0, max: 99999 }).map((port) => `:${port}`), { nil: '' }),
      fc.option(hostileString({ maxLength: 6 }).map((path) => `/${path}`), { nil: '' }),
    )
    .map((parts) => parts.join('')),
  hostileString(),
);

function numberIn(option: OptionSchema, integer: boolean) {
  const low = option.min ?? (option.type === 'port' ? 0 : -1000);
  const high = option.max ?? (option.type === 'port' ? 65535 : 1000);
  if (!integer) return fc.double({ min: low - 1, max: high + 1, noNaN: true });
  return fc.integer({ min: low - 3, max: high + 3 });
}

/** Values of the option's type (JavaScript's: numbers for integers), valid or not for oslo. */
export function valueOf(option: OptionSchema, text = hostileString()): fc.Arbitrary<OptionValue> {
  const choices = option.choices.map((choice) => choice.value).filter((value) => value !== null);
  switch (option.type) {
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'port':
      return fc.oneof(
        { weight: 6, arbitrary: choices.length ? fc.constantFrom(...(choices as number[])) : numberIn(option, true) },
        { weight: 2, arbitrary: fc.integer() },
        { weight: 1, arbitrary: fc.constantFrom(2 ** 53 + 2, 1e21, -1e300, 0.5, null) },
      );
    case 'float':
      return fc.oneof(
        { weight: 4, arbitrary: numberIn(option, false) },
        { weight: 2, arbitrary: fc.double() },
        { weight: 1, arbitrary: fc.constantFrom(Infinity, -Infinity, NaN, -0, 5e-324, 1e16, 1e-5, null) },
      );
    case 'list':
      return fc.array(fc.oneof(word, text), { maxLength: 4 });
    case 'dict':
      return fc.dictionary(fc.oneof(word, text), fc.oneof(word, text), { maxKeys: 3, noNullPrototype: true });
    case 'multi':
      return fc.array(choices.length ? fc.constantFrom(...(choices as string[])) : fc.oneof(word, text), { maxLength: 4 });
    case 'uri':
      return uriText;
    case 'hostaddress':
    case 'hostdomain':
      return fc.oneof({ weight: 4, arbitrary: hostText }, { weight: 1, arbitrary: text });
    default:
      return choices.length
        ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...(choices as string[])) }, { weight: 1, arbitrary: text })
        : fc.oneof(word, text);
  }
}

/** Values for some of a group's options (absent ones unset); `overrides` replaces the generator of an option. */
export function groupValues(
  group: GroupSchema,
  overrides: Record<string, fc.Arbitrary<OptionValue>> = {},
): fc.Arbitrary<GroupValues> {
  const model = Object.fromEntries(group.options.map((option) => [option.dest, overrides[option.dest] ?? valueOf(option)]));
  return fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<GroupValues>;
}
