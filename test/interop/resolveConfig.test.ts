// The hand-written cases of the unit tests (old names, precedence, sections, quotes, `$`, empty values), each
// read by our checkFiles and by the REAL oslo.config: the same parse errors, value errors and values.
import { describe, expect, it } from 'vitest';
import { compareWithOslo } from '../support/compareWithOslo';
import { loadSchemaFixture } from '../support/fixtures';
import { readWithOslo } from './oslo';

const seed = loadSchemaFixture('seed-glance.json');
const synthetic = loadSchemaFixture('synthetic.json');

const SEED_CASES: Record<string, string[]> = {
  'new name wins in one file': ['[glance]\ncafile = new\n[ssl]\nca_file = old\n'],
  'new name wins, other order': ['[ssl]\nca_file = old\n[glance]\ncafile = new\n'],
  'old name in any case of its group': ['[SSL]\nca_file = old\n'],
  'old names do not cross groups': ['[glance]\nca_file = x\n[ssl]\ncafile = y\n'],
  'a later file wins through an old name': ['[glance]\ncafile = new\n', '[ssl]\nca_file = old\n'],
  'a later file wins with the new name': ['[ssl]\nca_file = old\n', '[glance]\ncafile = new\n'],
  'api_insecure alone': ['[glance]\napi_insecure = true\n'],
  'insecure beats api_insecure in one file': ['[glance]\ninsecure = false\napi_insecure = true\n'],
  'api_insecure in a later file': ['[glance]\ninsecure = false\n', '[glance]\napi_insecure = true\n'],
  'a bad api_insecure breaks both': ['[glance]\napi_insecure = bogus\n'],
  'duplicates and merged sections': ['[glance]\nnum_retries = 1\nnum_retries = 2\n[other]\nnum_retries = 9\n[glance]\ntimeout = 3\nunknown = x\n'],
  'section case': ['[GLANCE]\nnum_retries = 1\n[Glance]\ntimeout = 2\n[ glance ]\ncafile = x\n'],
  'key case and dashed names': ['[glance]\nNUM_RETRIES = 1\ncollect-timing = true\ncollect_timing = yes\n'],
  quotes: [`[glance]\ncafile = "  a  "\ncertfile = 'x'\nkeyfile = "a"b"\n`],
  ...Object.fromEntries(
    ['$$', '\\$', 'a\\$b', '$$foo', '\\\\$$', '$1', 'a$', 'a $ b', '${}', '${num_retries', '$ {x}', '$.x', '%(x)s', '${num_retries}', '$glance.num_retries', '${glance.num_retries}x', '$num_retries-x', '$api_servers', '$api_insecure', '$verify_glance_signatures', '$keyfile', '$foo', '$NUM_RETRIES', '$numé', '$num_retries.', '$ssl.ca_file', '$DEFAULT.foo', '$glance.num_retries.x', '$glance', '$cafile', '$timeout'].map(
      (text) => [`cafile = ${text}`, [`[glance]\nnum_retries = 7\napi_servers = a,b\napi_insecure = yes\ntimeout = x\ncafile = ${text}\n`]],
    ),
  ),
  'typed substitution': ['[glance]\nnum_retries = $timeout\ntimeout = 4\napi_servers = $keyfile,x\nkeyfile = a,b\n'],
  'an old name substitutes in the new group': ['[glance]\nkeyfile = k\n[ssl]\nca_file = $keyfile\n'],
  'errors in two files': ['[glance]\nnum_retries = 3 # x\n', '[glance]\nbad line\ntimeout = -1\n[ssl]\nca_file = $nope\n'],
};

const SYNTHETIC_CASES: Record<string, string[]> = {
  '[default] is not [DEFAULT]': ['[default]\nhost = a\n[DEFAULT]\nstate_path = /b\n'],
  'multi: old names first': ['[p]\nm = x\nm_old = a\nm = y\n'],
  'multi: file by file': ['[p]\nm = b\n', '[p]\nm_old = a\n[P]\nm = c\n'],
  ...Object.fromEntries(['3', '1e-5', '1e16', '0.1', '-0', 'inf', 'nan'].map((text) => [`float ${text} substituted`, [`[p]\nfu = ${text}\ns = $fu\n`]])),
  'an old name without a group reads as [DEFAULT]': ['[p]\nm = q\ns = $m_old\n[DEFAULT]\nm = z\n'],
  'an old name of a boolean': ['[p]\nb = true\ns = $b_old\n'],
  '"no such option" down a reference tries [DEFAULT]': ['[p]\ns = $port\nport = $nope\n'],
  'a reference to a set option': ['[p]\ns = $port\nport = 81\n'],
  'a default refers to a set option': ['[DEFAULT]\nstate_path = /srv\n'],
  'a default refers to a broken option': ['[DEFAULT]\nstate_path = $nope\n'],
  ...Object.fromEntries(['s', 'c', 'i', 'f', 'b', 'l', 'ld', 'd', 'm', 'port', 'u', 'ha', 'hd'].map((dest) => [`${dest} =`, [`[p]\n${dest} =\n`]])),
  'nothing set': [''],
};

describe('the unit tests\' cases, read by oslo.config', () => {
  it.each([
    ['seed [glance]', seed, SEED_CASES],
    ['synthetic', synthetic, SYNTHETIC_CASES],
  ] as const)('%s schema', async (_, fixture, cases) => {
    const entries = Object.entries(cases);
    const results = await readWithOslo(fixture.raw, entries.map(([, files]) => ({ files })));
    const mismatches = entries.flatMap(([name, files], index) =>
      compareWithOslo(fixture.schema, files, results[index]!).map((problem) => `${name}: ${problem}`),
    );
    expect(mismatches).toEqual([]);
  });
});
