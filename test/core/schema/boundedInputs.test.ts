// Inputs that would cost unbounded time or memory are refused with a clear message: a YAML alias bomb, a schema far
// larger than any generator output, JSON nested far deeper. What they cost is measured by `npm run bench:bounded`.
import { describe, expect, it } from 'vitest';
import { parseGeneratorOutput } from '../../../src/core/schema/parseGeneratorOutput';

function refusal(text: string, name: string): string {
  try {
    parseGeneratorOutput(text, name);
  } catch (error) {
    return (error as Error).message;
  }
  return 'read';
}

/** Nine levels of nine aliases each: 9^9 strings once expanded. */
function aliasBomb(): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
  for (let level = 1; level < 9; level += 1) lines.push(`a${level}: &a${level} [${Array(9).fill(`*a${level - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\noptions: {DEFAULT: {help: '', opts: *a8}}\n`;
}

describe('schemas the editor refuses to read', () => {
  it('a YAML alias bomb', () => {
    expect(refusal(aliasBomb(), 'bomb.yaml')).toMatchInlineSnapshot(`"bomb.yaml: refused: its YAML aliases expand past 100 nodes (an alias bomb), which generator output never does"`);
  });

  it('JSON nested a hundred thousand deep', () => {
    const deep = `{"options": {"DEFAULT": {"help": "", "opts": [{"name": "x", "dest": "x", "type": "string value", "default": ${'['.repeat(100_000)}${']'.repeat(100_000)}}]}}}`;
    expect(refusal(deep, 'deep.json')).toMatchInlineSnapshot(`"deep.json: nested more than 32 levels deep (at options.DEFAULT.opts.0.default.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0), which generator output never is"`);
  });

  it('a schema of 50 MB', () => {
    const padding = ' '.repeat(50 * 1024 * 1024);
    expect(refusal(`{"options": {"DEFAULT": {"help": "", "opts": []}}}${padding}`, 'big.json')).toMatchInlineSnapshot(`"big.json: 50.0 MB is more than the editor reads (16 MB; nova's generator output is 0.8 MB)"`);
  });

  it('but not a schema with a few aliases, as PyYAML writes for a value used twice', () => {
    const yaml = 'options:\n  DEFAULT:\n    help: ""\n    opts:\n    - {name: a, dest: a, type: list value, default: &d [x, y], help: ""}\n    - {name: b, dest: b, type: list value, default: *d, help: ""}\n';
    expect(parseGeneratorOutput(yaml).groups[0]!.options.map((option) => option.default)).toEqual([['x', 'y'], ['x', 'y']]);
  });
});
