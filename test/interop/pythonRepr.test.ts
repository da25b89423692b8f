// oslo quotes values in its messages with Python's repr(): the REAL /usr/bin/python3 (Debian 12's 3.11, whose
// Unicode tables are older than this engine's) decides what is escaped, and pythonRepr must say the same.
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pythonRepr } from '../../src/core/python/formatPython';
import { itWithSeeds } from '../support/seeds';
import { SYSTEM_PYTHON } from './oslo';

function python(script: string, input: string): string {
  const run = spawnSync(SYSTEM_PYTHON, ['-c', script], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, PYTHONUTF8: '1' } });
  if (run.status !== 0) throw new Error(`${SYSTEM_PYTHON} failed (${run.status}): ${run.stderr}`);
  return run.stdout;
}

describe('pythonRepr against Python', () => {
  it('escapes exactly the code points Python escapes', () => {
    const printable = python('import sys; sys.stdout.write("".join("1" if chr(c).isprintable() else "0" for c in range(0x110000)))', '');
    const differences: string[] = [];
    for (let code = 0; code < 0x110000; code += 1) {
      const char = String.fromCodePoint(code);
      // The quote and the backslash are printable, yet escaped.
      if (char === "'" || char === '\\') continue;
      const kept = pythonRepr(char) === `'${char}'`;
      if (kept !== (printable[code] === '1')) differences.push(`U+${code.toString(16).padStart(4, '0')}`);
    }
    expect(differences.slice(0, 20)).toEqual([]);
  });

  itWithSeeds('gives Python\'s repr() of random text', [14], (seed) => {
    const texts = fc.sample(fc.string({ unit: fc.oneof(fc.constantFrom("'", '"', '\\', '\n', '\t', '\r', ' ', '\u00a0', '\u2028'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 8 }), { seed, numRuns: 2000 });
    // JSON escapes lone surrogates, so Python reads the same code units.
    const answers = JSON.parse(python('import json, sys; json.dump([repr(text) for text in json.load(sys.stdin)], sys.stdout)', JSON.stringify(texts))) as string[];
    const mismatches = texts.flatMap((text, index) => (pythonRepr(text) === answers[index] ? [] : [{ text, python: answers[index], ours: pythonRepr(text) }]));
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
