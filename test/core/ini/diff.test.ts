// The diff shown before an export and printed by `set --diff` and `migrate --diff`: a unified diff that `patch` applies
// to give the new text exactly, and the same changes grouped by section, with their count.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffBySection } from '../../../src/core/ini/diffBySection';
import { diffLines } from '../../../src/core/ini/diffLines';
import { formatUnifiedDiff } from '../../../src/core/ini/formatUnifiedDiff';
import { parseIni } from '../../../src/core/ini/parseIni';
import { itWithSeeds } from '../../support/seeds';

const BEFORE = '[DEFAULT]\ndebug = true\n\n[glance]\n# kept\nnum_retries = 1\ntimeout = 30\n[ssl]\nca_file = /ca.pem\n';
const AFTER = '[DEFAULT]\ndebug = true\n\n[glance]\n# kept\nnum_retries = 4\ntimeout = 30\ncafile = /ca.pem\n[ssl]\n';

/** `patch` applied to `before` with the diff: the text it gives. */
function patched(before: string, diff: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'oslo-config-editor-diff-'));
  try {
    writeFileSync(join(directory, 'nova.conf'), before);
    writeFileSync(join(directory, 'change.diff'), diff);
    execFileSync('patch', ['--quiet', '--force', 'nova.conf', 'change.diff'], { cwd: directory });
    return readFileSync(join(directory, 'nova.conf'), 'utf8');
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

describe('formatUnifiedDiff', () => {
  it('writes the changes as diff -u does, with three lines of context', () => {
    expect(formatUnifiedDiff(BEFORE, AFTER, 'nova.conf')).toMatchInlineSnapshot(`
      "--- nova.conf
      +++ nova.conf
      @@ -3,7 +3,7 @@
       
       [glance]
       # kept
      -num_retries = 1
      +num_retries = 4
       timeout = 30
      +cafile = /ca.pem
       [ssl]
      -ca_file = /ca.pem
      "
    `);
    expect(formatUnifiedDiff('a\nb', 'a\nc', 'x.conf')).toMatchInlineSnapshot(`
      "--- x.conf
      +++ x.conf
      @@ -1,2 +1,2 @@
       a
      -b
      \\ No newline at end of file
      +c
      \\ No newline at end of file
      "
    `);
    expect(formatUnifiedDiff(BEFORE, BEFORE, 'nova.conf')).toBe('');
  });

  itWithSeeds('gives a diff that patch applies to get the new text exactly', [31], (seed) => {
    const line = fc.constantFrom('[glance]', '[ssl]', 'a = 1', 'a = 2', 'b = x', '', '# c', '  continued');
    const text = fc.tuple(fc.array(line, { maxLength: 25 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([lines, eol, final]) => lines.join(eol) + (final && lines.length ? eol : ''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const diff = formatUnifiedDiff(before, after, 'nova.conf');
        expect(diff === '').toBe(before === after);
        if (diff) expect(patched(before, diff)).toBe(after);
      }),
      { seed, numRuns: 150 },
    );
  });
});

describe('diffBySection', () => {
  it('groups the changed lines by section, removed ones where they were, added ones where they go', () => {
    expect(diffBySection(parseIni(BEFORE), parseIni(AFTER))).toMatchInlineSnapshot(`
      {
        "added": 2,
        "removed": 2,
        "sections": [
          {
            "lines": [
              {
                "kind": "removed",
                "number": 6,
                "text": "num_retries = 1",
              },
              {
                "kind": "added",
                "number": 6,
                "text": "num_retries = 4",
              },
              {
                "kind": "added",
                "number": 8,
                "text": "cafile = /ca.pem",
              },
            ],
            "section": "glance",
          },
          {
            "lines": [
              {
                "kind": "removed",
                "number": 9,
                "text": "ca_file = /ca.pem",
              },
            ],
            "section": "ssl",
          },
        ],
      }
    `);
  });
});

describe('diffLines', () => {
  it('takes a file rewritten throughout as replaced whole, past its bound of differences', () => {
    const before = Array.from({ length: 20000 }, (_, index) => `a${index}`);
    const after = Array.from({ length: 20000 }, (_, index) => `b${index}`);
    const { removed, added } = diffLines(['same', ...before, 'end'], ['same', ...after, 'end']);
    expect([removed.length, added.length, removed[0], added.at(-1)]).toEqual([20000, 20000, 1, 20000]);
  });
});
