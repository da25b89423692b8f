import { readFileSync } from 'node:fs';
import { parseIni } from '../../../src/core/ini/parseIni';
import { resolveConfig, type Resolution } from '../../../src/core/ini/resolveConfig';
import { readGeneratorData } from '../../../src/core/schema/readGeneratorData';
import type { ConfigSchema } from '../../../src/core/schema/types';

export const seed: ConfigSchema = readGeneratorData(
  JSON.parse(readFileSync(new URL('../../fixtures/seed-glance.json', import.meta.url), 'utf8')),
);

export function resolve(schema: ConfigSchema, ...texts: string[]): Resolution {
  return resolveConfig(schema, texts.map((text, index) => ({ name: `file${index}.conf`, document: parseIni(text) })));
}

/** A generator JSON schema of one group `p` (and an empty DEFAULT) from raw option entries. */
export function schemaOf(opts: Record<string, unknown>[], group = 'p'): ConfigSchema {
  return readGeneratorData({
    options: {
      DEFAULT: { help: '', opts: [] },
      [group]: {
        help: '',
        opts: opts.map((opt) => ({ type: 'string value', default: null, help: '', dest: opt.name, deprecated_opts: [], ...opt })),
      },
    },
  });
}
