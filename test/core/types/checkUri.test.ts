import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkUri } from '../../../src/core/types/checkUri';
import { itWithSeeds } from '../../support/seeds';

const PYTHON = '/usr/bin/python3';
const ORACLE = fileURLToPath(new URL('../../interop/uri_oracle.py', import.meta.url));
const INSTALL_HINT = 'run: apt-get install -y --no-install-recommends python3-oslo.config python3-keystoneauth1';

const accepts = (value: string) => 'value' in checkUri(value);

// [input, accepted by oslo's types.URI()]
const EXAMPLES: [string, boolean][] = [
  ['http://example.com', true],
  ['https://user:pass@example.com:8443/a/b?q=1#frag', true],
  ['rabbit://guest:guest@10.0.0.1:5672/', true],
  ['mysql+pymysql://nova:secret@db/nova?charset=utf8', true],
  ['HTTP://EXAMPLE.COM', true],
  ['git+ssh://git@github.com/openstack/nova.git', true],
  ['http://[::1]:5000/v3', true],
  ['http://[2001:db8::7]/', true],
  ['http://[::ffff:192.0.2.1]/', true],
  ['http://[fe80::1%25eth0]/', true],
  ['http://[v1.fe80::a+en1]', true],
  ['http://example.com:', true], // empty port
  ['http://:80', true], // empty host is "present" and valid
  ['http://user@', true],
  ['http://example.com:99999', true], // port range is not checked
  ['http://999.1.1.1.1/', true], // not IPv4-shaped, so a reg-name
  ['http://1.2.3.004', true],
  ['http://ex%41mple.com', true],
  ['http://example.com/a b/ü?x=ä y#z w', true], // path/query/fragment get percent-encoded
  ['http://example.com/%zz%', true], // stray "%" is encoded to %25
  ['http://example.com\n', true], // Python's `$` matches before a final newline
  ['http://example.com:80\n', true],
  ['http://h/#ok\n\u{dc00}', true], // the fragment stops at "\n"; the rest is ignored
  ['', false],
  ['example.com', false],
  ['//example.com/path', false], // no scheme
  ['http:', false],
  ['http:/path', false],
  ['http:///path', false],
  ['1http://example.com', false],
  ['http://exa mple.com', false],
  ['http://exämple.com', false],
  ['http://example.com:123456', false],
  ['http://example.com:80a', false],
  ['http://256.0.0.1', false],
  ['http://[::1', false],
  ['http://[fe80::1%eth0]/', false], // RFC 4007 zone needs "%25"
  ['http://[fe80::1%25]/', false],
  ['http://[1:2:3:4:5:6:7:8:9]', false],
  ['http://[V1.x]', false], // IPvFuture's "v" is lowercase only
  ['http://a@b@c', false],
  ['http://us er@host', false],
  ['http://example.com/[x]', false],
  ['http://example.com\n\n', false],
  ['http://example.com\r', false],
  ['http://h/\u{d800}', false], // lone surrogate: UTF-8 encoding fails
];

describe('checkUri examples', () => {
  it.each(EXAMPLES)('%j -> %s', (input, expected) => {
    expect(accepts(input)).toBe(expected);
  });

  it('returns the value unchanged and oslo-style messages', () => {
    expect(checkUri('http://h/a b')).toEqual({ value: 'http://h/a b' });
    expect(checkUri('foo')).toEqual({
      error:
        "('host, scheme were required but missing', URIReference(scheme=None, authority=None, " +
        "path='foo', query=None, fragment=None), ['host', 'scheme'])",
    });
    expect(checkUri('http://[fe80::1%eth0]/[')).toEqual({
      error:
        "('host, path were found to be invalid', URIReference(scheme='http', authority='[fe80::1%eth0]', " +
        "path='/[', query=None, fragment=None), ['host', 'path'])",
    });
    expect(checkUri("http://h/a'\u{d800}\u{dc00}x\u{dfff}\u{dbff}")).toEqual({
      error: "'utf-8' codec can't encode characters in position 5-6: surrogates not allowed",
    });
    // An unparsable authority is UTF-8 encoded to build InvalidAuthority, which fails first here.
    expect(checkUri('//h\u{dc00}')).toEqual({
      error: "'utf-8' codec can't encode character '\\udc00' in position 1: surrogates not allowed",
    });
  });
});

const chars = (alphabet: string, maxLength = 8) =>
  fc.string({ unit: fc.constantFrom(...Array.from(alphabet)), maxLength });
const joined = (...parts: fc.Arbitrary<string>[]) => fc.tuple(...parts).map((p) => p.join(''));
const maybe = (arb: fc.Arbitrary<string>) => fc.option(arb, { nil: '' });

const ODD = ":/?#[]@%\\ \t\n\r'\"<>{}|^`!$&()*+,;=._~-aZ09é\u2028\u00a0\u0378\u{d800}\u{dc00}😀";
// Each part is usually clean and sometimes dirty, so accepted and rejected inputs both stay common.
const cleanOrDirty = (clean: fc.Arbitrary<string>, dirty: fc.Arbitrary<string>) =>
  fc.oneof({ arbitrary: clean, weight: 8 }, { arbitrary: dirty, weight: 1 });

const scheme = cleanOrDirty(
  fc.constantFrom('http', 'https', 'git+ssh', 'a.b-c', 'HTTP', 'x'),
  fc.oneof(fc.constantFrom('1http', 'ht tp', 'h_t', 'é', ''), chars('azAZ09+.-_', 6)),
);
const separator = cleanOrDirty(fc.constant('://'), fc.constantFrom(':', '//', ':///', ':/', '', ':\\\\'));
const hexGroup = cleanOrDirty(chars('0123456789abcdefABCDEF', 4), chars('0123456789abcdefg', 6));
const octet = cleanOrDirty(
  fc.integer({ min: 0, max: 255 }).map(String),
  fc.constantFrom('256', '999', '0000', '', 'a'),
);
const ipv4 = fc.tuple(octet, octet, octet, octet).map((o) => o.join('.'));
const zone = fc.constantFrom('', '', '', '%25eth0', '%eth0', '%25', '%', '%2525', '%25%41', '%25e%zz', '%25é');
const ipv6 = fc
  .tuple(fc.array(hexGroup, { maxLength: 9 }), fc.nat(9), fc.boolean(), fc.option(ipv4, { nil: undefined }), zone)
  .map(([groups, at, compress, tail, z]) => {
    const parts = [...groups, ...(tail === undefined ? [] : [tail])];
    const text = compress ? `${parts.slice(0, at).join(':')}::${parts.slice(at).join(':')}` : parts.join(':');
    return `[${text}${z}]`;
  });
const ipFuture = joined(fc.constantFrom('v', 'V', 'v1', 'vA', 'v1.', 'v.'), chars('1.a:+~[', 5)).map((t) => `[${t}]`);
const regName = cleanOrDirty(chars("abcXYZ019-._~!$&'()*+,;=", 10), chars("abc-.% é%41%zz:", 10));
const wellFormedIpv6 = fc.tuple(fc.ipV6(), zone).map(([address, z]) => `[${address}${z}]`);
const host = fc.oneof(
  regName,
  fc.domain(),
  ipv4,
  fc.ipV4(),
  ipv6,
  wellFormedIpv6,
  ipFuture,
  fc.constantFrom('', '[', '[::1', 'localhost', 'a:b'),
);
const userinfo = maybe(
  joined(cleanOrDirty(chars("abc019-._~!$&'()*+,;=:%41", 8), chars('abc:% é@', 8)), fc.constant('@')),
);
const port = maybe(
  cleanOrDirty(
    joined(fc.constant(':'), chars('0123456789', 5)),
    joined(fc.constantFrom(':', ''), chars('0123456789', 7), maybe(chars('a \n', 1))),
  ),
);
const segment = cleanOrDirty(chars("abc0-._~!$&'()*+,;=:@%41 é", 6), chars('ab%[] \\\u{d800}\n', 4));
const path = fc.array(segment, { maxLength: 4 }).map((segments) => segments.map((s) => `/${s}`).join(''));
const query = maybe(joined(fc.constant('?'), chars(ODD, 8)));
const fragment = maybe(joined(fc.constant('#'), chars(ODD, 8)));
const suffix = fc.constantFrom('', '', '', '', '', '', '\n', '\n\n', '\r', ' ', '\nx', '\u{dc00}');
const realistic = joined(scheme, separator, userinfo, host, port, path, query, fragment, suffix);
const odd = joined(fc.constantFrom('', 'http:', 'http://', 'x://[', 'a://h/'), chars(ODD, 16));
const unicode = joined(fc.constantFrom('', 'http://', 'http://h/'), fc.string({ unit: 'binary', maxLength: 12 }));
const uriLike = fc.oneof(
  { arbitrary: realistic, weight: 7 },
  { arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }), weight: 1 },
  { arbitrary: odd, weight: 2 },
  { arbitrary: unicode, weight: 1 },
);

/** The examples and 3,000 generated inputs. */
function inputsOf(seed: number): string[] {
  return [...EXAMPLES.map(([input]) => input), ...fc.sample(uriLike, { seed, numRuns: 3000 })];
}

function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONUTF8: '1', PYTHONIOENCODING: 'utf-8' };
  // The system interpreter must see only Debian's packages.
  for (const name of ['PYTHONPATH', 'PYTHONHOME', 'PYTHONSTARTUP', 'VIRTUAL_ENV']) delete env[name];
  return env;
}

/** One batch through the real oslo_config.types.URI; throws the install hint when it is missing. */
function askOslo(inputs: string[]): (true | string)[] {
  const probe = spawnSync(PYTHON, ['-c', 'import oslo_config'], { env: cleanEnv() });
  if (probe.status !== 0) throw new Error(INSTALL_HINT);
  const run = spawnSync(PYTHON, [ORACLE], {
    input: JSON.stringify(inputs),
    encoding: 'utf8',
    env: cleanEnv(),
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`uri_oracle.py failed (${run.status}): ${run.stderr}`);
  const answers = JSON.parse(run.stdout) as (true | string)[];
  expect(answers).toHaveLength(inputs.length);
  return answers;
}

describe('checkUri against oslo.config types.URI (differential)', () => {
  itWithSeeds('agrees on accept/reject, and on the error text, for every generated input', [3986], (seed) => {
    const inputs = inputsOf(seed);
    const answers = askOslo(inputs);
    const disagreements = inputs.flatMap((input, i) => {
      const oslo = answers[i] === true;
      return accepts(input) === oslo ? [] : [{ input, oslo: answers[i], ours: checkUri(input) }];
    });
    const accepted = answers.filter((a) => a === true).length;
    expect(inputs.length).toBeGreaterThanOrEqual(2000);
    // Both verdicts must be well represented or the comparison proves little.
    expect(accepted).toBeGreaterThan(inputs.length / 5);
    expect(inputs.length - accepted).toBeGreaterThan(inputs.length / 5);
    expect(disagreements, JSON.stringify(disagreements.slice(0, 20), null, 1)).toEqual([]);

    const mismatches = inputs.flatMap((input, i) => {
      const answer = answers[i];
      const ours = checkUri(input);
      return typeof answer === 'string' && 'error' in ours && ours.error !== answer
        ? [{ input, oslo: answer, ours: ours.error }]
        : [];
    });
    expect(mismatches, JSON.stringify(mismatches.slice(0, 10), null, 1)).toEqual([]);
  });
});
