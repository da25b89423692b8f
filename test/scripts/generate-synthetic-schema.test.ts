import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGeneratorData } from '../../src/core';

const root = join(import.meta.dirname, '../..');
const committed = readFileSync(join(root, 'bench/schemas/synthetic-1000.json'), 'utf8');

function generate(): string {
  const dir = mkdtempSync(join(tmpdir(), 'synthetic-schema-'));
  try {
    const out = join(dir, 'schema.json');
    execFileSync(process.execPath, [join(root, 'scripts/generate-synthetic-schema.mjs'), '--out', out]);
    return readFileSync(out, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('scripts/generate-synthetic-schema.mjs', () => {
  it('writes the same bytes on every run, and the committed file is its current output', () => {
    const first = generate();
    expect(generate()).toBe(first);
    expect(committed).toBe(first);
  });

  it("has nova 26's type mix, old names, deprecations and secrets exactly", () => {
    const data = JSON.parse(committed) as {
      options: Record<string, { opts: Array<Record<string, unknown> & { type: string; deprecated_opts: unknown[] }> }>;
    };
    const options = Object.values(data.options).flatMap((group) => group.opts);
    const byType: Record<string, number> = {};
    for (const option of options) byType[option.type] = (byType[option.type] ?? 0) + 1;

    expect(Object.keys(data.options)).toHaveLength(59);
    expect(options).toHaveLength(1055);
    expect(byType).toEqual({
      'string value': 501,
      'integer value': 240,
      'boolean value': 190,
      'list value': 52,
      'floating point value': 41,
      'multi valued': 8,
      'port value': 8,
      'uri value': 7,
      'host address value': 5,
      'host domain value': 2,
      'dict value': 1,
    });
    expect(options.reduce((sum, option) => sum + option.deprecated_opts.length, 0)).toBe(150);
    expect(options.filter((option) => option.deprecated_for_removal === true)).toHaveLength(22);
    expect(options.filter((option) => option.secret === true)).toHaveLength(22);
  });

  it("is generator output that the editor's schema reader accepts", () => {
    const schema = readGeneratorData(JSON.parse(committed), 'synthetic-1000.json');
    expect(schema.groups).toHaveLength(59);
    expect(schema.groups.reduce((sum, group) => sum + group.options.length, 0)).toBe(1055);
    expect(schema.movedOptions).toHaveLength(150);
  });
});
