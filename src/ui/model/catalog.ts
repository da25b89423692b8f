import { findCatalogEntry, readCatalog, type CatalogEntry } from '../../core/catalog/readCatalog';
import { readCatalogFacts } from '../../core/catalog/readCatalogFacts';
import { SchemaError } from '../../core/schema/readGeneratorData';
import { readGeneratorJson } from '../../core/schema/readGeneratorJson';
import type { ConfigSchema } from '../../core/schema/types';

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
  return readCatalog(await fetchJson(new URL('manifest.json', base).href, 'the catalog'));
}

/**
 * A service's schema from the catalog at `base`: fetched when asked for, never part of the script. The catalog is
 * JSON, so reading it needs no YAML parser (the element has none).
 */
export async function fetchCatalogSchema(
  base: string,
  choice: CatalogChoice,
  entries?: CatalogEntry[],
): Promise<{ entry: CatalogEntry; schema: ConfigSchema }> {
  const entry = findCatalogEntry(entries ?? (await fetchCatalog(base)), choice.service, choice.release);
  if ('error' in entry) throw new Error(entry.error);
  const url = new URL(entry.path, base).href;
  const [text, facts] = await Promise.all([
    fetchText(url, `the ${entry.service} schema`),
    entry.facts === null ? undefined : fetchJson(new URL(entry.facts, base).href, `what the ${entry.service} options check`),
  ]);
  return { entry, schema: readGeneratorJson(text, url, facts === undefined ? undefined : readCatalogFacts(facts)) };
}

async function fetchText(url: string, what: string): Promise<string> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    return await response.text();
  } catch (error) {
    throw new SchemaError(`${url}: ${what} could not be fetched: ${(error as Error).message}`);
  }
}

async function fetchJson(url: string, what: string): Promise<unknown> {
  const text = await fetchText(url, what);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SchemaError(`${url}: ${what} is not JSON: ${(error as Error).message}`);
  }
}
