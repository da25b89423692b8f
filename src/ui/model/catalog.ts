import { findCatalogEntry, readCatalog, type CatalogEntry } from '../../core/catalog/readCatalog';
import type { ConfigSchema } from '../../core/schema/types';
import { SchemaError } from '../../core/schema/readGeneratorData';
import { readGeneratorJson } from '../../core/schema/readGeneratorJson';

/** A schema of the catalog, by service and release. */
export interface CatalogChoice {
  service: string;
  release?: string;
}

// The catalog the package ships sits two folders up from its scripts (dist/lib, dist/element). Through a variable,
// so that bundlers leave the address alone instead of copying the whole catalog into the bundle.
const moduleUrl = import.meta.url;

/** Where the package's catalog is, seen from its own script. */
export function packageCatalogUrl(): string {
  return new URL('../../catalog/', moduleUrl).href;
}

/** The catalog's list of schemas, from its folder at `base`. */
export async function fetchCatalog(base: string): Promise<CatalogEntry[]> {
  const url = new URL('manifest.json', base).href;
  let data: unknown;
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    data = await response.json();
  } catch (error) {
    throw new Error(`${url}: the catalog could not be fetched: ${(error as Error).message}`);
  }
  return readCatalog(data);
}

/** A service's schema from the catalog at `base`: fetched when asked for, never part of the script. */
export async function fetchCatalogSchema(
  base: string,
  choice: CatalogChoice,
  entries?: CatalogEntry[],
): Promise<{ entry: CatalogEntry; schema: ConfigSchema }> {
  const entry = findCatalogEntry(entries ?? (await fetchCatalog(base)), choice.service, choice.release);
  if ('error' in entry) throw new Error(entry.error);
  // The catalog's schemas are JSON: read without the YAML reader, which the element does not carry.
  const url = new URL(entry.path, base).href;
  let text: string;
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    text = await response.text();
  } catch (error) {
    throw new SchemaError(`${url}: could not be fetched: ${(error as Error).message}`);
  }
  return { entry, schema: readGeneratorJson(text, url) };
}
