import { readGeneratorData, SchemaError } from './readGeneratorData';
import { checkSchemaDepth, checkSchemaSize } from './schemaLimits';
import type { CatalogFacts } from '../catalog/readCatalogFacts';
import type { ConfigSchema } from './types';

/**
 * Reads `oslo-config-generator --format json` output, without the YAML reader (the element and the catalog need
 * none). Throws a SchemaError when it is not such output, or is too large or too deeply nested to be.
 */
export function readGeneratorJson(text: string, sourceName = 'schema', facts?: CatalogFacts): ConfigSchema {
  checkSchemaSize(text, sourceName);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SchemaError(`${sourceName}: not JSON or YAML: ${(error as Error).message}`);
  }
  checkSchemaDepth(data, sourceName);
  return readGeneratorData(data, sourceName, facts);
}
