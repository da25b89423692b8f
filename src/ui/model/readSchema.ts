import { readGeneratorJson } from '../../core/schema/readGeneratorJson';
import { SchemaError } from '../../core/schema/readGeneratorData';
import type { ConfigSchema } from '../../core/schema/types';

/**
 * Reads `oslo-config-generator --format json|yaml` output into a schema, or throws a SchemaError that names what
 * is wrong and where. JSON is read at once; the YAML parser is loaded only for YAML, so that it is not part of
 * the editor's script.
 */
export async function readSchemaText(text: string, sourceName: string): Promise<ConfigSchema> {
  if (!/^\s*[{[]/.test(text)) {
    const { parseGeneratorOutput } = await import('../../core/schema/parseGeneratorOutput');
    return parseGeneratorOutput(text, sourceName);
  }
  return readGeneratorJson(text, sourceName);
}

/** Fetches and reads a schema; a network or HTTP failure is a SchemaError too. */
export async function fetchSchema(url: string): Promise<ConfigSchema> {
  let text: string;
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    text = await response.text();
  } catch (error) {
    throw new SchemaError(`${url}: could not be fetched: ${(error as Error).message}`);
  }
  return readSchemaText(text, url);
}

/** The name of the file a schema's export gets: `nova.json` or `https://…/nova.yaml` gives `nova.conf`. */
export function configFileName(schemaSource: string): string {
  const base = schemaSource.split(/[/\\]/).pop()!.split(/[?#]/)[0]!.replace(/\.(json|ya?ml)$/i, '');
  return /\.conf$/i.test(base) ? base : `${base || 'oslo'}.conf`;
}
