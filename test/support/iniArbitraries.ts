// fast-check generators of INI files in oslo's dialect: valid and broken lines, continuations, comments, odd
// sections, old names, duplicates, `$` references and bad values, with LF, CRLF or lone CR line endings.
import fc from 'fast-check';
import type { ConfigSchema } from '../../src/core/schema/types';

export interface Dialect {
  sections: string[];
  keys: string[];
  values: string[];
}

const COMMON_VALUES = [
  // numbers, booleans
  '0', '3', '-1', '11', '+3', '007', '1_000', '\u0663', '1.5', '0x10', '1e3', ' 3 ', '65535', '65536', '99999',
  '.5', 'inf', '-inf', 'nan', '1,5', '-0.1', '10.5', '-0', '1e400', '1e-5', '1e16', '0.1', '99999999999999999999999',
  'true', 'Yes', 'ON', 'off', 'tru', '"true"', '',
  // lists and dicts
  'a,b', 'a, ,', 'a,,b', ',a', 'a,', ',', ' , ', '"a, b"', '[a]', 'a\u00a0, \u3000b', '"a","b"',
  'a:1,b:2', 'a:1,a:2', 'a', 'a:1,', 'a:b:c', ':1', 'a:1,,b:2', 'a=1',
  // URIs and hosts
  'http://h', 'https://h:9292/x', 'HTTP://H', 'h', 'http://', '//h/x', 'http://[::1]:80', 'http://a b',
  '1.2.3.4', '::1', 'a.b.', 'a_b.com', '1.2.3', '-a.com', 'localhost', 'Example.COM',
  // strings, quotes, comment characters
  '"  a  "', "'x'", '"', '""', "''", '"a\'', 'a # b', 'a ; b', '=x', 'a\tb', 'a = b', 's : v', '[x]',
  // `$` escapes and mistakes
  '$$', '\\$', 'a\\$b', '$$foo', '$1', 'a$', '${}', '$ {x}', '$.x', '%(x)s', '$foo', '${foo}', '$FOO', '$numé',
  // unicode at the ends and inside
  '\u00a0x\u00a0', 'x\u200b', '\ufeffx', 'a\u2028b', 'x\u0085', '\u3000', 'caf\u00e9', '\u{1f600}', 'a\u0000b',
  '\u000bx\u000c', '\u001cx\u001f', 'K.com', '\u0131', '\u0130', '\u017f',
];

export function dialect(schema: ConfigSchema, extra: { sections: string[]; keys: string[]; values: string[] }): Dialect {
  const dests = schema.groups.flatMap((group) => group.options.map((option) => option.dest));
  const groups = schema.groups.map((group) => group.name).filter((name) => name !== 'DEFAULT');
  const references = schema.groups.flatMap((group) =>
    group.options.flatMap((option) => [`$${option.dest}`, `\${${option.dest}}`, `$${group.name}.${option.dest}`]),
  );
  return {
    sections: [...new Set([...groups, ...groups.map((name) => name.toUpperCase()), 'DEFAULT', 'default', ...extra.sections])],
    keys: [...new Set([...dests, ...extra.keys])],
    values: [...COMMON_VALUES, ...references, ...groups.map((name) => `$${name}`), ...extra.values],
  };
}

const pick = <T>(items: T[]) => fc.constantFrom(...items);

function valueArbitrary(d: Dialect) {
  const one = pick(d.values);
  return fc.oneof(
    { weight: 6, arbitrary: one },
    { weight: 2, arbitrary: fc.tuple(one, one).map(([a, b]) => a + b) },
    { weight: 1, arbitrary: fc.tuple(one, pick([',', ' ', ':', '$', '"']), one).map((parts) => parts.join('')) },
    { weight: 1, arbitrary: fc.string({ unit: pick([...'a1 ,:$"\'#;=\\{}._\t\u00a0\u2028']), maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  );
}

/** Lines that oslo parses, in any order: headers, assignments (maybe continued), comments, blank lines. */
function tameLineArbitrary(d: Dialect) {
  const separator = pick([' = ', '=', ' =', ': ', ':', ' : ', '\t= ']);
  const continuation = fc.tuple(pick([' ', '\t', '  ']), valueArbitrary(d)).map(([ws, v]) => `${ws}${v || 'x'}`);
  const assignment = fc
    .tuple(pick(d.keys), separator, valueArbitrary(d), fc.array(continuation, { maxLength: 2 }))
    .map(([k, s, v, more]) => [`${k}${s}${v}`.trimEnd(), ...more].join('\n'));
  return fc.oneof(
    { weight: 3, arbitrary: pick(d.sections).map((name) => `[${name}]`) },
    { weight: 10, arbitrary: assignment },
    { weight: 1, arbitrary: pick(['# comment', '; comment', '#num_retries = 1', '[glance]   ', '[ glance ]', '[Default]']) },
    { weight: 1, arbitrary: pick(['', '', '  ', '\t']) },
  );
}

/** Any line, including those oslo refuses and indented lines that may join or break the value above. */
function wildLineArbitrary(d: Dialect) {
  return fc.oneof(
    { weight: 12, arbitrary: tameLineArbitrary(d) },
    { weight: 2, arbitrary: fc.tuple(pick([' ', '\t', '  ']), valueArbitrary(d)).map(([ws, v]) => `${ws}${v || 'x'}`) },
    { weight: 1, arbitrary: fc.tuple(pick([' ', '  ']), pick(d.keys), valueArbitrary(d)).map(([ws, k, v]) => `${ws}${k} = ${v}`) },
    { weight: 1, arbitrary: pick(['  # indented comment', '\f', '\fnum_retries = 1', '\f[p]']) },
    {
      weight: 2,
      arbitrary: pick(['no separator here', '= v', ': v', '[glance', '[]', '[glance] # x', '  [glance]', '[glance]]']),
    },
  );
}

export function fileArbitrary(d: Dialect) {
  const lines = fc.oneof(
    { weight: 3, arbitrary: fc.array(tameLineArbitrary(d), { minLength: 1, maxLength: 12 }) },
    { weight: 2, arbitrary: fc.array(wildLineArbitrary(d), { minLength: 1, maxLength: 12 }) },
  );
  return fc
    .record({
      header: fc.oneof({ weight: 9, arbitrary: pick(d.sections).map((name) => [`[${name}]`]) }, { weight: 1, arbitrary: fc.constant([]) }),
      lines,
      eol: pick(['\n', '\n', '\n', '\r\n', '\r']),
      finalNewline: fc.boolean(),
      bom: fc.oneof({ weight: 30, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constant('\ufeff') }),
    })
    .map(({ header, lines, eol, finalNewline, bom }) =>
      bom + [...header, ...lines].join('\n').replaceAll('\n', eol) + (finalNewline ? eol : ''),
    );
}

/** The sections, keys (old names and one unknown key included) and values of small random edits over a schema. */
export function editVocabulary(schema: ConfigSchema, extraSections: string[]) {
  const sections = [...schema.groups.map((group) => group.name), ...extraSections];
  const keys = [
    ...schema.groups.flatMap((group) => group.options.flatMap((option) => [option.dest, ...option.oldNames.map((old) => old.name)])),
    'no_such_key',
  ];
  const value = fc.constantFrom('', 'x', '1', '-3', 'true', 'maybe', 'a,b', 'https://h:1', 'http://h:1', '$state_path/x', '${p.c}', '$nope');
  return { sections, keys, value };
}
