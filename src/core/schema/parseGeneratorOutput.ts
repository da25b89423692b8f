import { parse as parseYaml } from 'yaml';
import { readGeneratorData, SchemaError } from './readGeneratorData';
import { readGeneratorJson } from './readGeneratorJson';
import { checkSchemaDepth, checkSchemaSize } from './schemaLimits';
import type { CatalogFacts } from '../catalog/readCatalogFacts';
import type { ConfigSchema } from './types';

export { SchemaError };

// YAML aliases that expand past this many nodes: an alias bomb (yaml's own guard, named here).
const MAX_ALIASES = 100;

/**
 * Reads the text `oslo-config-generator --format json|yaml` writes into the editor's model. Throws a
 * SchemaError that names the first thing wrong (with its path) when the input is not such output, or is too large,
 * too deeply nested or too full of YAML aliases to be.
 */
export function parseGeneratorOutput(text: string, sourceName = 'schema', facts?: CatalogFacts): ConfigSchema {
  if (/^\s*[{[]/.test(text)) return readGeneratorJson(text, sourceName, facts);
  checkSchemaSize(text, sourceName);
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = (error as Error).message;
    if (/alias count/i.test(message)) {
      throw new SchemaError(`${sourceName}: refused: its YAML aliases expand past ${MAX_ALIASES} nodes (an alias bomb), which generator output never does`);
    }
    throw new SchemaError(`${sourceName}: not JSON or YAML: ${message}`);
  }
  checkSchemaDepth(data, sourceName);
  return readGeneratorData(data, sourceName, facts);
}
