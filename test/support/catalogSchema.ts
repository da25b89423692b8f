// The catalog's schemas, read once per test file.
import { readFileSync } from 'node:fs';
import { parseGeneratorOutput } from '../../src/core/schema/parseGeneratorOutput';
import type { ConfigSchema } from '../../src/core/schema/types';

const cache = new Map<string, ConfigSchema>();

/** A service's schema of the catalog's zed release, as the CLI's --service loads it. */
export function catalogSchema(service: string): ConfigSchema {
  let schema = cache.get(service);
  if (!schema) {
    const text = readFileSync(new URL(`../../catalog/zed/${service}.json`, import.meta.url), 'utf8');
    cache.set(service, (schema = parseGeneratorOutput(text, service)));
  }
  return schema;
}

/** The raw generator JSON of a service of the catalog, for the real libraries. */
export function catalogRaw(service: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../catalog/zed/${service}.json`, import.meta.url), 'utf8'));
}
