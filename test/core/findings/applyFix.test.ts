import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../../src/core/checkFiles';
import { applyFix } from '../../../src/core/findings/applyFix';
import { seed } from './helpers';

const fixture = readFileSync(new URL('../../fixtures/advisories/insecure-glance.conf', import.meta.url), 'utf8');
const findingsOf = (text: string) => checkFiles(seed, [{ name: 'nova.conf', text }]).findings;

describe('applyFix', () => {
  it('applies every fix of the insecure fixture; the finding goes and no error comes', () => {
    const withFix = findingsOf(fixture).filter((finding) => finding.fix);
    expect(withFix.length).toBeGreaterThan(8);
    for (const finding of withFix) {
      const result = applyFix(seed, fixture, finding.fix!);
      if (!('text' in result)) throw new Error(`${finding.title}: ${result.errors.join('; ')}`);
      const after = findingsOf(result.text);
      expect(after.some((f) => f.title === finding.title && f.line === finding.line), finding.title).toBe(false);
      expect(after.filter((f) => f.severity === 'error'), finding.title).toEqual([]);
    }
  });

  it('deletes a dead line', () => {
    const text = '[glance]\nnum_retries = 1\nnum_retries = 2\n';
    const [dead] = findingsOf(text).filter((f) => f.kind === 'conflict');
    expect(applyFix(seed, text, dead!.fix!)).toEqual({ text: '[glance]\nnum_retries = 2\n' });
  });

  it('renames a mistyped key in place', () => {
    const text = '[glance]\ncollect-timing = true\n';
    const [unknown] = findingsOf(text).filter((f) => f.kind === 'unknown');
    expect(applyFix(seed, text, unknown!.fix!)).toEqual({ text: '[glance]\ncollect_timing = true\n' });
  });

  it('sets values through editDocument, keeping the rest', () => {
    const text = '# mine\n[glance]\ninsecure=true\n';
    const [insecure] = findingsOf(text).filter((f) => f.option === 'insecure' && f.kind === 'insecure');
    expect(applyFix(seed, text, insecure!.fix!)).toEqual({ text: '# mine\n[glance]\ninsecure=false\n' });
  });

  it('refuses a line edit on a line that holds no entry', () => {
    expect(applyFix(seed, '[glance]\n', { label: 'x', edits: [{ group: 'glance', option: 'timeout', line: 1, action: 'delete' }] })).toEqual({
      errors: ['no key = value entry starts on line 1'],
    });
  });
});
