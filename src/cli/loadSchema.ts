import { fileURLToPath } from 'node:url';
import { type CatalogEntry, findCatalogEntry, readCatalog } from '../core/catalog/readCatalog';
import { type CatalogFacts, readCatalogFacts } from '../core/catalog/readCatalogFacts';
import { builtinSchema } from '../core/schema/builtinSchema';
import { parseGeneratorOutput } from '../core/schema/parseGeneratorOutput';
import { SchemaError } from '../core/schema/readGeneratorData';
import type { ConfigSchema } from '../core/schema/types';
import { type CliIo, readText, UsageError } from './io';
import { lastOption, type ParsedArgs } from './parseArgs';

/** The options every command takes to choose its schema. */
export const SCHEMA_OPTIONS = ['--schema', '--service', '--release'];

// The catalog the package ships: two folders up from this module, in the source tree as in dist/cli.
const CATALOG = fileURLToPath(new URL('../../catalog/', import.meta.url));

/**
 * The schema the command's arguments name: --schema FILE (generator JSON or YAML), --service NAME [--release R]
 * from the catalog, else the built-in seed [glance] schema.
 */
export function loadSchema(io: CliIo, args: ParsedArgs): ConfigSchema {
  const path = lastOption(args, '--schema');
  const service = lastOption(args, '--service');
  const release = lastOption(args, '--release');
  if (path !== undefined && service !== undefined) throw new UsageError('give --schema or --service, not both');
  if (release !== undefined && service === undefined) throw new UsageError('--release goes with --service');
  if (service !== undefined) return loadCatalogSchema(io, service, release).schema;
  return path === undefined ? builtinSchema : readSchema(io, path, path);
}

/** A service's schema at a release (by name or number; the default release without one) from the catalog. */
export function loadCatalogSchema(io: CliIo, service: string, release: string | undefined): { entry: CatalogEntry; schema: ConfigSchema } {
  const entries = readCatalog(JSON.parse(readText(io, `${CATALOG}manifest.json`)));
  const entry = findCatalogEntry(entries, service, release);
  if ('error' in entry) throw new UsageError(entry.error);
  const facts = entry.facts === null ? undefined : readCatalogFacts(JSON.parse(readText(io, `${CATALOG}${entry.facts}`)));
  const label = `${entry.service} ${entry.version} (${entry.release.name})`;
  return { entry, schema: { ...readSchema(io, `${CATALOG}${entry.path}`, label, facts), service: entry.service } };
}

function readSchema(io: CliIo, path: string, name: string, facts?: CatalogFacts): ConfigSchema {
  try {
    return parseGeneratorOutput(readText(io, path), name, facts);
  } catch (error) {
    if (error instanceof SchemaError) throw new UsageError(error.message);
    throw error;
  }
}
