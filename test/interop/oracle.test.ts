// Proves the oslo.config oracle works against the seed schema. Never skipped: without
// python3-oslo.config these tests fail with the apt-get command to run.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { readWithOslo, type OsloResult } from './oslo';

const schema: unknown = JSON.parse(
  readFileSync(new URL('../fixtures/seed-glance.json', import.meta.url), 'utf8'),
);

async function one(...files: string[]): Promise<OsloResult> {
  const [r] = await readWithOslo(schema, [{ files }]);
  if (!r) throw new Error('oslo oracle returned no result');
  return r;
}

const DEPRECATED_CA_FILE =
  'Deprecated: Option "ca_file" from group "ssl" is deprecated. Use option "cafile" from group "glance".';
const DEPRECATED_API_INSECURE =
  'Deprecated: Option "api_insecure" from group "glance" is deprecated. Use option "insecure" from group "glance".';

describe('oslo oracle (real oslo.config via /usr/bin/python3)', () => {
  it('reads an integer', async () => {
    const r = await one('[glance]\nnum_retries = 3\n');
    expect(r.parse_error).toBeNull();
    expect(r.errors).toEqual([]);
    expect(r.values.glance?.num_retries).toBe(3);
    expect(r.values.glance?.timeout).toBeNull();
    expect(r.values.glance?.allowed_direct_url_schemes).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('api_insecure alone turns on both api_insecure and insecure', async () => {
    const r = await one('[glance]\napi_insecure = true\n');
    expect(r.values.glance?.api_insecure).toBe(true);
    expect(r.values.glance?.insecure).toBe(true);
    expect(r.warnings).toEqual([DEPRECATED_API_INSECURE]);
  });

  it('insecure = false wins over api_insecure = true', async () => {
    const r = await one('[glance]\napi_insecure = true\ninsecure = false\n');
    expect(r.values.glance?.api_insecure).toBe(true);
    expect(r.values.glance?.insecure).toBe(false);
    expect(r.warnings).toEqual([]);
  });

  it('[ssl] ca_file feeds glance.cafile with the deprecation warning', async () => {
    const r = await one('[ssl]\nca_file = x\n');
    expect(r.values.glance?.cafile).toBe('x');
    expect(r.warnings).toEqual([DEPRECATED_CA_FILE]);
  });

  it('reports a parse error with its line number and no values', async () => {
    const r = await one('[glance]\nnum_retries = 3\nnot an assignment\n');
    expect(r.parse_error).toEqual({
      message: "Failed to parse file0.conf: at file0.conf:3, No ':' or '=' found in assignment: 'not an assignment'",
      line: 3,
      file: 0,
      type: 'ConfigFileParseError',
    });
    expect(r.values).toEqual({});
  });

  it('reports which file of several failed to parse', async () => {
    const r = await one('[glance]\nnum_retries = 1\n', '[glance]\n  x\n');
    expect(r.parse_error?.file).toBe(1);
    expect(r.parse_error?.line).toBe(2);
    expect(r.parse_error?.message).toContain('Unexpected continuation line');
  });

  it('reports a bad integer without hiding the other options', async () => {
    const r = await one('[glance]\nnum_retries = 3 # x\ntimeout = -1\nverify_glance_signatures = maybe\n');
    expect(r.parse_error).toBeNull();
    expect(r.errors).toEqual([
      {
        group: 'glance',
        option: 'verify_glance_signatures',
        message:
          "Value for option verify_glance_signatures from LocationInfo(location=<Locations.user: (4, True)>, detail='file0.conf') is not valid: Unexpected boolean value 'maybe'",
        type: 'ConfigFileValueError',
      },
      {
        group: 'glance',
        option: 'num_retries',
        message:
          "Value for option num_retries from LocationInfo(location=<Locations.user: (4, True)>, detail='file0.conf') is not valid: invalid literal for int() with base 10: '3 # x'",
        type: 'ConfigFileValueError',
      },
    ]);
    expect(r.values.glance?.timeout).toBe(-1);
    expect('num_retries' in (r.values.glance ?? {})).toBe(false);
  });

  it('reports min violations verbatim', async () => {
    const r = await one('[glance]\nnum_retries = -1\n');
    expect(r.errors.map((e) => e.message)).toEqual([
      "Value for option num_retries from LocationInfo(location=<Locations.user: (4, True)>, detail='file0.conf') is not valid: Should be greater than or equal to 0",
    ]);
  });

  it('answers 1,000 cases in one process, each case fresh', async () => {
    const cases = Array.from({ length: 1000 }, (_, i) => ({
      files: [`[glance]\nnum_retries = ${i}\n[ssl]\nca_file = f${i}\n`],
    }));
    const results = await readWithOslo(schema, cases);
    expect(results).toHaveLength(1000);
    results.forEach((r, i) => {
      expect(r.values.glance?.num_retries).toBe(i);
      expect(r.values.glance?.cafile).toBe(`f${i}`);
      // oslo.log de-duplicates deprecation messages per process; the oracle resets it per case
      expect(r.warnings).toEqual([DEPRECATED_CA_FILE]);
    });
  }, 60_000);
});
