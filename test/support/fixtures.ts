// Fixture files for tests: test/fixtures holds copies of the generator's real output and samples.
import { readFileSync } from 'node:fs';
import { parseGeneratorOutput } from '../../src/core/schema/parseGeneratorOutput';
import type { ConfigSchema, GroupSchema } from '../../src/core/schema/types';

export function readFixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

/** A generator JSON fixture: the raw data (for the oslo oracle) and the editor's model of it. */
export function loadSchemaFixture(name: string): { raw: unknown; schema: ConfigSchema } {
  const text = readFixture(name);
  return { raw: JSON.parse(text), schema: parseGeneratorOutput(text, name) };
}

export function groupOf(schema: ConfigSchema, name: string): GroupSchema {
  const group = schema.groups.find((candidate) => candidate.name === name);
  if (!group) throw new Error(`no group [${name}] in the schema`);
  return group;
}
