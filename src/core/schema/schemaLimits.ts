import { tooDeep } from './tooDeep';
import { SchemaError } from './readGeneratorData';

// Real generator output: nova's, the largest of the catalog, is 0.8 MB and nests 7 deep. Far past that is not
// generator output, and is refused before it costs the time and memory it could.
const MAX_MEGABYTES = 16;
const MAX_DEPTH = 32;

/** Refuses schema text far larger than generator output, before it is parsed. */
export function checkSchemaSize(text: string, sourceName: string): void {
  const megabytes = text.length / (1024 * 1024);
  if (megabytes > MAX_MEGABYTES) {
    throw new SchemaError(`${sourceName}: ${megabytes.toFixed(1)} MB is more than the editor reads (${MAX_MEGABYTES} MB; nova's generator output is 0.8 MB)`);
  }
}

/** Refuses parsed schema data nested far deeper than generator output, before anything walks it. */
export function checkSchemaDepth(data: unknown, sourceName: string): void {
  const deep = tooDeep(data, MAX_DEPTH);
  if (deep) throw new SchemaError(`${sourceName}: nested more than ${MAX_DEPTH} levels deep (at ${deep.slice(0, 80)}), which generator output never is`);
}
