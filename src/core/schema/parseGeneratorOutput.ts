import { parse as parseYaml } from 'yaml';
import { readGeneratorData, SchemaError } from './readGeneratorData';

export { SchemaError };
import type { CatalogFacts } from '../catalog/readCatalogFacts';
import type { ConfigSchema } from './types';

/**
 * Reads the text `oslo-config-generator --format json|yaml` writes into the editor's model. Throws a
 * SchemaError that names the first thing wrong (with its path) when the input is not such output.
 */
export function parseGeneratorOutput(text: string, sourceName = 'schema', facts?: CatalogFacts): ConfigSchema {
  let data: unknown;
  try {
    data = /^\s*[{[]/.test(text) ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new SchemaError(`${sourceName}: not JSON or YAML: ${(error as Error).message}`);
  }
  return readGeneratorData(data, sourceName, facts);
}

