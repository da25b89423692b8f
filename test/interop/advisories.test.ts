// Every claim the advisories make about oslo.config's behaviour, checked against the REAL library: which line
// wins, what gets logged, what is ignored, and that `migrate` output reads the same without deprecation warnings.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/core/checkFiles';
import { applyFix } from '../../src/core/findings/applyFix';
import { formatOldNameWarning } from '../../src/core/findings/formatOldNameWarning';
import { formatRemovalWarning } from '../../src/core/findings/formatRemovalWarning';
import { migrateOldNames } from '../../src/core/findings/migrateOldNames';
import type { Finding } from '../../src/core/findings/types';
import { readGeneratorData } from '../../src/core/schema/readGeneratorData';
import type { ConfigSchema } from '../../src/core/schema/types';
import { itWithSeeds } from '../support/seeds';
import { readWithOslo, type OsloResult, type OsloValue } from './oslo';

const seedRaw: unknown = JSON.parse(readFileSync(new URL('../fixtures/seed-glance.json', import.meta.url), 'utf8'));
const seed = readGeneratorData(seedRaw);
const fixture = (name: string) => readFileSync(new URL(`../fixtures/advisories/${name}`, import.meta.url), 'utf8');

async function read(raw: unknown, ...files: string[]): Promise<OsloResult> {
  const [result] = await readWithOslo(raw, [{ files }]);
  return result!;
}

/** The editor's values in the oracle's form (options oslo refuses left out). */
function editorValues(schema: ConfigSchema, files: string[]): Record<string, Record<string, OsloValue>> {
  const { resolution } = checkFiles(schema, files.map((text, index) => ({ name: `file${index}.conf`, text })));
  const values: Record<string, Record<string, OsloValue>> = {};
  for (const [group, options] of resolution.options) {
    if (!options.size) continue;
    values[group] = {};
    for (const [dest, resolved] of options) if (!resolved.error) values[group][dest] = resolved.value as OsloValue;
  }
  return values;
}

function advisories(schema: ConfigSchema, files: string[]): Finding[] {
  return checkFiles(schema, files.map((text, index) => ({ name: `file${index}.conf`, text }))).findings;
}

const API_INSECURE_WARNING = formatOldNameWarning('glance', 'insecure', { group: 'glance', name: 'api_insecure' });

describe('what the old-name advisories say oslo does', () => {
  it('quotes the warning oslo logs, verbatim, for every old name of the seed', async () => {
    const cases = [
      ['[ssl]\nca_file = /ca.pem\n', 'cafile', { group: 'ssl', name: 'ca_file' }],
      ['[SSL]\ncert_file = /c.pem\n', 'certfile', { group: 'ssl', name: 'cert_file' }],
      ['[ssl]\nkey_file = /k.pem\n', 'keyfile', { group: 'ssl', name: 'key_file' }],
      ['[glance]\napi_insecure = false\n', 'insecure', { group: 'glance', name: 'api_insecure' }],
    ] as const;
    for (const [text, dest, old] of cases) {
      const oslo = await read(seedRaw, text);
      const quoted = formatOldNameWarning('glance', dest, old);
      expect(oslo.warnings).toEqual([quoted]);
      const finding = advisories(seed, [text]).find((f) => f.kind === 'deprecated')!;
      expect(finding.explanation).toContain(quoted);
    }
  });

  it('api_insecure = true alone turns insecure on too, with the warning', async () => {
    const oslo = await read(seedRaw, '[glance]\napi_insecure = true\n');
    expect(oslo.values.glance).toMatchObject({ api_insecure: true, insecure: true });
    expect(oslo.warnings).toEqual([API_INSECURE_WARNING]);
    const rule = advisories(seed, ['[glance]\napi_insecure = true\n']).find((f) => f.option === 'api_insecure')!;
    expect(rule.explanation).toContain(API_INSECURE_WARNING);
  });

  it('with insecure set in the same file, insecure wins whatever the order and nothing is logged', async () => {
    for (const text of ['[glance]\napi_insecure = true\ninsecure = false\n', '[glance]\ninsecure = false\napi_insecure = true\n']) {
      const oslo = await read(seedRaw, text);
      expect(oslo.values.glance).toMatchObject({ api_insecure: true, insecure: false });
      expect(oslo.warnings).toEqual([]);
      expect(advisories(seed, [text]).filter((f) => f.kind === 'deprecated')).toEqual([]);
    }
  });

  it('across files, a later file wins even through an old name (and logs)', async () => {
    const files = ['[glance]\ninsecure = false\n', '[glance]\napi_insecure = true\n'];
    const oslo = await read(seedRaw, ...files);
    expect(oslo.values.glance).toMatchObject({ api_insecure: true, insecure: true });
    expect(oslo.warnings).toEqual([API_INSECURE_WARNING]);
    const caFiles = ['[glance]\ncafile = /new.pem\n', '[ssl]\nca_file = /old.pem\n'];
    expect((await read(seedRaw, ...caFiles)).values.glance?.cafile).toBe('/old.pem');
    const dead = advisories(seed, caFiles).find((f) => f.kind === 'conflict')!;
    expect([dead.file, dead.line, dead.title]).toEqual(['file0.conf', 2, '[glance] cafile is overridden by [ssl] ca_file in file1.conf']);
  });

  it('in one file, the own name wins over the old name whatever the order, without a warning', async () => {
    for (const text of ['[ssl]\nca_file = /old.pem\n[glance]\ncafile = /new.pem\n', '[glance]\ncafile = /new.pem\n[ssl]\nca_file = /old.pem\n']) {
      const oslo = await read(seedRaw, text);
      expect(oslo.values.glance?.cafile).toBe('/new.pem');
      expect(oslo.warnings).toEqual([]);
      const dead = advisories(seed, [text]).find((f) => f.kind === 'conflict')!;
      expect(dead.title).toBe('[ssl] ca_file is ignored: [glance] cafile is set in the same file');
      expect(text.split('\n')[dead.line! - 1]).toBe('ca_file = /old.pem');
    }
  });

  it('an earlier duplicate key is ignored: the last one wins', async () => {
    const text = '[glance]\nnum_retries = 1\nnum_retries = 2\n';
    expect((await read(seedRaw, text)).values.glance?.num_retries).toBe(2);
    expect(advisories(seed, [text]).find((f) => f.kind === 'conflict')?.line).toBe(2);
  });

  it('unknown keys are ignored silently, and old names are not unknown', async () => {
    const text = '[glance]\ncollect-timing = true\nNUM_RETRIES = 3\n[ssl]\nca_file = x\n';
    const oslo = await read(seedRaw, text);
    expect(oslo.values.glance).toMatchObject({ collect_timing: false, num_retries: 0, cafile: 'x' });
    expect(oslo.warnings).toEqual([formatOldNameWarning('glance', 'cafile', { group: 'ssl', name: 'ca_file' })]);
    expect(advisories(seed, [text]).filter((f) => f.kind === 'unknown').map((f) => f.line)).toEqual([2, 3]);
  });
});

describe('deprecated for removal', () => {
  const raw = {
    deprecated_options: {},
    generator_options: {},
    options: {
      DEFAULT: { help: '', opts: [], standard_opts: [] },
      p: {
        help: '',
        standard_opts: [],
        opts: [
          { name: 'old', dest: 'old', type: 'string value', default: null, help: '', deprecated_for_removal: true, deprecated_reason: 'Gone soon', deprecated_since: '21.0.0', deprecated_opts: [{ group: 'q', name: 'older' }] },
          { name: 'bare', dest: 'bare', type: 'integer value', default: 1, help: '', deprecated_for_removal: true, deprecated_reason: null, deprecated_since: null, deprecated_opts: [] },
          { name: 'long', dest: 'long', type: 'list value', default: [], help: '', deprecated_for_removal: true, deprecated_reason: '\nFirst line\nsecond line.\n', deprecated_since: null, deprecated_opts: [] },
        ],
      },
    },
  };
  const schema = readGeneratorData(raw);
  const option = (dest: string) => schema.groups[1]!.options.find((o) => o.dest === dest)!;

  it('quotes what oslo logs when the option is set, with a reason, without one, and over several lines', async () => {
    const oslo = await read(raw, '[p]\nold = x\nbare = 2\nlong = a\n');
    expect(new Set(oslo.warnings)).toEqual(new Set(['old', 'bare', 'long'].map((dest) => formatRemovalWarning('p', option(dest)))));
    const findings = advisories(schema, ['[p]\nold = x\nbare = 2\nlong = a\n']);
    for (const dest of ['old', 'bare', 'long']) {
      expect(findings.find((f) => f.option === dest)!.explanation).toContain(formatRemovalWarning('p', option(dest)));
    }
  });

  it('logs nothing and reports nothing when the option is not set', async () => {
    expect((await read(raw, '[p]\n')).warnings).toEqual([]);
    expect(advisories(schema, ['[p]\n'])).toEqual([]);
  });

  it('through an old name, both warnings are logged and both are reported', async () => {
    const oslo = await read(raw, '[q]\nolder = x\n');
    expect(oslo.values.p?.old).toBe('x');
    const expected = [formatOldNameWarning('p', 'old', { group: 'q', name: 'older' }), formatRemovalWarning('p', option('old'))];
    expect(new Set(oslo.warnings)).toEqual(new Set(expected));
    const explanations = advisories(schema, ['[q]\nolder = x\n']).map((f) => f.explanation ?? '').join('\n');
    for (const warning of expected) expect(explanations).toContain(warning);
  });
});

// Random files over the seed schema, with old names, duplicates, typos and odd sections.
const SECTIONS = ['[glance]', '[GLANCE]', '[ssl]', '[SSL]', '[DEFAULT]'];
const VALUES: Record<string, string[]> = {
  bool: ['true', 'false', 'yes', '0'],
  text: ['/a.pem', '/b.pem', '$keyfile', ''],
  int: ['1', '2', '007', ''],
  list: ['http://a:9292', 'https://a:9292,https://b:9292', 'file', ''],
};
const KEYS: [string, keyof typeof VALUES][] = [
  ['api_insecure', 'bool'], ['insecure', 'bool'], ['verify_glance_signatures', 'bool'], ['collect-timing', 'bool'],
  ['cafile', 'text'], ['ca_file', 'text'], ['certfile', 'text'], ['cert_file', 'text'], ['keyfile', 'text'], ['key_file', 'text'],
  ['num_retries', 'int'], ['NUM_RETRIES', 'int'], ['timeout', 'int'],
  ['api_servers', 'list'], ['allowed_direct_url_schemes', 'list'],
];
const line = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...SECTIONS) },
  { weight: 1, arbitrary: fc.constantFrom('', '# a comment', '#cafile = <None>') },
  {
    weight: 4,
    arbitrary: fc.constantFrom(...KEYS).chain(([key, type]) =>
      fc.tuple(fc.constantFrom(...VALUES[type]!), fc.constantFrom(' = ', '=', ': ')).map(([value, sep]) => `${key}${sep}${value}`.trimEnd()),
    ),
  },
);
const file = fc
  .tuple(fc.constantFrom(...SECTIONS), fc.array(line, { maxLength: 10 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([first, lines, eol, finalEol]) => [first, ...lines].join(eol) + (finalEol ? eol : ''));

describe('claims hold on random files (real oslo.config)', () => {
  itWithSeeds('old-name findings predict exactly the deprecation warnings oslo logs', [7], async (seedNumber) => {
    const cases = fc.sample(fc.array(file, { minLength: 1, maxLength: 2 }), { numRuns: 300, seed: seedNumber });
    const results = await readWithOslo(seedRaw, cases.map((files) => ({ files })));
    cases.forEach((files, index) => {
      const oslo = results[index]!;
      if (oslo.parse_error) return;
      const quoted = advisories(seed, files)
        .filter((f) => f.kind === 'deprecated')
        .map((f) => /Deprecated: Option "[^"]+" from group "[^"]+" is deprecated\. Use option "[^"]+" from group "[^"]+"\./.exec(f.explanation!)![0]);
      expect(new Set(quoted), JSON.stringify(files)).toEqual(new Set(oslo.warnings));
    });
  });

  itWithSeeds('a line reported as dead or unknown changes nothing when its value changes or it goes', [11], async (seedNumber) => {
    const cases = fc.sample(fc.array(file, { minLength: 1, maxLength: 2 }), { numRuns: 300, seed: seedNumber });
    const variants: { files: string[]; base: number; what: string }[] = [];
    const bases = cases.map((files) => ({ files }));
    cases.forEach((files, base) => {
      for (const finding of advisories(seed, files)) {
        if ((finding.kind !== 'conflict' && finding.kind !== 'unknown') || finding.line === null || !finding.file) continue;
        if (finding.kind === 'conflict' && !finding.title.includes('ignored') && !finding.title.includes('overridden')) continue;
        const at = Number(/\d+/.exec(finding.file)![0]);
        const eol = files[at]!.includes('\r\n') ? '\r\n' : '\n';
        const lines = files[at]!.split(eol);
        const key = lines[finding.line - 1]!.split(/[=:]/)[0]!.trim();
        for (const replacement of [`${key} = 42`, `${key} = changed`, '# removed']) {
          const changed = [...files];
          changed[at] = lines.map((text, i) => (i === finding.line! - 1 ? replacement : text)).join(eol);
          variants.push({ files: changed, base, what: `${finding.title} -> ${replacement}` });
        }
      }
    });
    expect(variants.length).toBeGreaterThan(50);
    const results = await readWithOslo(seedRaw, [...bases, ...variants.map(({ files }) => ({ files }))]);
    variants.forEach((variant, index) => {
      const [before, after] = [results[variant.base]!, results[bases.length + index]!];
      if (before.parse_error) return;
      expect({ values: after.values, errors: after.errors }, variant.what).toEqual({ values: before.values, errors: before.errors });
    });
  });

  itWithSeeds('migrate output reads the same values and errors, with no deprecation warning', [3], async (seedNumber) => {
    const files = fc.sample(file, { numRuns: 400, seed: seedNumber });
    const migrated = files.map((text) => ({ text, migration: migrateOldNames(seed, text) }));
    const done = migrated.filter((m) => 'text' in m.migration);
    expect(done.filter((m) => 'changes' in m.migration && m.migration.changes.length).length).toBeGreaterThan(files.length / 6);
    const results = await readWithOslo(seedRaw, done.flatMap((m) => [{ files: [m.text] }, { files: [(m.migration as { text: string }).text] }]));
    done.forEach((m, index) => {
      const [before, after] = [results[2 * index]!, results[2 * index + 1]!];
      const label = JSON.stringify(m.text);
      expect(after.parse_error, label).toBeNull();
      expect({ values: after.values, errors: after.errors }, label).toEqual({ values: before.values, errors: before.errors });
      expect(after.warnings, label).toEqual([]);
    });
    // What migrate refuses is refused for a reason oslo confirms: an ignored old-name line with another value.
    for (const m of migrated.filter((m) => 'errors' in m.migration)) {
      expect((m.migration as { errors: { message: string }[] }).errors.map((e) => e.message).join('\n'), m.text).toMatch(/is ignored|does not parse/);
    }
  });

  itWithSeeds('migrated files keep their reading when layered with another file, in either order', [5], async (seedNumber) => {
    const pairs = fc.sample(fc.tuple(file, file), { numRuns: 200, seed: seedNumber });
    const cases: { files: string[] }[] = [];
    for (const [a, b] of pairs) {
      const migration = migrateOldNames(seed, a);
      if (!('text' in migration)) continue;
      cases.push({ files: [a, b] }, { files: [migration.text, b] }, { files: [b, a] }, { files: [b, migration.text] });
    }
    const results = await readWithOslo(seedRaw, cases);
    for (let index = 0; index < cases.length; index += 2) {
      const [before, after] = [results[index]!, results[index + 1]!];
      expect({ values: after.values, errors: after.errors }, JSON.stringify(cases[index]!.files)).toEqual({ values: before.values, errors: before.errors });
    }
  });

  itWithSeeds('the editor reads the random files as oslo does (so the findings rest on the right values)', [13], async (seedNumber) => {
    const cases = fc.sample(fc.array(file, { minLength: 1, maxLength: 2 }), { numRuns: 200, seed: seedNumber });
    const results = await readWithOslo(seedRaw, cases.map((files) => ({ files })));
    cases.forEach((files, index) => {
      if (results[index]!.parse_error) return;
      expect(editorValues(seed, files), JSON.stringify(files)).toEqual(results[index]!.values);
    });
  });
});

describe('the fixtures', () => {
  it('migrate turns the insecure fixture into one oslo reads the same, without warnings', async () => {
    const text = fixture('insecure-glance.conf');
    const migration = migrateOldNames(seed, text);
    if (!('text' in migration)) throw new Error(JSON.stringify(migration.errors));
    const [before, after] = await readWithOslo(seedRaw, [{ files: [text] }, { files: [migration.text] }]);
    expect(before!.warnings.length).toBeGreaterThan(0);
    expect(after!.values).toEqual(before!.values);
    expect(after!.warnings).toEqual([]);
  });

  it('every fix of the insecure fixture keeps the file readable by oslo, and its finding goes away', async () => {
    const text = fixture('insecure-glance.conf');
    const findings = advisories(seed, [text]).filter((f) => f.fix);
    expect(findings.length).toBeGreaterThan(8);
    const fixed = findings.map((finding) => {
      const result = applyFix(seed, text, finding.fix!);
      if (!('text' in result)) throw new Error(`${finding.title}: ${result.errors.join('; ')}`);
      const after = advisories(seed, [result.text]);
      expect(after.some((f) => f.title === finding.title && f.line === finding.line), finding.title).toBe(false);
      return result.text;
    });
    const results = await readWithOslo(seedRaw, fixed.map((t) => ({ files: [t] })));
    results.forEach((result, index) => {
      expect(result.parse_error, findings[index]!.title).toBeNull();
      expect(result.values, findings[index]!.title).toEqual(editorValues(seed, [fixed[index]!]));
    });
  });

  it('the clean fixture has no advisories, and oslo reads it without warnings', async () => {
    const text = fixture('clean-glance.conf');
    expect(advisories(seed, [text])).toEqual([]);
    expect((await read(seedRaw, text)).warnings).toEqual([]);
  });
});
