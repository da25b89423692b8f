// The security overlay's claims about what nova's image service session does with the [glance] options,
// checked against the REAL oslo.config and keystoneauth1: nova builds that session with
// keystoneauth1.loading.load_session_from_conf_options(CONF, 'glance').
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/core/checkFiles';
import { readGeneratorData } from '../../src/core/schema/readGeneratorData';
import { OSLO_INSTALL_HINT, SYSTEM_PYTHON } from './oslo';

const seedRaw: unknown = JSON.parse(readFileSync(new URL('../fixtures/seed-glance.json', import.meta.url), 'utf8'));
const seed = readGeneratorData(seedRaw);
const SCRIPT = fileURLToPath(new URL('./keystoneauth_session.py', import.meta.url));

interface Session {
  verify: boolean | string;
  cert: null | string | [string, string];
  timeout: number | null;
}

function sessions(...cases: string[]): Session[] {
  const run = spawnSync(SYSTEM_PYTHON, [SCRIPT], {
    input: JSON.stringify({ schema: seedRaw, cases: cases.map((text) => ({ files: [text] })) }),
    encoding: 'utf8',
    env: { ...process.env, PYTHONUTF8: '1', PYTHONPATH: '' },
  });
  if (run.status !== 0) throw new Error(`keystoneauth session script failed:\n${run.stderr}\n${OSLO_INSTALL_HINT}`);
  return (JSON.parse(run.stdout) as { results: Session[] }).results;
}

const ruleFires = (text: string, option: string) =>
  checkFiles(seed, [{ name: 'nova.conf', text }]).findings.some((f) => f.option === option && f.kind !== 'deprecated');

describe('what the session does, as the explanations say', () => {
  it('insecure = true turns certificate verification off, and cafile is then never used', () => {
    const [insecure, withCa, verified, withCaVerified] = sessions(
      '[glance]\ninsecure = true\n',
      '[glance]\ninsecure = true\ncafile = /ca.pem\n',
      '[glance]\ninsecure = false\n',
      '[glance]\ninsecure = false\ncafile = /ca.pem\n',
    );
    expect([insecure!.verify, withCa!.verify, verified!.verify, withCaVerified!.verify]).toEqual([false, false, true, '/ca.pem']);
    expect(ruleFires('[glance]\ninsecure = true\ncafile = /ca.pem\n', 'cafile')).toBe(true);
    expect(ruleFires('[glance]\ninsecure = false\ncafile = /ca.pem\n', 'cafile')).toBe(false);
  });

  it('api_insecure = true alone turns verification off through the old name; insecure = false set beside it wins', () => {
    const [alone, beside, earlierFile] = sessions(
      '[glance]\napi_insecure = true\n',
      '[glance]\napi_insecure = true\ninsecure = false\n',
      '[glance]\ninsecure = false\n[glance]\napi_insecure = true\n',
    );
    expect([alone!.verify, beside!.verify, earlierFile!.verify]).toEqual([false, true, true]);
  });

  it('certfile alone is handed over alone; with keyfile as a pair; keyfile alone is dropped', () => {
    const [certOnly, both, keyOnly, oldNames] = sessions(
      '[glance]\ncertfile = /c.pem\n',
      '[glance]\ncertfile = /c.pem\nkeyfile = /k.pem\n',
      '[glance]\nkeyfile = /k.pem\n',
      '[ssl]\ncert_file = /c.pem\nkey_file = /k.pem\n',
    );
    expect([certOnly!.cert, both!.cert, keyOnly!.cert, oldNames!.cert]).toEqual(['/c.pem', ['/c.pem', '/k.pem'], null, ['/c.pem', '/k.pem']]);
    expect(ruleFires('[glance]\ncertfile = /c.pem\n', 'certfile')).toBe(true);
    expect(ruleFires('[glance]\nkeyfile = /k.pem\n', 'keyfile')).toBe(true);
    expect(ruleFires('[ssl]\ncert_file = /c.pem\nkey_file = /k.pem\n', 'certfile')).toBe(false);
  });

  it('timeout unset means no timeout at all', () => {
    const [unset, empty, set] = sessions('[glance]\n', '[glance]\ntimeout =\n', '[glance]\ntimeout = 30\n');
    expect([unset!.timeout, empty!.timeout, set!.timeout]).toEqual([null, null, 30]);
    expect(ruleFires('[glance]\ntimeout =\n', 'timeout')).toBe(true);
    expect(ruleFires('[glance]\ntimeout = 30\n', 'timeout')).toBe(false);
  });
});
