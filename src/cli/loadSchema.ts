import { builtinSchema } from '../core/schema/builtinSchema';
import { parseGeneratorOutput } from '../core/schema/parseGeneratorOutput';
import { SchemaError } from '../core/schema/readGeneratorData';
import type { ConfigSchema } from '../core/schema/types';
import { type CliIo, readText, UsageError } from './io';

/** The schema named by --schema (generator JSON or YAML), else the built-in seed [glance] schema. */
export function loadSchema(io: CliIo, path: string | undefined): ConfigSchema {
  if (path === undefined) return builtinSchema;
  try {
    return parseGeneratorOutput(readText(io, path), path);
  } catch (error) {
    if (error instanceof SchemaError) throw new UsageError(error.message);
    throw error;
  }
}
