import { parse as parseYaml } from 'yaml';
import { tooDeep } from '../values/tooDeep';
import { readGeneratorData, SchemaError } from './readGeneratorData';

export { SchemaError };
import type { ConfigSchema } from './types';

// Real generator output: nova's, the largest of the catalog, is 0.8 MB and nests 7 deep. Far past that is not
// generator output, and is refused before it costs the time and memory it could.
const MAX_MEGABYTES = 16;
const MAX_DEPTH = 32;
// YAML aliases that expand past this many nodes: an alias bomb (yaml's own guard, named here).
const MAX_ALIASES = 100;

/**
 * Reads the text `oslo-config-generator --format json|yaml` writes into the editor's model. Throws a
 * SchemaError that names the first thing wrong (with its path) when the input is not such output, or is too large,
 * too deeply nested or too full of YAML aliases to be.
 */
export function parseGeneratorOutput(text: string, sourceName = 'schema'): ConfigSchema {
  const megabytes = text.length / (1024 * 1024);
  if (megabytes > MAX_MEGABYTES) {
    throw new SchemaError(`${sourceName}: ${megabytes.toFixed(1)} MB is more than the editor reads (${MAX_MEGABYTES} MB; nova's generator output is 0.8 MB)`);
  }
  const json = /^\s*[{[]/.test(text);
  let data: unknown;
  try {
    data = json ? JSON.parse(text) : parseYaml(text, { maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = (error as Error).message;
    if (!json && /alias count/i.test(message)) {
      throw new SchemaError(`${sourceName}: refused: its YAML aliases expand past ${MAX_ALIASES} nodes (an alias bomb), which generator output never does`);
    }
    throw new SchemaError(`${sourceName}: not JSON or YAML: ${message}`);
  }
  const deep = tooDeep(data, MAX_DEPTH);
  if (deep) throw new SchemaError(`${sourceName}: nested more than ${MAX_DEPTH} levels deep (at ${deep.slice(0, 80)}), which generator output never is`);
  return readGeneratorData(data, sourceName);
}
